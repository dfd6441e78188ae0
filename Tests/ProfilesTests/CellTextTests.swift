import Foundation
import Testing
@testable import Profiles

/// Cells are trimmed and split on their UTF-8 bytes; the results are those of Foundation's trimming and of
/// splitting on characters, for ASCII and Cyrillic text, spaces and line breaks around them, empty pieces.
@Suite("Cell text on bytes")
struct CellTextTests {
    static let cells = ["math:4", " math:4", "math:4 ", "\tқазақ тілі:5\r\n", "Қарағанды", " Қарағанды ", "", " ", "\n\t ",
                        "a", "ә", "x ", "R:0.9;I:0.3;A:0.1", ";;a;b;;", "a::b:", ":", "тест:3:course ; welding:2"]

    @Test("trimmed is Foundation's trimming of white space and line breaks")
    func trimmedIsFoundationsTrimming() {
        for cell in Self.cells {
            #expect(cell.trimmed == cell.trimmingCharacters(in: .whitespacesAndNewlines), "\(cell.debugDescription)")
            #expect(cell[...].trimmed == cell.trimmed)
        }
    }

    @Test("pieces are the character split, with and without empty pieces")
    func piecesAreTheCharacterSplit() {
        for cell in Self.cells {
            for separator in [";", ":"] as [Character] {
                let scalar = separator.unicodeScalars.first!
                #expect(cell.pieces(separatedBy: scalar, omittingEmpty: true) == cell.split(separator: separator).map(String.init))
                #expect(cell.pieces(separatedBy: scalar, omittingEmpty: false)
                        == cell.split(separator: separator, omittingEmptySubsequences: false).map(String.init))
            }
        }
    }
}
