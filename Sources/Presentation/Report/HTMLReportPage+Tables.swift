import Guidance
import Localization
import Profiles

/// The full tables of the HTML report, one per section, rows in the order of the report.
extension HTMLReportPage {
    typealias Cell = HTMLTable.Cell

    private func text(_ heading: String) -> HTMLTable.Column { .init(heading: heading, alignment: .text) }
    private func number(_ heading: String) -> HTMLTable.Column { .init(heading: heading, alignment: .number) }

    /// A positive gap (places left unfilled) is flagged so it stands out in a long table.
    private func gapCell(_ gap: Gap) -> Cell { Cell(gap.text(format.integer), emphasis: gap.isShortfall ? "shortfall" : nil) }

    func specialtyTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.code), text(labels.specialty), number(labels.jobPlaces), number(labels.internshipPlaces),
                number(labels.dualPlaces), number(labels.demand), number(labels.candidates), number(labels.seats),
                number(labels.gap),
            ],
            rows: report.bySpecialty.map { row in
                [
                    Cell(row.code ?? ""), Cell(row.name), Cell(format.integer(row.jobPlaces)),
                    Cell(format.integer(row.internshipPlaces)), Cell(format.integer(row.dualPlaces)),
                    Cell(format.integer(row.demand)), Cell(format.count(row.candidates)),
                    Cell(format.integer(row.seats)), gapCell(row.gap),
                ]
            })
    }

    func regionTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.region), number(labels.demand), number(labels.candidates), number(labels.seats),
                number(labels.gap), number(labels.students),
            ],
            rows: report.byRegion.map { row in
                [
                    Cell(row.name), Cell(format.integer(row.demand)), Cell(format.count(row.candidates)),
                    Cell(format.integer(row.seats)), gapCell(row.gap), Cell(format.count(row.students)),
                ]
            })
    }

    func enterpriseTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.enterprise), text(labels.region), number(labels.places), number(labels.filled),
                number(labels.fillRate),
            ],
            rows: report.enterprises.map { row in
                [
                    Cell(row.name), Cell(row.region), Cell(format.integer(row.places)), Cell(format.count(row.filled)),
                    Cell(format.percent(row.fillRate)),
                ]
            })
    }

    func unfilledTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.vacancy), text(labels.enterprise), text(labels.region), text(labels.kind),
                number(labels.places), number(labels.unfilledPlaces), text(labels.missingSkills),
            ],
            rows: report.unfilled.map { row in
                [
                    Cell(row.title), Cell(row.enterprise), Cell(row.region), Cell(labels.name(of: row.kind)),
                    Cell(format.integer(row.places)), Cell(row.unfilled.text(format.integer)),
                    Cell(row.missingSkills.joined(separator: ", ")),
                ]
            })
    }

    func trainingTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.skill), number(labels.vacancies), number(labels.unfilledPlaces),
                number(labels.candidatesLacking),
            ],
            rows: report.trainingNeeds.map { row in
                [
                    Cell(row.name), Cell(format.integer(row.vacancies)), Cell(row.places.text(format.integer)),
                    Cell(format.count(row.candidatesLacking)),
                ]
            })
    }

    func collegeTable() -> HTMLTable {
        HTMLTable(
            columns: [
                text(labels.college), text(labels.region), number(labels.seats), number(labels.students),
                number(labels.placed), number(labels.placementRate),
            ],
            rows: report.colleges.map { row in
                [
                    Cell(row.name), Cell(row.region), Cell(format.integer(row.seats)), Cell(format.count(row.students)),
                    Cell(format.count(row.placed)), Cell(format.percent(row.placementRate)),
                ]
            })
    }
}
