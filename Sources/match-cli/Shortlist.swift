import ArgumentParser
import Foundation
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

            Example:
              match-cli shortlist --vacancy tengri-tyres-vulcaniser --top 20 --format csv
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "The vacancy's id.")
        var vacancy: String

        @Option(help: "How many candidates.")
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...10_000).contains(top) else { throw ValidationError("--top must be from 1 to 10000") }
        }

        func run() throws {
            let store = try database.open()
            let catalogue = try store.catalogue()
            guard let target = catalogue.vacancies.first(where: { $0.id == vacancy }) else {
                let close = catalogue.vacancies.map(\.id).filter { NameKey($0).distance(to: NameKey(vacancy)) <= 3 || $0.contains(vacancy) }.prefix(3)
                throw CLIError("no vacancy with id '\(vacancy)'" + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"))
            }
            let students = try store.students()
            let matcher = try VacancyMatcher(catalogue: catalogue, vacancies: [target], referenceYear: referenceYear.value)
            let ranked = try matcher.match(students, studentK: 0, vacancyK: top).bestStudents[0]
            let explainer = Explainer(referenceYear: referenceYear.value)
            let code = matcher.interestCode(of: target)
            let candidates = ranked.map { (students[$0.index], explainer.explain(students[$0.index], target, interestCode: code)) }
            var excluded: [String: Int] = [:]
            var eligibleCount = 0
            for student in students {
                let categories = Set(explainer.eligibility.reasons(student, target).map(\.category))
                if categories.isEmpty { eligibleCount += 1 }
                for category in categories { excluded[category, default: 0] += 1 }
            }
            let summary = ShortlistOutput.Summary(students: students.count, eligible: PersonCount(eligibleCount),
                                                  excluded: excluded.mapValues(PersonCount.init))
            let pseudonyms = try store.pseudonyms()
            let text = try ShortlistOutput(vacancy: target, candidates: candidates, summary: summary, names: Names(catalogue, language.lang),
                                           pseudonym: { pseudonyms.pseudonym(for: $0.id, scope: target.enterpriseID) }).render(output.format)
            printRendered(text)
            try AuditTrail.record(store, command: "shortlist", parameters: ["vacancy": vacancy, "top": String(top), "year": String(referenceYear.value),
                                                                          "lang": language.lang.rawValue, "format": output.format.rawValue],
                                  output: Data(text.utf8))
        }
    }
}
