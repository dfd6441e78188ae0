import Guidance
import Localization
import Profiles

/// The report's tables as header and typed rows. Identifiers come first so files can be joined.
struct CSVReportTables {
    struct Table {
        var header: [String]
        var rows: [[CSVCell]]
    }

    let report: MatchReport
    let labels: ReportLabels

    func summary() -> Table {
        let summary = report.summary
        let rows: [(String, CSVCell)] = [
            (labels.reportTitle, .text(report.title)),
            (labels.scope, .text(report.scope ?? labels.wholeCountry)),
            (labels.date, .text(report.date)),
            (labels.modelVersion, .text(report.modelVersion)),
            (labels.students, .count(summary.students)),
            (labels.vacancies, .integer(summary.vacancies)),
            (labels.placesOffered, .integer(summary.places)),
            (labels.collegeSeatsPerYear, .integer(summary.collegeSeats)),
            (labels.placed, .count(summary.placed)),
            (labels.fillRate, .rate(summary.fillRate)),
            (labels.meanFit, .score(summary.meanFit)),
        ]
        return Table(header: [labels.indicator, labels.value], rows: rows.map { [.text($0.0), $0.1] })
    }

    func specialties() -> Table {
        Table(
            header: [
                labels.identifier, labels.code, labels.specialty, labels.jobPlaces, labels.internshipPlaces,
                labels.dualPlaces, labels.demand, labels.candidates, labels.seats, labels.gap,
            ],
            rows: report.bySpecialty.map { row in
                [
                    .text(row.specialtyID), .text(row.code ?? ""), .text(row.name), .integer(row.jobPlaces),
                    .integer(row.internshipPlaces), .integer(row.dualPlaces), .integer(row.demand),
                    .count(row.candidates), .integer(row.seats), .gap(row.gap),
                ]
            })
    }

    func regions() -> Table {
        Table(
            header: [labels.identifier, labels.region, labels.demand, labels.candidates, labels.seats, labels.gap, labels.students],
            rows: report.byRegion.map { row in
                [
                    .text(row.regionID), .text(row.name), .integer(row.demand), .count(row.candidates),
                    .integer(row.seats), .gap(row.gap), .count(row.students),
                ]
            })
    }

    func enterprises() -> Table {
        Table(
            header: [labels.identifier, labels.enterprise, labels.region, labels.places, labels.filled, labels.fillRate],
            rows: report.enterprises.map { row in
                [
                    .text(row.enterpriseID), .text(row.name), .text(row.region), .integer(row.places),
                    .count(row.filled), .rate(row.fillRate),
                ]
            })
    }

    func unfilled() -> Table {
        Table(
            header: [
                labels.identifier, labels.vacancy, labels.enterprise, labels.region, labels.kind, labels.places,
                labels.unfilledPlaces, labels.missingSkills,
            ],
            rows: report.unfilled.map { row in
                [
                    .text(row.vacancyID), .text(row.title), .text(row.enterprise), .text(row.region),
                    .text(labels.name(of: row.kind)), .integer(row.places), .gap(row.unfilled),
                    // Semicolons: skill names may themselves contain commas.
                    .text(row.missingSkills.joined(separator: "; ")),
                ]
            })
    }

    func trainingNeeds() -> Table {
        Table(
            header: [labels.identifier, labels.skill, labels.vacancies, labels.unfilledPlaces, labels.candidatesLacking],
            rows: report.trainingNeeds.map { row in
                [
                    .text(row.skillID), .text(row.name), .integer(row.vacancies), .gap(row.places),
                    .count(row.candidatesLacking),
                ]
            })
    }

    func colleges() -> Table {
        Table(
            header: [
                labels.identifier, labels.college, labels.region, labels.seats, labels.students, labels.placed,
                labels.placementRate,
            ],
            rows: report.colleges.map { row in
                [
                    .text(row.collegeID), .text(row.name), .text(row.region), .integer(row.seats),
                    .count(row.students), .count(row.placed), .rate(row.placementRate),
                ]
            })
    }
}
