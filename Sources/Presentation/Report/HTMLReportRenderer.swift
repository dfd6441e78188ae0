import Guidance
import Localization
import Profiles

/// Renders a `MatchReport` as one self-contained HTML5 page: inline CSS, inline SVG charts, no
/// scripts, fonts or anything else fetched from the network, so the file can be mailed, archived and
/// printed as it is. Every name is HTML-escaped; suppressed counts show as "<10".
public struct HTMLReportRenderer: Sendable {
    /// How many rows the specialty, enterprise and training-need charts draw (the tables show all).
    public var chartRowLimit: Int

    /// - Parameter chartRowLimit: rows drawn in the "top N" charts; at least 1.
    public init(chartRowLimit: Int = 15) {
        precondition(chartRowLimit >= 1, "a chart needs at least one row")
        self.chartRowLimit = chartRowLimit
    }

    /// The page as UTF-8 text.
    /// - Complexity: O(rows of the report).
    public func render(_ report: MatchReport) -> String {
        let page = HTMLReportPage(report: report, chartRowLimit: chartRowLimit)
        let sections = page.sections()
        var html = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(page.documentTitle.htmlEscaped)</title>
            <style>
            \(HTMLReportStyle.css)</style>
            </head>
            <body>

            """
        html += page.header()
        html += page.contents(sections)
        html += "<main>\n" + sections.map(\.html).joined(separator: "\n") + "</main>\n"
        return html + "</body>\n</html>\n"
    }
}

/// One rendering of one report: the labels and number format of its language at hand.
struct HTMLReportPage {
    struct Section {
        var id: String
        var heading: String
        var html: String
    }

    let report: MatchReport
    let labels: ReportLabels
    let format: ReportNumberFormat
    let chartRowLimit: Int

    init(report: MatchReport, chartRowLimit: Int) {
        self.report = report
        self.labels = ReportLabels.labels(for: report.language)
        self.format = ReportNumberFormat(report.language)
        self.chartRowLimit = chartRowLimit
    }

    var scopeName: String { report.scope ?? labels.wholeCountry }

    var documentTitle: String { "\(report.title) — \(scopeName), \(report.date)" }

    func header() -> String {
        let facts = [(labels.scope, scopeName), (labels.date, report.date), (labels.modelVersion, report.modelVersion)]
        var html = "<header>\n<h1>\(report.title.htmlEscaped)</h1>\n<dl class=\"meta\">\n"
        for (term, value) in facts {
            html += "<div><dt>\(term.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd></div>\n"
        }
        return html + "</dl>\n</header>\n"
    }

    func contents(_ sections: [Section]) -> String {
        var html = "<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">"
            + "\(labels.contents.htmlEscaped)</h2>\n<ol>\n"
        for section in sections {
            html += "<li><a href=\"#\(section.id)\">\(section.heading.htmlEscaped)</a></li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    func sections() -> [Section] {
        [
            summarySection(),
            section("specialties", labels.bySpecialty, notes: [labels.gapNote], chart: specialtyChart(), table: specialtyTable()),
            section("regions", labels.byRegion, notes: [labels.gapNote], chart: regionChart(), table: regionTable()),
            section("enterprises", labels.enterprises, chart: enterpriseChart(), table: enterpriseTable()),
            section("unfilled", labels.unfilled, chart: nil, table: unfilledTable()),
            section("training-needs", labels.trainingNeeds, chart: trainingChart(), table: trainingTable()),
            section("colleges", labels.colleges, chart: nil, table: collegeTable()),
        ]
    }

    private func summarySection() -> Section {
        let summary = report.summary
        let figures = [
            (labels.students, format.count(summary.students)),
            (labels.vacancies, format.integer(summary.vacancies)),
            (labels.placesOffered, format.integer(summary.places)),
            (labels.collegeSeatsPerYear, format.integer(summary.collegeSeats)),
            (labels.placed, format.count(summary.placed)),
            (labels.fillRate, format.percent(summary.fillRate)),
            (labels.meanFit, format.score(summary.meanFit)),
        ]
        var html = "<section id=\"summary\" aria-labelledby=\"summary-heading\">\n"
            + "<h2 id=\"summary-heading\">\(labels.summary.htmlEscaped)</h2>\n<dl class=\"summary\">\n"
        for (term, value) in figures {
            html += "<div><dt>\(term.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd></div>\n"
        }
        html += "</dl>\n<p class=\"note\">\(labels.suppressionNote.htmlEscaped) \(labels.complementNote.htmlEscaped)</p>\n</section>\n"
        return Section(id: "summary", heading: labels.summary, html: html)
    }

    /// A titled section: notes, then the chart (when there is one and any rows), then the full table.
    private func section(_ id: String, _ heading: String, notes: [String] = [], chart: SVGBarChart?, table: HTMLTable) -> Section {
        var lead = "<h2 id=\"\(id)-heading\">\(heading.htmlEscaped)</h2>\n"
        var body = ""
        if table.rows.isEmpty {
            lead += "<p class=\"note\">\(labels.noRows.htmlEscaped)</p>\n"
        } else {
            for note in notes { lead += "<p class=\"note\">\(note.htmlEscaped)</p>\n" }
            if let chart {
                lead += "<figure>\n<figcaption>\(chart.title.htmlEscaped)</figcaption>\n\(chart.svg())</figure>\n"
            }
            body = table.html()
        }
        // Heading, notes and chart print as one block, so a heading never ends a page alone.
        let html = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<div class=\"lead\">\n\(lead)</div>\n"
            + body + "</section>\n"
        return Section(id: id, heading: heading, html: html)
    }
}
