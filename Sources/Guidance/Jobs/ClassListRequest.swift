import Foundation
import Localization
import Matcher
import Profiles

/// A counsellor's class list: specialties for every schoolchild of a region and grade.
public struct ClassListRequest: Sendable, Hashable {
    /// The region's id, or its name as people type it (`Snapshot.region(_:)`); nil for all.
    public var regionID: String?
    public var grade: Int?
    /// A school's pupils only (a counsellor's list), and of them one class only.
    public var schoolID: String?
    public var className: String?
    public var top: Int
    public var language: Language
    public var referenceYear: Int

    public init(regionID: String? = nil, grade: Int? = nil, schoolID: String? = nil, className: String? = nil, top: Int = 5,
                language: Language = .ru, referenceYear: Int = Calendar.currentYear) {
        self.schoolID = schoolID
        self.className = className
        self.regionID = regionID
        self.grade = grade
        self.top = top
        self.language = language
        self.referenceYear = referenceYear
    }
}

extension MatchEngine {
    /// Every schoolchild of the region and grade asked for, ranked in one tiled product, in id order.
    public func classList(_ request: ClassListRequest) throws -> ClassList {
        let snapshot = try snapshot()
        let regionID = try request.regionID.map { name throws(GuidanceError) in try snapshot.region(name) }
        let pupils = snapshot.students.filter { student in
            student.stage.isSchool && (regionID == nil || student.regionID == regionID)
                && (request.grade == nil || student.stage.year == request.grade)
                && (request.schoolID == nil || student.schoolID == request.schoolID)
                && (request.className == nil || student.className == request.className)
        }
        let recommender = try SpecialtyRecommender(catalogue: snapshot.catalogue)
        let names = Names(snapshot.catalogue, request.language)
        let lists = try zip(pupils, recommender.recommend(pupils, k: request.top)).map { pupil, ranking in
            SpecialtyRecommendations(student: pupil, advice: recommender.advice(for: pupil, ranking: ranking), names: names)
        }
        return ClassList(students: lists, names: names)
    }
}
