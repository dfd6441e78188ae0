import Profiles

/// Where a pupil can study and work: the colleges within reach, hence the specialties they can take, and
/// the labour market their prospects are judged in (Docs/Scoring.md, "Reach").
///
/// `relocation = none` means the pupil's own town when it is known (colleges there), their region when it
/// is not; `region` means anywhere in their region; `country` anywhere.
public struct SpecialtyReach: Sendable {
    /// How far a pupil reaches.
    public enum Scope: Sendable, Hashable, Codable {
        case town(regionID: String, town: String)
        case region(String)
        case country

        /// The pupil's scope, from their relocation, region and town.
        public init(of student: Student) {
            switch student.relocation {
            case .none: self = student.town.map { .town(regionID: student.regionID, town: $0) } ?? .region(student.regionID)
            case .region: self = .region(student.regionID)
            case .country: self = .country
            }
        }

        public func contains(_ college: College) -> Bool {
            switch self {
            case .town(let region, let town): college.regionID == region && college.town == town
            case .region(let region): college.regionID == region
            case .country: true
            }
        }
    }

    public let catalogue: Catalogue
    private let specialtyIndex: [String: Int]
    /// The colleges teaching each specialty, most seats first (then by id): computed once, asked per pupil.
    private let teachingBySize: [String: [College]]

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        specialtyIndex = Dictionary(uniqueKeysWithValues: catalogue.specialties.enumerated().map { ($1.id, $0) })
        var teaching: [String: [(seats: Int, college: College)]] = [:]
        for college in catalogue.colleges {
            for specialtyID in Set(college.offerings.map(\.specialtyID)) {
                let seats = college.offerings.first { $0.specialtyID == specialtyID }?.seatsPerYear ?? 0
                teaching[specialtyID, default: []].append((seats, college))
            }
        }
        teachingBySize = teaching.mapValues { list in
            list.sorted { ($0.seats, $1.college.id) > ($1.seats, $0.college.id) }.map(\.college)
        }
    }

    /// The labour market of a pupil: their region, or nil (the whole country) if they would move anywhere.
    public static func market(of student: Student) -> String? {
        student.relocation == .country ? nil : student.regionID
    }

    /// For every specialty of the catalogue, in its order, whether a college within `scope` teaches it.
    public func specialtyMask(_ scope: Scope) -> [Bool] {
        var mask = [Bool](repeating: false, count: catalogue.specialties.count)
        for college in catalogue.colleges where scope.contains(college) {
            for offering in college.offerings { if let index = specialtyIndex[offering.specialtyID] { mask[index] = true } }
        }
        return mask
    }

    /// Colleges teaching `specialtyID`: within `scope` (most seats first); when none is, those of the
    /// pupil's region, then the largest elsewhere — the places an out-of-reach specialty is taught.
    public func colleges(teaching specialtyID: String, scope: Scope, regionID: String, limit: Int = 3) -> [College] {
        let bySize = teachingBySize[specialtyID] ?? []
        let within = bySize.filter(scope.contains)
        if !within.isEmpty { return within }
        let inRegion = bySize.filter { $0.regionID == regionID }
        return Array((inRegion.isEmpty ? bySize : inRegion).prefix(limit))
    }
}
