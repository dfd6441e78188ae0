import Profiles

/// Work for a specialty's graduates against the yearly college seats that supply it, per region and for
/// the whole country: places / (places + seats), in [0, 1]. 0.5 is balance; near 1 means many more
/// places than new graduates; 0 means no vacancy accepts the specialty there.
public struct DemandIndex: Sendable {
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
        return places + seats == 0 ? 0 : Double(places) / Double(places + seats)
    }
}
