import Matcher
import ScoringCore
import Foundation
import Synchronization
import Profiles

/// The jobs' one entry point: a store and a snapshot of it (catalogue, students) loaded once and served to
/// many requests — the CLI's one, a web server's many at once. `refresh()` after an import reloads it.
///
/// What is derived from the stored data alone — the data fingerprint every audit record carries, the
/// vacancy matchers shortlists are made with — is kept with the snapshot and dropped with it, so a web
/// server does not recompute it per request and never serves it after the data changed.
///
/// Each job is an extension in `Jobs/`: a request value in, a result document out.
public final class MatchEngine: Sendable {
    public let store: MatchDatabase
    private let loaded = Mutex(Loaded())

    /// The snapshot and what is derived from the same data; `generation` counts `refresh()` calls, so a
    /// value computed while the data changed is not kept.
    private struct Loaded: Sendable {
        var generation = 0
        /// Read on its own first when a job needs no students (a class list reads only its pupils).
        var catalogue: Catalogue?
        var snapshot: Snapshot?
        var fingerprint: String?
        var vacancyMatchers: [MatcherKey: VacancyMatcher] = [:]
        var shortlistRankings: [RankingKey: ShortlistRanking] = [:]
        var specialtyRecommender: SpecialtyRecommender?
        /// Matchers over every vacancy, by reference year (a student's own recommendations).
        var catalogueMatchers: [Int: VacancyMatcher] = [:]
    }

    /// Which vacancies (ids, in order) a matcher scores, for which reference year.
    struct MatcherKey: Sendable, Hashable {
        var vacancyIDs: [String]
        var referenceYear: Int
    }

    /// Which shortlists a ranking holds: the matcher's vacancies and year, and how many candidates each.
    struct RankingKey: Sendable, Hashable {
        var matcher: MatcherKey
        var top: Int
    }

    /// Shortlists ranked over the students they were ranked among (indices point into `students`).
    struct ShortlistRanking: Sendable {
        var students: [Student]
        var best: [[Ranked]]
        var counts: [ExclusionCounts]
    }

    /// How many matchers are kept: one per shortlisted vacancy or enterprise in use, bounded so a long-running
    /// server's memory does not grow with every vacancy ever asked for.
    static let keptMatchers = 256

    public init(store: MatchDatabase) {
        self.store = store
    }

    /// The loaded snapshot; the first call reads it from the store.
    public func snapshot() throws -> Snapshot {
        try loaded.withLock { state in
            if let snapshot = state.snapshot { return snapshot }
            let catalogue = try state.catalogue ?? store.catalogue()
            let fresh = Snapshot(catalogue: catalogue, students: try store.students())
            state.catalogue = catalogue
            state.snapshot = fresh
            return fresh
        }
    }

    /// The loaded catalogue, without reading the students if they are not loaded yet.
    public func catalogue() throws -> Catalogue {
        try loaded.withLock { state in
            if let catalogue = state.catalogue { return catalogue }
            let catalogue = try store.catalogue()
            state.catalogue = catalogue
            return catalogue
        }
    }

    /// The schoolchildren `filter` selects, in id order: from the snapshot when it is loaded (a web server's),
    /// else from the store alone, so a one-off job over some pupils never loads every student.
    func pupils(_ filter: PupilFilter) throws -> [Student] {
        if let snapshot = loaded.withLock({ $0.snapshot }) { return snapshot.students.filter(filter.contains) }
        return try store.pupils(filter)
    }

    /// Forgets the snapshot and what was derived from it, so the next request sees what an import or
    /// `forget` changed.
    public func refresh() {
        loaded.withLock { state in
            state = Loaded(generation: state.generation + 1)
        }
    }

    /// The store's data fingerprint (`MatchDatabase.dataFingerprint()`), computed once per data version.
    public func dataFingerprint() throws -> String {
        try derived(\.fingerprint, { $0.fingerprint = $1 }) { try store.dataFingerprint() }
    }

    /// A matcher over the vacancies with these ids, built once per data version and reused by every
    /// request for the same vacancies and year.
    func vacancyMatcher(_ vacancyIDs: [String], referenceYear: Int) throws -> VacancyMatcher {
        let key = MatcherKey(vacancyIDs: vacancyIDs, referenceYear: referenceYear)
        return try derived({ $0.vacancyMatchers[key] }, { state, matcher in
            if state.vacancyMatchers.count >= Self.keptMatchers { state.vacancyMatchers.removeAll() }
            state.vacancyMatchers[key] = matcher
        }) {
            // Built from the snapshot of the generation it is kept under, never a request's older one.
            let current = try snapshot()
            return try VacancyMatcher(catalogue: current.catalogue, vacancies: vacancyIDs.map { try current.vacancy($0) },
                                      referenceYear: referenceYear)
        }
    }

    /// The best `top` students of each of these vacancies and the exclusion counts, ranked once per data
    /// version: an employer's shortlist is asked for again and again while nothing changes, and ranking it
    /// meets every student. `progress` hears the students scored when it is ranked, not when it is kept.
    func shortlistRanking(_ vacancyIDs: [String], top: Int, referenceYear: Int,
                          progress: ((Int) -> Void)? = nil) throws -> ShortlistRanking {
        let key = RankingKey(matcher: MatcherKey(vacancyIDs: vacancyIDs, referenceYear: referenceYear), top: top)
        return try derived({ $0.shortlistRankings[key] }, { state, ranking in
            if state.shortlistRankings.count >= Self.keptMatchers { state.shortlistRankings.removeAll() }
            state.shortlistRankings[key] = ranking
        }) {
            let students = try snapshot().students
            let (best, counts) = try vacancyMatcher(vacancyIDs, referenceYear: referenceYear).shortlists(students, k: top, progress: progress)
            return ShortlistRanking(students: students, best: best, counts: counts)
        }
    }

    /// The specialty recommender over the snapshot's catalogue, built once per data version: a pupil's
    /// page asks for it on every request.
    func specialtyRecommender() throws -> SpecialtyRecommender {
        try derived(\.specialtyRecommender, { $0.specialtyRecommender = $1 }) {
            try SpecialtyRecommender(catalogue: try catalogue())
        }
    }

    /// A matcher over every vacancy for this reference year, built once per data version.
    func catalogueMatcher(referenceYear: Int) throws -> VacancyMatcher {
        try derived({ $0.catalogueMatchers[referenceYear] }, { state, matcher in
            if state.catalogueMatchers.count >= Self.keptMatchers { state.catalogueMatchers.removeAll() }
            state.catalogueMatchers[referenceYear] = matcher
        }) {
            try VacancyMatcher(catalogue: try catalogue(), referenceYear: referenceYear)
        }
    }

    /// A value kept with the snapshot: read under the lock, else computed outside it (other requests go on)
    /// and kept unless `refresh()` ran meanwhile.
    private func derived<Value>(_ read: (Loaded) -> Value?, _ keep: (inout Loaded, Value) -> Void,
                                compute: () throws -> Value) throws -> Value {
        let (cached, generation) = loaded.withLock { (read($0), $0.generation) }
        if let cached { return cached }
        let value = try compute()
        loaded.withLock { state in
            if state.generation == generation { keep(&state, value) }
        }
        return value
    }
}
