import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Matcher
import Profiles

extension MatchCLI {
    struct Shortlist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the eligible candidates for one vacancy or place, for the employer.",
            discussion: """
            Only eligible students appear (region, age, stage, guardian consent, must-have skills), by \
            pseudonymous id, with score, matched skills and gaps; a summary says how many were excluded \
            and why. Counts from 1 to 9 are shown as "<10".

            With --enterprise: a shortlist for each of the enterprise's vacancies and places, under the \
            same pseudonyms.

            Examples:
              match-cli shortlist --vacancy tengri-tyres-vulcaniser --top 20 --format csv
              match-cli shortlist --enterprise tengri-tyres --top 10
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "The vacancy's id.")
        var vacancy: String?

        @Option(help: "An enterprise's id: shortlists for all its vacancies and places.")
        var enterprise: String?

        @Option(help: "How many candidates.")
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...10_000).contains(top) else { throw ValidationError("--top must be from 1 to 10000") }
            guard (vacancy != nil) != (enterprise != nil) else { throw ValidationError("give either --vacancy ID or --enterprise ID") }
        }

        func run() throws {
            let store = try database.open()
            let catalogue = try store.catalogue()
            let targets = try self.targets(in: catalogue)
            let students = try store.students()
            let matcher = try VacancyMatcher(catalogue: catalogue, vacancies: targets, referenceYear: referenceYear.value)
            let best = try matcher.match(students, studentK: 0, vacancyK: top).bestStudents
            let explainer = Explainer(referenceYear: referenceYear.value)
            let pseudonyms = try store.pseudonyms()
            let names = Names(catalogue, language.lang)
            let outputs = zip(targets, best).map { target, ranked in
                let code = matcher.interestCode(of: target)
                let candidates = ranked.map { (students[$0.index], explainer.explain(students[$0.index], target, interestCode: code)) }
                return ShortlistOutput(vacancy: target, candidates: candidates, summary: Self.summary(of: target, students, explainer),
                                       names: names, pseudonym: { pseudonyms.pseudonym(for: $0.id, scope: target.enterpriseID) })
            }
            let text = try vacancy != nil ? outputs[0].render(output.format) : Self.render(outputs, output.format)
            printRendered(text)
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            parameters["vacancy"] = vacancy
            parameters["enterprise"] = enterprise
            try AuditTrail.record(store, command: "shortlist", parameters: parameters, output: Data(text.utf8))
        }

        /// The vacancy asked for, or the enterprise's vacancies in id order; a clear error if unknown.
        private func targets(in catalogue: Catalogue) throws -> [Vacancy] {
            if let enterprise {
                guard catalogue.enterprises.contains(where: { $0.id == enterprise }) else {
                    throw CLIError.unknown("enterprise", id: enterprise, known: catalogue.enterprises.map(\.id))
                }
                let vacancies = catalogue.vacancies.filter { $0.enterpriseID == enterprise }
                guard !vacancies.isEmpty else { throw CLIError("enterprise '\(enterprise)' has no vacancies or places") }
                return vacancies
            }
            let vacancy = vacancy ?? ""
            guard let target = catalogue.vacancies.first(where: { $0.id == vacancy }) else {
                throw CLIError.unknown("vacancy", id: vacancy, known: catalogue.vacancies.map(\.id))
            }
            return [target]
        }

        /// How many students may apply to `target`, and why the others may not (a student may have several reasons).
        static func summary(of target: Vacancy, _ students: [Student], _ explainer: Explainer) -> ShortlistOutput.Summary {
            var excluded: [String: Int] = [:]
            var eligibleCount = 0
            for student in students {
                let categories = Set(explainer.eligibility.reasons(student, target).map(\.category))
                if categories.isEmpty { eligibleCount += 1 }
                for category in categories { excluded[category, default: 0] += 1 }
            }
            return ShortlistOutput.Summary(students: students.count, eligible: PersonCount(eligibleCount),
                                           excluded: excluded.mapValues(PersonCount.init))
        }

        /// Several vacancies' shortlists: JSON as an array, CSV with a vacancy column, tables one after another.
        static func render(_ outputs: [ShortlistOutput], _ format: OutputFormat) throws -> String {
            switch format {
            case .json: try jsonText(outputs.map(\.document))
            case .csv: csvText(header: ["vacancy"] + ShortlistOutput.csvHeader,
                               rows: outputs.flatMap { output in output.csvRows.map { [output.vacancy.id] + $0 } })
            case .table: try outputs.map { try $0.render(.table) }.joined(separator: "\n")
            }
        }
    }
}
