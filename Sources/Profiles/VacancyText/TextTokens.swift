import Stemming

/// A vacancy text cut into words, each located in the text and placed in its line, sentence and
/// segment (the part of a sentence between commas, semicolons and bullets): requirements are read per
/// segment, must-haves per segment or sentence, sections per line.
///
/// Words are what `WordStems.words` takes for words (letters, digits, `+`, `#`), each in its `NameKey`
/// form (NFKC, lower case, ё read as е), so a text's words and the catalogue's names compare alike.
struct TextTokens: Sendable {
    struct Token: Sendable {
        /// The word in `NameKey` form.
        var key: String
        var start: Int
        var end: Int
        var line: Int
        var sentence: Int
        var segment: Int
        /// One of the little words names leave out ("и", "в", "of", "және").
        var isJoining: Bool
        /// Written in capitals, two letters or more ("ТБ", "НАКС", "SQL"): an abbreviation.
        var isCapitalised: Bool
    }

    struct Segment: Sendable {
        var tokens: Range<Int>
        var line: Int
        var sentence: Int
        /// The segment ends with a colon ("Требования:", "Обязательно:"): a heading for what follows.
        var endsWithColon: Bool
    }

    let text: String
    let characters: [Character]
    private(set) var tokens: [Token] = []
    private(set) var segments: [Segment] = []
    /// Lines with no word, by line number: a blank line ends a section.
    private(set) var blankLines: Set<Int> = []
    private(set) var lineCount = 0

    init(_ text: String) {
        self.text = text
        characters = Array(text)
        var line = 0, sentence = 0, offset = 0
        var word = "", wordStart = 0
        var segmentStart = 0
        var lineHasWord = false
        func closeWord() {
            guard !word.isEmpty else { return }
            let key = NameKey(word).value
            let letters = word.filter(\.isLetter)
            tokens.append(Token(key: key, start: wordStart, end: offset, line: line, sentence: sentence, segment: segments.count,
                                isJoining: WordStems.isJoiningWord(key),
                                isCapitalised: letters.count >= 2 && letters.allSatisfy(\.isUppercase)))
            word = ""
            lineHasWord = true
        }
        func closeSegment(colon: Bool) {
            if tokens.count > segmentStart {
                segments.append(Segment(tokens: segmentStart..<tokens.count, line: tokens[segmentStart].line,
                                        sentence: tokens[segmentStart].sentence, endsWithColon: colon))
            }
            segmentStart = tokens.count
        }
        for (index, character) in characters.enumerated() {
            defer { offset += 1 }
            if WordStems.isWordCharacter(character) {
                if word.isEmpty { wordStart = offset }
                word.append(character)
                continue
            }
            let previousWord = word
            closeWord()
            switch character {
            case "\n", "\r\n", "\u{2028}":
                closeSegment(colon: false)
                if !lineHasWord { blankLines.insert(line) }
                line += 1
                sentence += 1
                lineHasWord = false
            case ".", "!", "?":
                // "8.3", "Kaspi.kz", "г. Сарань", "т.д." do not end a sentence.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if character == "." && (next.isNumber || next.isLetter || (1...2).contains(previousWord.count) && previousWord.allSatisfy(\.isLowercase)) { continue }
                closeSegment(colon: false)
                sentence += 1
            case ",", ";", "•", "·", "●", "▪", "*":
                closeSegment(colon: false)
            case ":":
                closeSegment(colon: true)
            default:
                break
            }
        }
        closeWord()
        closeSegment(colon: false)
        if !lineHasWord { blankLines.insert(line) }
        lineCount = line + 1
    }

    /// The text from the first to the last token of `range`, as a span.
    func span(_ range: ClosedRange<Int>) -> TextSpan {
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound].end
        return TextSpan(start: start, end: end, text: String(characters[start..<end]))
    }
}
