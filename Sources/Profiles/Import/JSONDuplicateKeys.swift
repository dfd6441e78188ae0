/// Finds keys that appear twice in one JSON object. JSON decoders keep one of the two silently; an
/// import must not guess which value the sender meant.
enum JSONDuplicateKeys {
    private enum Frame {
        case object(keys: Set<String>, lastKey: String?)
        case array(index: Int)
    }

    /// Each duplicate as (JSON path of the object, key). Assumes the text is otherwise valid JSON.
    static func find(in bytes: [UInt8]) -> [(path: String, key: String)] {
        var stack: [Frame] = []
        var found: [(String, String)] = []
        var index = 0
        var pendingString: String?
        func path() -> String {
            var text = "$"
            for frame in stack {
                switch frame {
                case .array(let index): text += "[\(index)]"
                case .object(_, let key): if let key { text += ".\(key)" }
                }
            }
            return text
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                pendingString = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
                index = end
            case UInt8(ascii: ":"):
                if case .object(var keys, _)? = stack.last, let key = pendingString {
                    stack.removeLast()
                    if !keys.insert(key).inserted { found.append((path(), key)) }
                    stack.append(.object(keys: keys, lastKey: key))
                }
                pendingString = nil
            case UInt8(ascii: "{"): stack.append(.object(keys: [], lastKey: nil)); pendingString = nil
            case UInt8(ascii: "["): stack.append(.array(index: 0)); pendingString = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !stack.isEmpty { stack.removeLast() }; pendingString = nil
            case UInt8(ascii: ","):
                if case .array(let position)? = stack.last { stack[stack.count - 1] = .array(index: position + 1) }
                pendingString = nil
            default: break
            }
            index += 1
        }
        return found
    }
}
