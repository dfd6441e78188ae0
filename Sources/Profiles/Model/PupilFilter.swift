/// Which schoolchildren a job is about: a region's, a grade's, a school's or one class's (nil: any).
/// `contains` and the store's query (`MatchDatabase.pupils(_:)`) are the same rule, so a job selects the
/// same pupils from a loaded snapshot as from the store.
public struct PupilFilter: Sendable, Hashable {
    public var regionID: String?
    public var grade: Int?
    public var schoolID: String?
    public var className: String?

    public init(regionID: String? = nil, grade: Int? = nil, schoolID: String? = nil, className: String? = nil) {
        self.regionID = regionID
        self.grade = grade
        self.schoolID = schoolID
        self.className = className
    }

    public func contains(_ student: Student) -> Bool {
        guard case .school(let year) = student.stage else { return false }
        return (regionID == nil || student.regionID == regionID) && (grade == nil || year == grade)
            && (schoolID == nil || student.schoolID == schoolID) && (className == nil || student.className == className)
    }
}
