import Guidance
import Localization
import Profiles

/// The charts of the HTML report. They draw the largest rows only; the table under each shows all.
extension HTMLReportPage {
    // Colours differ in lightness too, so the series stay apart on a grey-scale printout.
    private static let demandColour = "#1f4e79"
    private static let candidatesColour = "#e08a1e"
    private static let seatsColour = "#9cc27a"
    private static let shortfallColour = "#b03a2e"

    private func series(_ name: String, _ colour: String) -> SVGBarChart.Series { .init(name: name, colour: colour) }
    private func bar(_ value: Int) -> SVGBarChart.Bar { .init(length: Double(value), label: format.integer(value)) }
    /// A range is drawn to its lower bound, the places surely unfilled, and labelled with the range.
    private func bar(_ gap: Gap) -> SVGBarChart.Bar { .init(length: Double(max(0, gap.range.lowerBound)), label: gap.text(format.integer)) }
    /// Suppressed counts get no bar (`chartValue` is 0) but keep their "<10" label.
    private func bar(_ count: PersonCount) -> SVGBarChart.Bar {
        .init(length: Double(count.chartValue), label: format.count(count))
    }

    private func chart(
        _ id: String, _ title: String, _ series: [SVGBarChart.Series], _ rows: [SVGBarChart.Row],
        scale: SVGBarChart.Scale = .count
    ) -> SVGBarChart {
        SVGBarChart(
            id: id, title: title, description: labels.sameFiguresInTable, series: series, rows: rows, scale: scale,
            format: format)
    }

    func specialtyChart() -> SVGBarChart {
        let top = report.bySpecialty
            .sorted { ($0.demand, $1.name) > ($1.demand, $0.name) }
            .prefix(chartRowLimit)
        return chart(
            "chart-specialties", labels.specialtyChart(top: top.count),
            [
                series(labels.demand, Self.demandColour), series(labels.candidates, Self.candidatesColour),
                series(labels.seats, Self.seatsColour),
            ],
            top.map { .init(label: $0.name, bars: [bar($0.demand), bar($0.candidates), bar($0.seats)]) })
    }

    /// Every region (there are 20), largest demand first.
    func regionChart() -> SVGBarChart {
        let rows = report.byRegion.sorted { ($0.demand, $1.name) > ($1.demand, $0.name) }
        return chart(
            "chart-regions", labels.regionChart,
            [series(labels.demand, Self.demandColour), series(labels.candidates, Self.candidatesColour)],
            rows.map { .init(label: $0.name, bars: [bar($0.demand), bar($0.candidates)]) })
    }

    /// The enterprises offering most places; a withheld rate draws no bar and reads "— (<10 / 12)".
    func enterpriseChart() -> SVGBarChart {
        let top = report.enterprises
            .sorted { ($0.places, $1.name) > ($1.places, $0.name) }
            .prefix(chartRowLimit)
        return chart(
            "chart-enterprises", labels.enterpriseChart(top: top.count),
            [series(labels.fillRate, Self.demandColour)],
            top.map { row in
                let label = "\(format.percent(row.fillRate)) (\(format.count(row.filled)) / \(format.integer(row.places)))"
                return .init(label: row.name, bars: [.init(length: row.fillRate ?? 0, label: label)])
            },
            scale: .rate)
    }

    func trainingChart() -> SVGBarChart {
        let top = report.trainingNeeds
            .sorted { ($0.places, $0.vacancies, $1.name) > ($1.places, $1.vacancies, $0.name) }
            .prefix(chartRowLimit)
        return chart(
            "chart-training-needs", labels.trainingChart(top: top.count),
            [
                series(labels.unfilledPlaces, Self.shortfallColour),
                series(labels.candidatesLacking, Self.candidatesColour),
            ],
            top.map { .init(label: $0.name, bars: [bar($0.places), bar($0.candidatesLacking)]) })
    }
}
