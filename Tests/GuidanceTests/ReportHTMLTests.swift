import Foundation
import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

@Suite("HTML report")
struct ReportHTMLTests {
    /// Section headings as a reader of each language expects them, written out here rather than read
    /// from `ReportLabels`, so a label mixed up between languages fails.
    static let headings: [Language: [String]] = [
        .kk: ["Мамандықтар бойынша сұраныс пен ұсыныс", "Өңірлер бойынша сұраныс пен ұсыныс",
              "Кәсіпорындардағы орындардың толтырылуы", "Толтырылмаған орындар және жетіспейтін дағдылар",
              "Оқыту қажеттілігі: үйрету керек дағдылар", "Колледждер бойынша орналастыру", "Қысқаша қорытынды"],
        .ru: ["Спрос и предложение по специальностям", "Спрос и предложение по регионам",
              "Заполнение мест на предприятиях", "Незаполненные места и недостающие навыки",
              "Потребность в обучении: каким навыкам учить", "Распределение по колледжам", "Сводка"],
        .en: ["Demand and supply by specialty", "Demand and supply by region", "Enterprises&#39; fill rates",
              "Unfilled places and missing skills", "Training needs: skills to train for", "Placement by college", "Summary"],
    ]

    @Test(arguments: Language.allCases)
    func headingsAreInTheReportsLanguage(language: Language) {
        // Given the report in one language / When rendered
        let html = HTMLReportRenderer().render(ReportFixture.report(language))
        // Then its own headings are there and no other language's
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        for heading in Self.headings[language]! {
            #expect(html.contains("<h2 id=") && html.contains(">\(heading)</h2>"), "\(heading)")
        }
        for other in Language.allCases where other != language {
            for heading in Self.headings[other]! {
                #expect(!html.contains(">\(heading)</h2>"), "\(other) heading \(heading) in \(language) report")
            }
        }
        #expect(html.contains(ReportLabels.labels(for: language).wholeCountry.htmlEscaped))
        #expect(html.contains("2026.11-2") && html.contains("2026-11-23"))
    }

    @Test(arguments: Language.allCases)
    func isWellFormedAndSelfContained(language: Language) {
        let html = HTMLReportRenderer().render(ReportFixture.report(language))
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(ReportFileParsing.nestingError(html) == nil, "\(ReportFileParsing.nestingError(html) ?? "")")
        // Four charts, each with an accessible title; six tables, all closed.
        #expect(ReportFileParsing.occurrences(of: "<svg", in: html) == 4)
        #expect(ReportFileParsing.occurrences(of: "</svg>", in: html) == 4)
        #expect(ReportFileParsing.occurrences(of: "<svg role=\"img\" aria-labelledby=", in: html) == 4)
        #expect(ReportFileParsing.occurrences(of: "<table", in: html) == 6)
        #expect(ReportFileParsing.occurrences(of: "</table>", in: html) == 6)
        #expect(html.contains("@media print"))
        for external in ["http://", "https://", "<script", "<link", "<img", "url(", "@import", "src="] {
            #expect(!html.contains(external), "\(external)")
        }
    }

    @Test func escapesEveryName() {
        let html = HTMLReportRenderer().render(ReportFixture.report(.ru))
        #expect(!html.contains("<b>"))
        #expect(!html.contains(#"<b>&"ЧПУ""#))
        // In the table and in the specialty chart's row label and bar titles.
        #expect(ReportFileParsing.occurrences(of: "Оператор станков &lt;b&gt;&amp;&quot;ЧПУ&quot;", in: html) >= 3)
        #expect(html.contains("ТОО &quot;Кокшетау, Минеральные воды&quot;"))
        #expect(html.contains("=SUM(A1:A9) Trading"))
    }

