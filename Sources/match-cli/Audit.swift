import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Matcher
import Profiles

extension MatchCLI {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fairness audit of shortlists and allocations: selection rates by group and the four-fifths rule.",
            discussion: """
            With --vacancy: candidates are the students eligible for it, selected are those on its \
            shortlist (--top). With --all: candidates are the students eligible for at least one place, \
            selected are those the stable allocation places. For each group: selection rate, impact ratio \
            (its rate / the highest group's rate), a flag below 0.8, groups under 2% of candidates marked \
            too small to judge, and the count of unknowns.

            Examples:
              match-cli audit --all --by sex
              match-cli audit --vacancy tengri-tyres-vulcaniser --by settlement --top 20
            """)

        enum Attribute: String, ExpressibleByArgument, CaseIterable {
            case sex, settlement, schoolLanguage = "school-language", region
        }

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOption

        @Option(help: "Audit one vacancy's shortlist.")
        var vacancy: String?

        @Flag(help: "Audit the allocation of all places.")
        var all = false

        @Option(help: "Group by sex, settlement, school-language or region.")
        var by: Attribute = .sex

        @Option(help: "Shortlist length for --vacancy.")
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (vacancy == nil) == all else { throw ValidationError("Give either --vacancy ID or --all.") }
        }

        func group(_ student: Student) -> String? {
            switch by {
            case .sex: student.sex?.rawValue
            case .settlement: student.settlement.rawValue
            case .schoolLanguage: student.schoolLanguage.rawValue
            case .region: student.regionID
            }
        }

        func run() throws {
            let store = try database.open()
            let catalogue = try store.catalogue()
            let students = try store.students()
            var candidates: [(group: String?, selected: Bool)] = []
            if let vacancy {
                guard let target = catalogue.vacancies.first(where: { $0.id == vacancy }) else {
                    throw CLIError.unknown("vacancy", id: vacancy, known: catalogue.vacancies.map(\.id))
                }
                let shortlisted = Set(try VacancyMatcher(catalogue: catalogue, vacancies: [target], referenceYear: referenceYear.value)
                    .match(students, studentK: 0, vacancyK: top).bestStudents[0].map(\.index))
                let eligibility = Eligibility(referenceYear: referenceYear.value)
                for (index, student) in students.enumerated() where eligibility.reasons(student, target).isEmpty {
                    candidates.append((group(student), shortlisted.contains(index)))
                }
            } else {
                let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: referenceYear.value)
                for (index, student) in students.enumerated() where !batch.problem.preferences[index].isEmpty {
                    candidates.append((group(student), batch.allocation.placeOf[index] != nil))
                }
            }
            let audit = FairnessAudit(candidates)
            let text: String
            switch output.format {
            case .json: text = try jsonText(audit)
            case .csv:
                text = csvText(header: ["group", "candidates", "selected", "selection_rate", "impact_ratio", "adverse_impact", "too_small"],
                               rows: audit.groups.map { [$0.name, String($0.candidates), String($0.selected), String(format: "%.4f", $0.selectionRate),
                                                         $0.impactRatio.map { String(format: "%.4f", $0) } ?? "", $0.adverseImpact ? "yes" : "no",
                                                         $0.tooSmallToJudge ? "yes" : "no"] })
            case .table:
                text = "Fairness audit by \(by.rawValue) — " + (vacancy.map { "shortlist of \($0) (top \(top))" } ?? "allocation of all places")
                    + "\ncandidates \(audit.candidates), selected \(audit.selected), unknown \(by.rawValue) \(audit.unknown)\n\n"
                    + TextTable(header: ["group", "candidates", "selected", "rate", "impact ratio", "flag"],
                                rows: audit.groups.map { group in
                                    [group.name, String(group.candidates), String(group.selected), String(format: "%.3f", group.selectionRate),
                                     group.impactRatio.map { String(format: "%.3f", $0) } ?? "—",
                                     group.tooSmallToJudge ? "too small to judge" : group.adverseImpact ? "below 4/5" : ""]
                                }, rightAligned: [1, 2, 3, 4]).rendered
            }
            printRendered(text)
            try AuditTrail.record(store, command: "audit", parameters: ["vacancy": vacancy ?? "all", "by": by.rawValue, "top": String(top), "year": String(referenceYear.value)],
                                  output: Data(text.utf8))
        }
    }
}
