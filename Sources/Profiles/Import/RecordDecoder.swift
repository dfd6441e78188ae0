/// Turns raw records into validated profile values, one kind per function.
/// Each returns nil (and leaves problems in the reader) when the record is invalid.
enum RecordDecoder {
    static func skill(_ r: inout FieldReader) -> Skill? {
        let id = r.id(), group = r.choice("group", Skill.Group.self), label = r.localized("label")
        var synonyms: [Language: [String]] = [:]
        for language in Language.allCases {
            let names = r.list("synonyms_\(language.rawValue)", required: false)
            if !names.isEmpty { synonyms[language] = names }
        }
        for name in (label.map { [$0.kk, $0.ru, $0.en] } ?? []) + synonyms.values.flatMap({ $0 }) where name.contains(":") {
            r.report("label", name, .colonInName)
        }
        guard let id, let group, let label else { return nil }
        return Skill(id: id, group: group, label: label, synonyms: synonyms)
    }

    static func subject(_ r: inout FieldReader) -> Subject? {
        let id = r.id(), name = r.localized("name")
        guard let id, let name else { return nil }
        return Subject(id: id, name: name)
    }

    static func region(_ r: inout FieldReader) -> Region? {
        let id = r.id(), name = r.localized("name"), centre = r.text("centre", required: false)
        let population = r.int("population", in: 1...100_000_000, required: false)
        let asOf = r.text("population_as_of", required: false)
        guard let id, let name else { return nil }
        return Region(id: id, name: name, centre: centre, population: population, populationAsOf: asOf)
    }

    static func specialty(_ r: inout FieldReader, _ index: ReferenceIndex) -> Specialty? {
        let id = r.text("id")
        let code = r.text("code", required: false)
        let confirmed = r.yesNo("confirmed")
        if let code, !(code.count == 8 && code.allSatisfy(\.isASCII) && code.allSatisfy(\.isNumber)) {
            r.report("code", code, .invalidSpecialtyCode)
        }
        if let id {
            let isCode = id.count == 8 && id.allSatisfy { $0.isASCII && $0.isNumber }
            if !(isCode || (id.hasPrefix("x-") && FieldReader.isID(id))) {
                r.report("id", id, .invalidSpecialtyID)
            } else if isCode, let code, code != id {
                r.report("code", code, .codeDiffersFromID(id))
            } else if isCode, code == nil {
                r.report("code", nil, .codeRequiredForCodeID)
            }
        }
        if confirmed == true, code == nil { r.report("confirmed", "yes", .confirmedWithoutCode) }
        let name = r.localized("name")
        let qualifications = r.list("qualifications", required: false)
        let interestCode = riasecCode(&r)
        let keySubjects = r.list("key_subjects").compactMap { r.check($0, in: index.subjects, kind: .subjects, field: "key_subjects") }
        let skills = skillLevels(&r, field: "skills", index)
        let note = r.text("note", required: false)
        guard let id, let confirmed, let name, let interestCode, r.problems.isEmpty else { return nil }
        return Specialty(id: id, code: code, confirmed: confirmed, name: name, qualifications: qualifications,
                         interestCode: interestCode, keySubjects: keySubjects, skills: skills, note: note)
    }

    static func college(_ r: inout FieldReader, _ index: ReferenceIndex) -> College? {
        let id = r.id(), name = r.localized("name")
        let region = r.reference("region", in: index.regions, kind: .regions)
        let town = r.text("town")
        var offerings: [College.Offering] = []
        for item in r.items("specialties", parts: ["specialty", "seats"], minimumParts: 2) {
            let specialty = r.check(item.parts["specialty"]!, in: index.specialties, kind: .specialties, field: "specialties", itemPath: item.itemPath)
            let seats = FieldReader.int(item.parts["seats"]!, in: 1...10_000, quantity: .seats) { r.report("specialties", item.parts["seats"], $0, itemPath: item.itemPath) }
            if let specialty, let seats { offerings.append(.init(specialtyID: specialty, seatsPerYear: seats)) }
        }
        duplicates(offerings.map(\.specialtyID), field: "specialties", &r)
        let note = r.text("note", required: false)
        guard let id, let name, let region, let town, r.problems.isEmpty else { return nil }
        return College(id: id, name: name, regionID: region, town: town, offerings: offerings, note: note)
    }

