import Guidance
import Localization
import Profiles
import Foundation

/// A horizontal grouped bar chart as inline SVG: one row per category, one bar per series, each bar
/// labelled with its value. Accessible through `<title>`/`<desc>` and a `<title>` on every bar; drawn
/// with fills and strokes only (no backgrounds), so it prints the same as it shows.
struct SVGBarChart: Sendable {
    struct Series: Sendable {
        var name: String
        var colour: String
    }

    struct Bar: Sendable {
        /// Length in the chart's units; a suppressed count is drawn as 0 and only labelled.
        var length: Double
        var label: String
    }

    struct Row: Sendable {
        var label: String
        var bars: [Bar]
    }

    /// What the axis counts, for its tick labels.
    enum Scale: Sendable { case count, rate }

    /// Unique within the page; prefixes the ids that `aria-labelledby` refers to.
    var id: String
    var title: String
    var description: String
    var series: [Series]
    var rows: [Row]
    var scale: Scale
    var format: ReportNumberFormat

    // Geometry in SVG user units (≈ CSS pixels). 720 wide fits A4 portrait between 12 mm margins.
    private static let width = 720.0
    private static let labelRight = 262.0
    private static let plotLeft = 270.0
    private static let plotRight = 624.0
    private static let plotTop = 46.0
    private static let barHeight = 12.0
    private static let barGap = 2.0
    private static let rowPadding = 10.0
    /// At 11 px a Cyrillic letter averages about 7 px, so this many fit left of the bars.
    private static let labelCharacters = 36

    func svg() -> String {
        precondition(rows.allSatisfy { $0.bars.count == series.count }, "every row needs one bar per series")
        let groupHeight = Double(series.count) * Self.barHeight + Double(series.count - 1) * Self.barGap
        let rowHeight = groupHeight + Self.rowPadding
        let plotBottom = Self.plotTop + Double(rows.count) * rowHeight
        let height = plotBottom + 8
        let ticks = axisTicks()
        let axisMaximum = ticks.last ?? 1
        let plotWidth = Self.plotRight - Self.plotLeft

        var svg = """
            <svg role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(n(Self.width)) \(n(height))" \
            width="\(n(Self.width))" height="\(n(height))" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', \
            'DejaVu Sans', Arial, sans-serif" font-size="11">
            <title id="\(id)-title">\(title.htmlEscaped)</title>
            <desc id="\(id)-desc">\(description.htmlEscaped)</desc>

            """
        svg += legend()
        // Zebra bands first so gridlines and bars draw over them; they tie each label to its bars.
        for index in rows.indices where index % 2 == 1 {
            svg += "<rect x=\"0\" y=\"\(n(Self.plotTop + Double(index) * rowHeight))\" width=\"\(n(Self.width))\" "
                + "height=\"\(n(rowHeight))\" fill=\"#f1f4f8\"/>\n"
        }
        for tick in ticks {
            let x = Self.plotLeft + tick / axisMaximum * plotWidth
            svg += "<line x1=\"\(n(x))\" y1=\"\(n(Self.plotTop - 4))\" x2=\"\(n(x))\" y2=\"\(n(plotBottom))\" "
                + "stroke=\"\(tick == 0 ? "#555" : "#ccd3db")\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(n(x))\" y=\"\(n(Self.plotTop - 9))\" text-anchor=\"middle\" font-size=\"10\" "
                + "fill=\"#444\">\(tickLabel(tick).htmlEscaped)</text>\n"
        }
        for (index, row) in rows.enumerated() {
            let top = Self.plotTop + Double(index) * rowHeight + Self.rowPadding / 2
            svg += "<g>\n<title>\(row.label.htmlEscaped)</title>\n"
            svg += "<text x=\"\(n(Self.labelRight))\" y=\"\(n(top + groupHeight / 2))\" dy=\"0.35em\" "
                + "text-anchor=\"end\" fill=\"#1d1d1f\">\(shortened(row.label).htmlEscaped)</text>\n"
            for (position, (bar, series)) in zip(row.bars, series).enumerated() {
                let y = top + Double(position) * (Self.barHeight + Self.barGap)
                var width = max(0, min(bar.length, axisMaximum)) / axisMaximum * plotWidth
                if bar.length > 0 { width = max(width, 1) }  // a small non-zero value stays visible
                svg += "<rect x=\"\(n(Self.plotLeft))\" y=\"\(n(y))\" width=\"\(n(width))\" "
                    + "height=\"\(n(Self.barHeight))\" fill=\"\(series.colour)\">"
                    + "<title>\("\(row.label) — \(series.name): \(bar.label)".htmlEscaped)</title></rect>\n"
                svg += "<text x=\"\(n(Self.plotLeft + width + 4))\" y=\"\(n(y + Self.barHeight / 2))\" dy=\"0.35em\" "
                    + "font-size=\"10\" fill=\"#333\">\(bar.label.htmlEscaped)</text>\n"
            }
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    private func legend() -> String {
        var svg = ""
        var x = Self.plotLeft
        for entry in series {
            svg += "<rect x=\"\(n(x))\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(entry.colour)\"/>"
            svg += "<text x=\"\(n(x + 14))\" y=\"15\" fill=\"#1d1d1f\">\(entry.name.htmlEscaped)</text>\n"
            x += 14 + Double(entry.name.count) * 6.5 + 18
        }
        return svg
    }

    /// Ticks at a round step (1, 2 or 5 × 10ⁿ) covering the longest bar; rates always run to 100 %.
    private func axisTicks() -> [Double] {
        let longest = rows.flatMap { $0.bars.map(\.length) }.max() ?? 0
        let maximum = scale == .rate ? 1 : max(longest, 1)
        let raw = maximum / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].first { $0 * magnitude >= raw }! * magnitude
        let steps = Int((maximum / step).rounded(.up))
        return (0...steps).map { Double($0) * step }
    }

    private func tickLabel(_ value: Double) -> String {
        switch scale {
        case .count: format.integer(Int(value.rounded()))
        case .rate: format.wholePercent(value)
        }
    }

    /// A label cut to fit left of the bars; the row's `<title>` keeps the whole name.
    private func shortened(_ label: String) -> String {
        guard label.count > Self.labelCharacters else { return label }
        var cut = label.prefix(Self.labelCharacters - 1)
        while let last = cut.last, last.isWhitespace || last == "," || last == ";" { cut.removeLast() }
        return cut + "…"
    }

    /// A coordinate with at most one decimal, so the markup stays short.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
