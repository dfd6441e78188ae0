import Foundation

extension Importer {
    /// Reads the schema.org JobPostings of one file into vacancies and stores them: the title,
    /// description, skills, experience and education read by `VacancyTextParser`; the employer matched
    /// by name (kk/ru/en) among the enterprises; the region from the locality, else the employer's; the
    /// kind from `employmentType` (INTERN: an internship) or the text; the places from `totalJobOpenings`.
    /// Every problem names the file, the posting's JSON path, the field and the value.
    /// - Parameter progress: told, after each posting, its share of the file's bytes so far (the file
    ///   is read whole first: a page of postings is small).
    func importPostings(_ path: String, summary: inout FileSummary, problems: inout ImportProblemList,
                        session: MatchDatabase.ImportSession, progress: (Int) -> Void) throws {
        let file = summary.file
        let found = JobPostingReader(file: file).read(path: path)
        let bytes = Self.fileSize(path)
        problems += found.problems
        guard !found.postings.isEmpty else { return }
        let catalogue = try session.catalogue()
        let parser = VacancyTextParser(catalogue: catalogue)
        var seenIDs: Set<String> = []
        for (done, posting) in found.postings.map(JobPosting.init).enumerated() {
            defer { progress(bytes * (done + 1) / found.postings.count) }
            summary.read += 1
            var located: [ImportProblem] = []
            let vacancy = Self.vacancy(from: posting, parser: parser, catalogue: catalogue, file: file) { located.append($0) }
            if let vacancy, !seenIDs.insert(vacancy.id).inserted {
                located.append(ImportProblem(file: file, path: posting.path, field: "identifier", value: vacancy.id, reason: .duplicateID))
            }
            guard let vacancy, located.isEmpty else {
                summary.invalid += 1
                problems += located
                continue
            }
            switch try session.store(vacancy) {
            case .new: summary.new += 1
            case .changed: summary.changed += 1
            case .unchanged: summary.unchanged += 1
            }
        }
    }

    static func vacancy(from posting: JobPosting, parser: VacancyTextParser, catalogue: Catalogue, file: String,
                        report: (ImportProblem) -> Void) -> Vacancy? {
        func problem(_ field: String, _ value: String?, _ reason: ImportProblem.Reason) {
            report(ImportProblem(file: file, path: posting.path, field: field, value: value, reason: reason))
        }
        guard let title = posting.title else {
            problem("title", nil, .required)
            return nil
        }
        var enterprise: String?
        if let name = posting.organization {
            enterprise = parser.enterprise(named: name)
            if enterprise == nil {
                var suggestions: [String] = []
                for closest in NameKey.closest(to: name, among: catalogue.enterprises.flatMap { e in Language.allCases.map { e.name[$0] } }) {
                    if let id = catalogue.enterprises.first(where: { e in Language.allCases.contains { e.name[$0] == closest } })?.id,
                       !suggestions.contains(id) { suggestions.append(id) }
                }
                problem("hiringOrganization", name, .unknownReference(.enterprises, suggestions: suggestions))
            }
        } else {
            problem("hiringOrganization", nil, .required)
        }
        var kind: Vacancy.Kind?
        for type in posting.employmentTypes {
            switch type.uppercased().replacingOccurrences(of: " ", with: "_") {
            case "INTERN", "INTERNSHIP": kind = .internship
            case "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "PER_DIEM", "VOLUNTEER", "OTHER": break
            default: problem("employmentType", type, .expectedOneOf(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]))
            }
        }
        var headcount = 1
        if let openings = posting.openings {
            headcount = FieldReader.int(openings, in: Vacancy.headcountRange) { problem("totalJobOpenings", openings, $0) } ?? 1
        }
        let reading = parser.parse(posting.text, enterpriseID: enterprise, experienceYears: posting.experienceMonths.map { $0 / 12 })
        // The locality's region, else the one the text or the employer gives; a locality the catalogue does
        // not know is no problem while the employer says where.
        let names = posting.localities + posting.regions
        let region = names.lazy.compactMap { parser.place(named: $0)?.regionID }.first ?? reading.regionID
        if region == nil {
            problem("jobLocation", names.isEmpty ? nil : names.joined(separator: "; "),
                    names.isEmpty ? .required : .unknownReference(.regions, suggestions: NameKey.closest(to: names[0], among: catalogue.regions.map(\.id))))
        }
        if reading.requirements.isEmpty { problem("description", String(posting.description.prefix(80)), .noSkillsFound) }
        guard let enterprise, let region, !reading.requirements.isEmpty else { return nil }
        let base = posting.identifier.map { VacancySlug.make(enterprise: enterprise, title: $0) }
            ?? VacancySlug.make(enterprise: enterprise, title: title)
        var vacancy = reading.vacancy(id: base)
        vacancy.title = LocalizedText(kk: title, ru: title, en: title)
        vacancy.regionID = region
        vacancy.headcount = headcount
        if let kind { vacancy.kind = kind }
        return vacancy
    }
}
