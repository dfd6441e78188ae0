import Foundation

/// One line of a JSON Lines file of vacancy texts.
enum JSONLine {
    private struct Line: Decodable {
        var id: String?
        var text: String
        var enterprise: String?
    }

    static func input(_ line: String, line number: Int) throws(VacancyTextFile.Problem) -> VacancyTextInput {
        do {
            let decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            return VacancyTextInput(id: decoded.id, text: decoded.text, enterprise: decoded.enterprise)
        } catch let DecodingError.keyNotFound(key, _) {
            throw .invalidLine(number, detail: .missingKey(key.stringValue))
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalidLine(number, detail: .notAString(context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch {
            throw .invalidLine(number, detail: .notAnObject)
        }
    }
}
