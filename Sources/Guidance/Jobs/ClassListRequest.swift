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
        var lists: [SpecialtyRecommendations] = []
        var names: Names?
        try classList(request, started: { _, pupilNames in names = pupilNames }) { lists.append($0) }
        return ClassList(students: lists, names: names!)
    }

    /// The class list pupil by pupil, in id order, ranked `batchSize` pupils at a time, so that memory
    /// holds one batch of recommendations however many pupils there are.
    /// - Parameters:
    ///   - started: called once before the first pupil, with how many pupils follow and the names to render with.
    ///   - each: called with each pupil's recommendations.
    public func classList(_ request: ClassListRequest, batchSize: Int = 4096, started: (_ pupils: Int, _ names: Names) throws -> Void,
                          each: (SpecialtyRecommendations) throws -> Void) throws {
        try classList(request, batchSize: batchSize, started: started, render: { $0 }, each: each)
    }

    /// The same, with each pupil's recommendations turned into `Piece` (the bytes of their rows, say) by
    /// `render`: advice and rendering run on every core a batch at a time, and `each` gets the pieces in
    /// id order on the calling thread. Only the pupils asked for are read when no snapshot is loaded.
    public func classList<Piece: Sendable>(_ request: ClassListRequest, batchSize: Int = 4096,
                                 started: (_ pupils: Int, _ names: Names) throws -> Void,
                                 render: @Sendable (SpecialtyRecommendations) throws -> Piece, each: (Piece) throws -> Void) throws {
        let recommender = try specialtyRecommender()
        let regionID = try request.regionID.map { name throws(GuidanceError) in try recommender.catalogue.region(name) }
        let pupils = try pupils(PupilFilter(regionID: regionID, grade: request.grade, schoolID: request.schoolID, className: request.className))
        let names = Names(recommender.catalogue, request.language)
        try started(pupils.count, names)
        for start in stride(from: 0, to: pupils.count, by: max(1, batchSize)) {
            let batch = Array(pupils[start..<min(start + max(1, batchSize), pupils.count)])
            let rankings = try recommender.recommend(batch, k: request.top)
            let pieces = try Array(zip(batch, rankings)).parallelMap { pupil, ranking in
                try render(SpecialtyRecommendations(student: pupil, advice: recommender.advice(for: pupil, ranking: ranking), names: names))
            }
            for piece in pieces { try each(piece) }
        }
    }
}