    static func enterprise(_ r: inout FieldReader, _ index: ReferenceIndex) -> Enterprise? {
        let id = r.id(), name = r.localized("name")
        let region = r.reference("region", in: index.regions, kind: .regions)
        let town = r.text("town"), sector = r.text("sector"), note = r.text("note", required: false)
        guard let id, let name, let region, let town, let sector else { return nil }
        return Enterprise(id: id, name: name, regionID: region, town: town, sector: sector, note: note)
    }

    static func school(_ r: inout FieldReader, _ index: ReferenceIndex) -> School? {
        let id = r.id(), name = r.localized("name")
        let region = r.reference("region", in: index.regions, kind: .regions)
        let town = r.text("town"), note = r.text("note", required: false)
        guard let id, let name, let region, let town else { return nil }
        return School(id: id, name: name, regionID: region, town: town, note: note)
    }

    static func vacancy(_ r: inout FieldReader, _ index: ReferenceIndex) -> Vacancy? {
        let id = r.id()
        let enterprise = r.reference("enterprise", in: index.enterprises, kind: .enterprises)
        let title = r.localized("title")
        let kind = r.choice("kind", Vacancy.Kind.self)
        let region = r.reference("region", in: index.regions, kind: .regions)
        let headcount = r.int("headcount", in: Vacancy.headcountRange)
        let minimumAge = r.int("min_age", in: Vacancy.minimumAgeRange)
        let specialties = r.list("specialties", required: false).compactMap { r.check($0, in: index.specialties, kind: .specialties, field: "specialties") }
        var requirements: [Requirement] = []
        for item in r.items("requirements", parts: ["skill", "level", "importance", "must_have"], minimumParts: 3) {
            let p = item.parts
            let skill = r.skill(p["skill"]!, taxonomy: index.taxonomy, field: "requirements", itemPath: item.itemPath)
            let level = FieldReader.int(p["level"]!, in: SkillLevel.range, quantity: .level) { r.report("requirements", p["level"], $0, itemPath: item.itemPath) }
            let importance = FieldReader.int(p["importance"]!, in: Requirement.importanceRange, quantity: .importance) { r.report("requirements", p["importance"], $0, itemPath: item.itemPath) }
            var mustHave = false
            if let flag = p["must_have"] {
                switch flag.lowercased() {
                case "must", "yes", "true": mustHave = true
                case "no", "false", "": mustHave = false
                default: r.report("requirements", flag, .expectedMustFlag, itemPath: item.itemPath)
                }
            }
            if let skill, let level, let importance {
                requirements.append(Requirement(skillID: skill, level: level, importance: importance, mustHave: mustHave))
            }
        }
        duplicates(specialties, field: "specialties", &r)
        duplicates(requirements.map(\.skillID), field: "requirements", &r)
        guard let id, let enterprise, let title, let kind, let region, let headcount, let minimumAge, r.problems.isEmpty else { return nil }
        return Vacancy(id: id, enterpriseID: enterprise, title: title, kind: kind, regionID: region, headcount: headcount,
                       minimumAge: minimumAge, specialtyIDs: specialties, requirements: requirements)
    }

    // MARK: - Shared pieces

    static func riasecCode(_ r: inout FieldReader) -> [RIASEC]? {
        guard let text = r.text("riasec") else { return nil }
        let letters = text.uppercased().compactMap { RIASEC(rawValue: String($0)) }
        guard letters.count == text.count, (1...3).contains(letters.count), Set(letters).count == letters.count else {
            r.report("riasec", text, .invalidRIASECCode)
            return nil
        }
        return letters
    }

    static func skillLevels(_ r: inout FieldReader, field: String, _ index: ReferenceIndex) -> [SkillLevel] {
        var levels: [SkillLevel] = []
        for item in r.items(field, parts: ["skill", "level"], minimumParts: 2) {
            let skill = r.skill(item.parts["skill"]!, taxonomy: index.taxonomy, field: field, itemPath: item.itemPath)
            let level = FieldReader.int(item.parts["level"]!, in: SkillLevel.range, quantity: .level) { r.report(field, item.parts["level"], $0, itemPath: item.itemPath) }
            if let skill, let level { levels.append(SkillLevel(skillID: skill, level: level)) }
        }
        duplicates(levels.map(\.skillID), field: field, &r)
        return levels
    }

    static func duplicates(_ ids: [String], field: String, _ r: inout FieldReader) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted { r.report(field, id, .listedTwice) }
    }
}
