/// Seeded, reproducible synthetic students with believable distributions: regional shares from the
/// population figures, a mix of schoolchildren, college students and graduates, skills consistent with
/// a college student's specialty, interests loosely correlated with grades. Real people are never made.
///
/// Students are produced one at a time (`next()`), so a million can be streamed to a file or the store
/// without holding them all.
public struct CohortGenerator: Sendable, IteratorProtocol {
    /// National population on 1 Jan 2026; regions without a published figure share the remainder.
    public static let nationalPopulation = 20_495_975

    private let catalogue: Catalogue
    private let referenceYear: Int
    private let count: Int
    private var produced = 0
    private var random: SplitMix64
    private let regionWeights: [Double]
    private let specialtyIndexByID: [String: Int]
    /// Per region: the (college, specialty) offerings with cumulative seats, to place college students.
    private let offeringsByRegion: [[(college: String, specialty: String)]]
    private let offeringWeightsByRegion: [[Double]]
    /// Per region: the towns with a college, where pupils live or travel to daily.
    private let collegeTownsByRegion: [[String]]
    /// Per region: its schools' ids, sorted.
    private let schoolsByRegion: [[String]]
    private let studySkills: [String]
    private let subjects: [String]
    /// Part of every id, so cohorts made with different seeds never share ids.
    private let seedTag: String

    /// - Parameters:
    ///   - catalogue: regions, specialties and colleges to draw from.
    ///   - count: how many students to make.
    ///   - seed: the same seed gives the same students.
    ///   - referenceYear: the school year's calendar year; birth years are derived from it.
    public init(catalogue: Catalogue, count: Int, seed: UInt64, referenceYear: Int) {
        self.catalogue = catalogue
        self.count = count
        self.referenceYear = referenceYear
        random = SplitMix64(seed: seed)
        seedTag = String(seed, radix: 36)
        let known = catalogue.regions.compactMap(\.population).reduce(0, +)
        let unknownCount = catalogue.regions.filter { $0.population == nil }.count
        let share = unknownCount == 0 ? 0 : Double(max(0, Self.nationalPopulation - known)) / Double(unknownCount)
        regionWeights = cumulativeSums(catalogue.regions.map { $0.population.map(Double.init) ?? share })
        specialtyIndexByID = Dictionary(uniqueKeysWithValues: catalogue.specialties.enumerated().map { ($1.id, $0) })
        var offerings: [[(String, String)]] = [], weights: [[Double]] = []
        for region in catalogue.regions {
            let here = catalogue.colleges.filter { $0.regionID == region.id }
                .flatMap { college in college.offerings.map { (college.id, $0.specialtyID, Double($0.seatsPerYear)) } }
            offerings.append(here.map { ($0.0, $0.1) })
            weights.append(cumulativeSums(here.map(\.2)))
        }
        offeringsByRegion = offerings
        collegeTownsByRegion = catalogue.regions.map { region in
            Array(Set(catalogue.colleges.filter { $0.regionID == region.id }.map(\.town))).sorted()
        }
        offeringWeightsByRegion = weights
        schoolsByRegion = catalogue.regions.map { region in catalogue.schools.filter { $0.regionID == region.id }.map(\.id).sorted() }
        let taxonomy = catalogue.taxonomy
        studySkills = ["digital-literacy", "teamwork", "communication", "problem-solving"].filter { taxonomy.skill(id: $0) != nil }
        subjects = catalogue.subjects.map(\.id)
    }

