extension StringProtocol {
    /// The text without leading and trailing white space or line breaks. Written in Swift because
    /// Foundation's `trimmingCharacters(in:)` goes through NSString and dominated import time.
    var trimmed: String {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        if first == text.startIndex && last == text.index(before: text.endIndex) { return String(text) }
        return String(text[first...last])
    }
}
