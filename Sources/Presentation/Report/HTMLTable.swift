import Guidance
import Localization
import Profiles
/// A data table of the HTML report: text columns left, number columns right-aligned with tabular
/// figures. Cells hold plain text; `html()` escapes it.
struct HTMLTable: Sendable {
    enum Alignment: Sendable { case text, number }

    struct Column: Sendable {
        var heading: String
        var alignment: Alignment
    }

    struct Cell: Sendable {
        var text: String
        /// An extra CSS class, e.g. to flag a shortfall.
        var emphasis: String?

        init(_ text: String, emphasis: String? = nil) {
            self.text = text
            self.emphasis = emphasis
        }
    }

    var columns: [Column]
    var rows: [[Cell]]

    /// Tables this short are kept on one printed page; longer ones break between rows.
    static let unbrokenRowLimit = 25

    func html() -> String {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        let tableClass = rows.count <= Self.unbrokenRowLimit ? " class=\"unbroken\"" : ""
        var html = "<table\(tableClass)>\n<thead><tr>"
        for column in columns {
            html += "<th scope=\"col\"\(cssClass(column.alignment, nil))>\(column.heading.htmlEscaped)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (cell, column) in zip(row, columns) {
                html += "<td\(cssClass(column.alignment, cell.emphasis))>\(cell.text.htmlEscaped)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func cssClass(_ alignment: Alignment, _ emphasis: String?) -> String {
        let classes = [alignment == .number ? "num" : nil, emphasis].compactMap { $0 }
        return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    }
}