    @Test func suppressedCountsReadLessThanTenAndDrawNoBar() throws {
        let report = ReportFixture.report(.en)
        let html = HTMLReportRenderer().render(report)
        let geology = try #require(report.bySpecialty.first { $0.specialtyID == ReportFixture.suppressedSpecialtyID })
        #expect(geology.candidates.value == 7)
        let tableRow = try #require(html.range(of: "<td>\(geology.name.htmlEscaped)</td>"))
        let rowEnd = try #require(html[tableRow.upperBound...].range(of: "</tr>"))
        let cells = html[tableRow.upperBound..<rowEnd.lowerBound]
        #expect(cells.contains("<td class=\"num\">&lt;10</td>"))
        #expect(!cells.contains(">7<"))
        // The candidates bar of that specialty: labelled "<10", zero long.
        let barTitle = "<title>\(geology.name.htmlEscaped) — Candidates: &lt;10</title>"
        let bar = try #require(html.range(of: barTitle))
        let rectStart = try #require(html[..<bar.lowerBound].range(of: "<rect", options: .backwards))
        #expect(html[rectStart.lowerBound..<bar.lowerBound].contains("width=\"0\""))
        // A withheld fill rate reads as a dash with the suppressed count beside it.
        #expect(html.contains("— (&lt;10 / 45)"))
    }

    @Test func formatsNumbersForTheReader() {
        let english = HTMLReportRenderer().render(ReportFixture.report(.en))
        let russian = HTMLReportRenderer().render(ReportFixture.report(.ru))
        #expect(english.contains("<dd>66.1%</dd>") && english.contains("<dd>4,213</dd>") && english.contains("<dd>0.71</dd>"))
        #expect(russian.contains("<dd>66,1\u{00A0}%</dd>") && russian.contains("<dd>4\u{00A0}213</dd>"))
        // The -12 gap of laboratory technology, with a minus sign and right-aligned.
        #expect(english.contains("<td class=\"num\">\u{2212}12</td>"))
        // Beside geology's suppressed candidates, its gap is a range (and a sure shortfall, so flagged)
        #expect(english.contains(">48…56</td>"))
        #expect(english.contains("<th scope=\"col\" class=\"num\">Gap</th>"))
    }

    @Test func groupsDigitsAndUsesAMinusSign() {
        let english = ReportNumberFormat(.en), kazakh = ReportNumberFormat(.kk)
        #expect(english.integer(1_234_567) == "1,234,567" && english.integer(999) == "999" && english.integer(0) == "0")
        #expect(kazakh.integer(-1_234_567) == "\u{2212}1\u{00A0}234\u{00A0}567")
        #expect(english.percent(1) == "100.0%" && english.percent(0.0004) == "0.0%" && english.percent(nil) == "—")
        #expect(kazakh.percent(0.12345) == "12,3\u{00A0}%" && kazakh.score(0.706) == "0,71")
        #expect(english.count(PersonCount(9)) == "<10" && english.count(PersonCount(12_000)) == "12,000")
    }

    @Test func chartsDrawTheLargestRowsAndEveryRegion() {
        let html = HTMLReportRenderer(chartRowLimit: 15).render(ReportFixture.report(.en))
        let specialtyChart = chartMarkup("chart-specialties", in: html)
        let regionChart = chartMarkup("chart-regions", in: html)
        // 17 specialties, 15 drawn: the two with least demand (Laboratory technology 14, Tourism 35) left out.
        #expect(ReportFileParsing.occurrences(of: "<g>", in: specialtyChart) == 15)
        #expect(!specialtyChart.contains("Laboratory technology"))
        #expect(!specialtyChart.contains(">Tourism<"))
        #expect(specialtyChart.contains("Welding (by type)"))
        #expect(ReportFileParsing.occurrences(of: "<g>", in: regionChart) == 20)
        // A long name is shortened on the chart but kept whole in the bar's tooltip.
        #expect(specialtyChart.contains("Geological survey, prospecting and…"))
        #expect(specialtyChart.contains("<title>Geological survey, prospecting and exploration of mineral deposits</title>"))
    }

    @Test func anEmptySectionSaysSoInsteadOfDrawing() {
        var report = ReportFixture.report(.kk)
        report.enterprises = []
        report.scope = "Қарағанды облысы"
        let html = HTMLReportRenderer().render(report)
        #expect(ReportFileParsing.occurrences(of: "<svg", in: html) == 3)
        #expect(html.contains("<p class=\"note\">Деректер жоқ.</p>"))
        #expect(html.contains("<dd>Қарағанды облысы</dd>"))
        #expect(ReportFileParsing.nestingError(html) == nil)
    }

    private func chartMarkup(_ id: String, in html: String) -> String {
        guard let start = html.range(of: "aria-labelledby=\"\(id)-title"),
              let end = html[start.upperBound...].range(of: "</svg>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
