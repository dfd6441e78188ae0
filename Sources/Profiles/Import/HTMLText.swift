/// HTML as the plain text a person reads: tags dropped (a paragraph, line break or list item ends a
/// line), the common entities and numeric character references read.
enum HTMLText {
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        var text = "", tag = "", inTag = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                    if ["br", "p", "li", "div", "tr", "h1", "h2", "h3", "h4", "ul", "ol"].contains(String(name)) { text += "\n" }
                    tag = ""
                } else { tag.append(character) }
            } else if character == "<" { inTag = true } else { text.append(character) }
        }
        return entities(text)
    }

    private static func entities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = "", rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                if let value = named[name] ?? numeric(name) {
                    result.append(value)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result.append("&")
            rest = after
        }
        return result + rest
    }

    private static func numeric(_ name: String) -> Character? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }

    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
        "mdash": "—", "ndash": "–", "bull": "•", "hellip": "…",
    ]
}
