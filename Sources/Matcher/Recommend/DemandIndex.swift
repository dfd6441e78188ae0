import Profiles
import ScoringCore

/// Work for a specialty's graduates against the yearly college seats that supply it, per region and for
/// the whole country: places / (places + seats + 50), in [0, 1).
///
/// The 50 (`dampingPersons`, two college groups) keeps small figures from reading as a shortage: 2
/// places and no seats give 0.04, not 1, while 215 places against 50 seats give 0.68. Near 1 means
/// many places and few new graduates; 0 means no vacancy accepts the specialty there.
public struct DemandIndex: Sendable {
    /// Persons added to the denominator so that a handful of places never counts as high demand.
    public static let dampingPersons = 50

    /// specialty id → region id → (places, seats)
    public private(set) var figures: [String: [String: (places: Int, seats: Int)]] = [:]

    public init(catalogue: Catalogue) {
        for vacancy in catalogue.vacancies {
            for specialty in vacancy.specialtyIDs {
                figures[specialty, default: [:]][vacancy.regionID, default: (0, 0)].places += vacancy.headcount
            }
        }
        for college in catalogue.colleges {
            for offering in college.offerings {
                figures[offering.specialtyID, default: [:]][college.regionID, default: (0, 0)].seats += offering.seatsPerYear
            }
        }
    }

    /// Places and seats for `specialtyID` in `regionID`, or in the whole country when nil.
    public func counts(_ specialtyID: String, region regionID: String?) -> (places: Int, seats: Int) {
        guard let byRegion = figures[specialtyID] else { return (0, 0) }
        if let regionID { return byRegion[regionID] ?? (0, 0) }
        return byRegion.values.reduce((0, 0)) { ($0.0 + $1.places, $0.1 + $1.seats) }
    }

    /// The demand index for `specialtyID` in `regionID` (nil: the whole country).
    public func index(_ specialtyID: String, region regionID: String?) -> Double {
        let (places, seats) = counts(specialtyID, region: regionID)
        return Self.value(places: places, seats: seats)
    }

    /// The index for `places` in vacancies against `seats` a year at colleges.
    public static func value(places: Int, seats: Int) -> Double {
        Double(places) / Double(places + seats + dampingPersons)
    }
}
