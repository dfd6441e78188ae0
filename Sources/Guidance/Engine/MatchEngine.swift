import Matcher
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
        var snapshot: Snapshot?
        var fingerprint: String?
        var vacancyMatchers: [MatcherKey: VacancyMatcher] = [:]
        var specialtyRecommender: SpecialtyRecommender?
        /// Matchers over every vacancy, by reference year (a student's own recommendations).
        var catalogueMatchers: [Int: VacancyMatcher] = [:]
    }

    /// Which vacancies (ids, in order) a matcher scores, for which reference year.
    struct MatcherKey: Sendable, Hashable {
        var vacancyIDs: [String]
        var referenceYear: Int
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
            let fresh = Snapshot(catalogue: try store.catalogue(), students: try store.students())
            state.snapshot = fresh
            return fresh
        }
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

    /// The specialty recommender over the snapshot's catalogue, built once per data version: a pupil's
    /// page asks for it on every request.
    func specialtyRecommender() throws -> SpecialtyRecommender {
        try derived(\.specialtyRecommender, { $0.specialtyRecommender = $1 }) {
            try SpecialtyRecommender(catalogue: try snapshot().catalogue)
        }
    }

    /// A matcher over every vacancy for this reference year, built once per data version.
    func catalogueMatcher(referenceYear: Int) throws -> VacancyMatcher {
        try derived({ $0.catalogueMatchers[referenceYear] }, { state, matcher in
            if state.catalogueMatchers.count >= Self.keptMatchers { state.catalogueMatchers.removeAll() }
            state.catalogueMatchers[referenceYear] = matcher
        }) {
            try VacancyMatcher(catalogue: try snapshot().catalogue, referenceYear: referenceYear)
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
