import Foundation
import Guidance
import Localization
import Profiles

/// The vacancy form's fields, as typed: stored by writing them as one row of a vacancies file and
/// importing it, so a vacancy from the web is checked by the same rules as one from a file.
struct VacancyForm: Sendable {
    struct Requirement: Sendable { var skill = "", level = "3", importance = "2", mustHave = false }
    static let rows = 6

    var id: String?
    var enterpriseID: String
    var title: [Language: String] = [:]
    var kind = "job"
    var headcount = "1"
    var minimumAge = "18"
    var requirements = Array(repeating: Requirement(), count: rows)

    init(enterpriseID: String) {
        self.enterpriseID = enterpriseID
    }

    init(_ vacancy: Vacancy) {
        id = vacancy.id
        enterpriseID = vacancy.enterpriseID
        for language in Language.allCases { title[language] = vacancy.title[language] }
        kind = vacancy.kind.rawValue
        headcount = String(vacancy.headcount)
        minimumAge = String(vacancy.minimumAge)
        specialties = vacancy.specialtyIDs.joined(separator: ";")
        for (index, requirement) in vacancy.requirements.prefix(Self.rows).enumerated() {
            requirements[index] = Requirement(skill: requirement.skillID, level: String(requirement.level),
                                              importance: String(requirement.importance), mustHave: requirement.mustHave)
        }
    }

    /// Kept as they were: the form does not edit the accepted specialties.
    var specialties = ""

    init(_ fields: FormFields, enterpriseID: String) {
        self.enterpriseID = enterpriseID
        id = fields["id"].flatMap { $0.isEmpty ? nil : $0 }
        for language in Language.allCases { title[language] = fields["title_" + language.rawValue] ?? "" }
        kind = fields["kind"] ?? ""
        headcount = fields["headcount"] ?? ""
        minimumAge = fields["min_age"] ?? ""
        specialties = fields["specialties"] ?? ""
        for index in 0..<Self.rows {
            requirements[index] = Requirement(skill: (fields["skill-\(index)"] ?? "").trimmingCharacters(in: .whitespaces),
                                              level: fields["level-\(index)"] ?? "", importance: fields["importance-\(index)"] ?? "",
                                              mustHave: fields["must-\(index)"] == "on")
        }
    }

    /// The row as a vacancies file holds it (`RecordKind.vacancies.columns`).
    func csvText(region: String) -> String {
        let requirementList = requirements.filter { !$0.skill.isEmpty }
            .map { "\($0.skill):\($0.level):\($0.importance)" + ($0.mustHave ? ":must" : "") }.joined(separator: ";")
        let cells = [id ?? "", enterpriseID, title[.kk] ?? "", title[.ru] ?? "", title[.en] ?? "", kind, region, headcount, minimumAge,
                     specialties, requirementList]
        return CSVText.line(RecordKind.vacancies.columns.map(\.name)) + CSVText.line(cells)
    }

    /// Imports the row (all or nothing).
    /// - Throws: `ImportFailure` naming each problem's field.
    func store(region: String, through engine: MatchEngine) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("match-web-" + SecretToken.make().prefix(16))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("vacancy.csv")
        try Data(csvText(region: region).utf8).write(to: file)
        _ = try engine.importRecords(ImportRequest(files: [file.path], options: Importer.Options(kind: .vacancies)))
    }

    func templateData(names: Names) -> [String: Any] {
        [
            "id": id ?? "", "kk": title[.kk] ?? "", "ru": title[.ru] ?? "", "en": title[.en] ?? "", "kind": kind, "headcount": headcount,
            "minimumAge": minimumAge, "specialties": specialties,
            "requirements": requirements.enumerated().map { index, requirement in
                ["index": index, "skill": requirement.skill, "skillName": requirement.skill.isEmpty ? "" : names.skill(requirement.skill),
                 "level": requirement.level, "importance": requirement.importance, "must": requirement.mustHave] as [String: Any]
            },
        ]
    }
}