    public mutating func next() -> Student? {
        guard produced < count, !catalogue.regions.isEmpty else { return nil }
        produced += 1
        let id = "st-\(seedTag)-" + String(produced).leftPadded(to: 7)
        let regionIndex = random.pick(cumulative: regionWeights)
        let region = catalogue.regions[regionIndex]

        // Stage mix: most profiles are schoolchildren choosing a path; the rest study or have graduated.
        // Ages stay within `Stage.plausibleAges`, so a generated cohort imports as it is.
        let stageDraw = random.unit()
        let stage: Stage
        let age: Int
        if stageDraw < 0.55 {
            let grade = [7, 8, 9, 9, 9, 10, 10, 11, 11][Int(random.unit() * 9)]
            stage = .school(grade: grade)
            age = grade + 6
        } else if stageDraw < 0.85 {
            let course = 1 + Int(random.unit() * 4)
            stage = .college(course: course)
            age = 15 + course + (random.chance(0.3) ? 1 : 0)
        } else {
            stage = .graduate
            age = 19 + Int(random.unit() * 6)
        }
        let birthYear = referenceYear - age - (random.chance(0.5) ? 1 : 0)
        let mayBeMinor = referenceYear - birthYear - 1 < 18

        // Latent abilities drive grades; interests lean on the same abilities plus noise.
        let analytic = random.normal(), verbal = random.normal(), practical = random.normal(), creative = random.normal()
        var grades: [String: Int] = [:]
        for subject in subjects {
            let ability: Double = switch subject {
            case "math", "physics", "informatics", "chemistry": analytic
            case "kazakh", "russian", "english", "literature", "history": verbal
            case "technology", "pe", "geography": practical
            case "art": creative
            default: (analytic + verbal) / 2
            }
            grades[subject] = min(5, max(2, Int((3.9 + 0.7 * ability + 0.5 * random.normal()).rounded())))
        }
        var specialty: Specialty?
        var collegeID: String?
        if !stage.isSchool {
            let offerings = offeringsByRegion[regionIndex]
            if !offerings.isEmpty {
                let choice = offerings[random.pick(cumulative: offeringWeightsByRegion[regionIndex])]
                collegeID = choice.college
                specialty = specialtyIndexByID[choice.specialty].map { catalogue.specialties[$0] }
            }
        }
        var interestValues: [RIASEC: Double] = [
            .realistic: 0.45 + 0.15 * practical, .investigative: 0.4 + 0.15 * analytic, .artistic: 0.35 + 0.15 * creative,
            .social: 0.45 + 0.12 * verbal, .enterprising: 0.4 + 0.1 * verbal, .conventional: 0.4 + 0.1 * analytic,
        ]
        for (rank, type) in (specialty?.interestCode ?? []).enumerated() { interestValues[type, default: 0] += 0.3 - 0.08 * Double(rank) }
        for type in RIASEC.allCases {
            let noisy = interestValues[type, default: 0.4] + 0.15 * random.normal()
            interestValues[type] = (min(1, max(0, noisy)) * 100).rounded() / 100
        }
        var skills = makeSkills(stage: stage, specialty: specialty)
        let schoolLanguage: Language = random.chance(region.id == "north-kazakhstan" || region.id == "kostanay" ? 0.4 : 0.7) ? .kk : .ru
        var languages: [Language] = [schoolLanguage]
        if schoolLanguage == .kk, random.chance(0.85) { languages.append(.ru) }
        if schoolLanguage == .ru, random.chance(0.6) { languages.append(.kk) }
        if random.chance(0.35) { languages.append(.en) }
        let sexDraw = random.unit()
        let settlement: Settlement = random.chance(0.4) ? .rural : .urban
        // A town is known for most: the college town they live in, or, in a village, travel to daily.
        let towns = collegeTownsByRegion[regionIndex]
        let town = towns.isEmpty || random.chance(settlement == .rural ? 0.3 : 0.1) ? nil : towns[Int(random.unit() * Double(towns.count))]
        if stage.isSchool, !catalogue.specialties.isEmpty, random.chance(0.3),
           let hobby = catalogue.specialties[Int(random.unit() * Double(catalogue.specialties.count))].skills.first {
            // A pupil's hobby: a skill some specialty builds on, at level 2–3, mostly self-assessed.
            let draw = random.unit()
            let evidence: StudentSkill.Evidence = draw < 0.7 ? .selfReported : draw < 0.9 ? .course : .competition
            skills.removeAll { $0.skillID == hobby.skillID }
            skills.append(StudentSkill(skillID: hobby.skillID, level: 2 + Int(random.unit() * 2), evidence: evidence))
        }
        let (school, className) = schoolClass(id: id, stage: stage, regionIndex: regionIndex)
        return Student(
            id: id, stage: stage, regionID: region.id, town: town, settlement: settlement,
            relocation: [Relocation.none, .none, .region, .region, .country][Int(random.unit() * 5)],
            birthYear: birthYear, guardianConsent: mayBeMinor ? random.chance(0.85) : nil,
            specialtyID: specialty?.id, collegeID: collegeID, grades: grades, interests: InterestScores(interestValues),
            skills: skills, languages: languages, schoolLanguage: schoolLanguage,
            sex: sexDraw < 0.03 ? nil : (sexDraw < 0.515 ? .female : .male), schoolID: school, className: className)
    }

    /// A pupil's school in their region and a class of their grade ("9A"–"9C"), from the id alone: no
    /// draw from the random stream, so adding schools changed no other field of any generated student.
    private func schoolClass(id: String, stage: Stage, regionIndex: Int) -> (String?, String?) {
        guard case .school(let grade) = stage, !schoolsByRegion[regionIndex].isEmpty else { return (nil, nil) }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let schools = schoolsByRegion[regionIndex]
        return (schools[Int(hash % UInt64(schools.count))], "\(grade)" + ["A", "B", "C"][Int((hash / 7) % 3)])
    }

    /// College students reach their specialty's levels as their course advances; graduates hold them,
    /// give or take one. Schoolchildren have a few general skills.
    private mutating func makeSkills(stage: Stage, specialty: Specialty?) -> [StudentSkill] {
        var skills: [String: StudentSkill] = [:]
        let progress: Double = switch stage {
        case .school: 0
        case .college(let course): Double(course) / 4
        case .graduate: 1
        }
        if let specialty, progress > 0 {
            for target in specialty.skills where random.chance(0.6 + 0.35 * progress) {
                let level = min(5, max(1, Int((Double(target.level) * progress + random.normal() * 0.7).rounded())))
                let draw = random.unit()
                let evidence: StudentSkill.Evidence = draw < 0.6 ? .course : draw < 0.8 ? .internship : draw < 0.95 ? .certificate : .competition
                skills[target.skillID] = StudentSkill(skillID: target.skillID, level: level, evidence: evidence)
            }
        }
        for skill in studySkills where skills[skill] == nil && random.chance(0.5) {
            skills[skill] = StudentSkill(skillID: skill, level: 1 + Int(random.unit() * 3), evidence: .selfReported)
        }
        return skills.keys.sorted().map { skills[$0]! }
    }
}

extension String {
    public func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
