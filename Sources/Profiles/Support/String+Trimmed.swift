extension StringProtocol {
    /// The text without leading and trailing white space or line breaks. Written in Swift because
    /// Foundation's `trimmingCharacters(in:)` goes through NSString and dominated import time.
    var trimmed: String {
        // The common cell: it starts and ends with a visible ASCII byte, so there is nothing to trim and no
        // need to find its characters' boundaries.
        let text = Substring(self)
        if let first = text.utf8.first, let last = text.utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) { return String(text) }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        if first == text.startIndex && last == text.index(before: text.endIndex) { return String(text) }
        return String(text[first...last])
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// The pieces between the occurrences of an ASCII separator, split on the UTF-8 bytes (a cell of a
    /// million rows is split without finding its characters' boundaries); each piece keeps its spaces.
    func pieces(separatedBy separator: Unicode.Scalar, omittingEmpty: Bool) -> [String] {
        precondition(separator.isASCII)
        return utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: omittingEmpty)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
