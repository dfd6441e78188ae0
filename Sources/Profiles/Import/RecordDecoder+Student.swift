extension RecordDecoder {
    static func student(_ r: inout FieldReader, _ index: ReferenceIndex) -> Student? {
        let id = r.id()
        let stageName = r.text("stage")
        let year = r.int("year", in: 1...11, required: false)
        var stage: Stage?
        switch stageName?.lowercased() {
        case "school":
            if let year, Stage.gradeRange.contains(year) { stage = .school(grade: year) }
            else { r.report("year", year.map(String.init), .gradeOutOfSchoolRange(lower: Stage.gradeRange.lowerBound, upper: Stage.gradeRange.upperBound)) }
        case "college":
            if let year, Stage.courseRange.contains(year) { stage = .college(course: year) }
            else { r.report("year", year.map(String.init), .courseOutOfCollegeRange(lower: Stage.courseRange.lowerBound, upper: Stage.courseRange.upperBound)) }
        case "graduate":
            stage = .graduate
        case nil: break
        case let other?: r.report("stage", other, .expectedOneOf(["school", "college", "graduate"]))
        }
        let region = r.reference("region", in: index.regions, kind: .regions)
        let town = r.text("town", required: false).flatMap { name in Self.town(name, region: region, &r, index) }
        let settlement = r.choice("settlement", Settlement.self)
        let relocation = r.choice("relocation", Relocation.self)
        let birthYear = r.int("birth_year", in: Student.birthYearRange)
        if let stage, let birthYear, let reason = stage.implausibleBirthYear(birthYear, in: index.referenceYear) {
            r.report("birth_year", String(birthYear), reason)
        }
        let consent = r.yesNo("guardian_consent", required: false)
        if consent == nil, let birthYear, index.referenceYear - birthYear - 1 < 18,
           r.problems.allSatisfy({ $0.field != "guardian_consent" }) {
            r.report("guardian_consent", nil, .consentRequired)
        }
        let specialty = r.reference("specialty", in: index.specialties, kind: .specialties, required: false)
        let college = r.reference("college", in: index.colleges, kind: .colleges, required: false)

        var grades: [String: Int] = [:]
        for (subject, grade, itemPath) in mapping(&r, "grades") {
            let known = r.check(subject, in: index.subjects, kind: .subjects, field: "grades", itemPath: itemPath)
            let value = FieldReader.int(grade, in: 1...5, quantity: .grade) { r.report("grades", "\(subject):\(grade)", $0, itemPath: itemPath) }
            if let known, let value {
                if grades.updateValue(value, forKey: known) != nil { r.report("grades", subject, .listedTwice, itemPath: itemPath) }
            }
        }
        var interests: [RIASEC: Double] = [:]
        for (letter, score, itemPath) in mapping(&r, "interests") {
            guard let type = RIASEC(rawValue: letter.uppercased()) else {
                r.report("interests", letter, .expectedRIASECLetter, itemPath: itemPath); continue
            }
            if let value = FieldReader.double(score, in: 0...1, quantity: .score, onError: { r.report("interests", "\(letter):\(score)", $0, itemPath: itemPath) }) {
                interests[type] = value
            }
        }
        if interests.count != 6, r.problems.allSatisfy({ $0.field != "interests" }) {
            r.report("interests", nil, .missingRIASECScores)
        }
        var skills: [StudentSkill] = []
        for item in r.items("skills", parts: ["skill", "level", "evidence"], minimumParts: 2, required: false) {
            let p = item.parts
            let skill = r.skill(p["skill"]!, taxonomy: index.taxonomy, field: "skills", itemPath: item.itemPath)
            let level = FieldReader.int(p["level"]!, in: SkillLevel.range, quantity: .level) { r.report("skills", p["level"], $0, itemPath: item.itemPath) }
            var evidence = StudentSkill.Evidence.selfReported
            if let name = p["evidence"] {
                if let known = StudentSkill.Evidence(rawValue: name.lowercased()) { evidence = known }
                else { r.report("skills", name, .evidenceNotOneOf(StudentSkill.Evidence.allCases.map(\.rawValue)), itemPath: item.itemPath) }
            }
            if let skill, let level { skills.append(StudentSkill(skillID: skill, level: level, evidence: evidence)) }
        }
        duplicates(skills.map(\.skillID), field: "skills", &r)
        var languages: [Language] = []
        for name in r.list("languages") {
            if let language = Language(rawValue: name.lowercased()) { languages.append(language) }
            else { r.report("languages", name, .expectedLanguage) }
        }
        let schoolLanguage = r.choice("school_language", Language.self)
        let sex = r.choice("sex", Sex.self, required: false)
        let (school, className) = Self.schoolClass(&r, region: region, index)

        guard let id, let stage, let region, let settlement, let relocation, let birthYear, let schoolLanguage,
              r.problems.isEmpty else { return nil }
        return Student(id: id, stage: stage, regionID: region, town: town, settlement: settlement, relocation: relocation,
                       birthYear: birthYear, guardianConsent: consent, specialtyID: specialty, collegeID: college,
                       grades: grades, interests: InterestScores(interests), skills: skills, languages: languages,
                       schoolLanguage: schoolLanguage, sex: sex, schoolID: school, className: className)
    }

    /// The pupil's school (in the pupil's region) and class; a class needs a school.
    static func schoolClass(_ r: inout FieldReader, region: String?, _ index: ReferenceIndex) -> (String?, String?) {
        let school = r.text("school", required: false)
        let className = r.text("class", required: false)
        var known: String?
        if let school {
            if let schoolRegion = index.schools[school] {
                if let region, schoolRegion != region { r.report("school", school, .schoolInOtherRegion(region: schoolRegion)) }
                else { known = school }
            } else {
                r.report("school", school, .unknownReference(.schools, suggestions: NameKey.closest(to: school, among: Set(index.schools.keys))))
            }
        }
        if let className {
            if school == nil { r.report("class", className, .classWithoutSchool) }
            else if !School.classNameLength.contains(className.count) {
                r.report("class", className, .classNameLength(maximum: School.classNameLength.upperBound))
            }
        }
        return (known, className)
    }

    /// `key:value;key:value` in CSV; `{"key": value}` or `["key:value"]` in JSON.
    static func mapping(_ r: inout FieldReader, _ field: String) -> [(String, String, String?)] {
        if case .object(let object)? = r.record.fields[field] {
            return object.keys.sorted().map { ($0, object[$0]!.asText, ".\(field).\($0)") }
        }
        return r.items(field, parts: ["key", "value"], minimumParts: 2).map { ($0.parts["key"]!, $0.parts["value"]!, $0.itemPath) }
    }

    /// A town of the student's region, as colleges and enterprises spell it (any case).
    static func town(_ name: String, region: String?, _ r: inout FieldReader, _ index: ReferenceIndex) -> String? {
        guard let region else { return nil }
        let towns = index.towns[region] ?? []
        if let known = towns.first(where: { NameKey($0) == NameKey(name) }) { return known }
        r.report("town", name, .unknownTown(region: region, suggestions: NameKey.closest(to: name, among: towns)))
        return nil
    }
}
