import Foundation
import Guidance
import Profiles

/// The pupil's six interest scores as an inline SVG bar chart, strongest types highlighted: one bar per
/// RIASEC type in the questionnaire's order, 0–100, each labelled with its value. Fills and strokes only,
/// so it prints as it shows.
struct InterestChart: Sendable {
    var interests: [PupilResult.Interest]
    var title: String
    var description: String

    private static let width = 330.0, labelWidth = 158.0, rowHeight = 18.0, barHeight = 12.0, valueWidth = 30.0

    /// The two strongest types (three when the third ties the second).
    static func strongest(_ interests: [PupilResult.Interest]) -> [PupilResult.Interest] {
        let sorted = interests.sorted { $0.score > $1.score }
        guard sorted.count > 2 else { return sorted }
        return sorted.enumerated().filter { $0.offset < 2 || $0.element.score == sorted[1].score }.map(\.element)
    }

    var svg: String {
        let strong = Set(Self.strongest(interests).map(\.type))
        let height = Double(interests.count) * Self.rowHeight + 6
        let scale = Self.width - Self.labelWidth - Self.valueWidth
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(Self.width)) \(Int(height))" role="img" aria-labelledby="interest-title interest-desc">
            <title id="interest-title">\(title.htmlEscaped)</title><desc id="interest-desc">\(description.htmlEscaped)</desc>
            """
        for (row, interest) in interests.enumerated() {
            let y = Double(row) * Self.rowHeight + 4
            let length = max(1, interest.score * scale)
            let points = Int((interest.score * 100).rounded())
            let colour = strong.contains(interest.type) ? "#1f4e79" : "#9db4cc"
            svg += """

                <g><title>\(interest.name.htmlEscaped): \(points)</title>
                <text x="\(Int(Self.labelWidth - 6))" y="\(format(y + Self.barHeight - 3))" text-anchor="end" font-size="10.5">\(interest.type.rawValue) · \(interest.name.htmlEscaped)</text>
                <rect x="\(Int(Self.labelWidth))" y="\(format(y))" width="\(format(scale))" height="\(format(Self.barHeight))" fill="none" stroke="#d0d7de"/>
                <rect x="\(Int(Self.labelWidth))" y="\(format(y))" width="\(format(length))" height="\(format(Self.barHeight))" fill="\(colour)"/>
                <text x="\(format(Self.labelWidth + scale + 4))" y="\(format(y + Self.barHeight - 3))" font-size="11">\(points)</text></g>
                """
        }
        return svg + "\n</svg>"
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
