import Matcher
import Foundation
import Synchronization
import Profiles

/// The jobs' one entry point: a store and a snapshot of it (catalogue, students) loaded once and served to
/// many requests — the CLI's one, a web server's many at once. `refresh()` after an import reloads it.
///
/// Each job is an extension in `Jobs/`: a request value in, a result document out.
public final class MatchEngine: Sendable {
    public let store: MatchDatabase
    private let loaded = Mutex<Snapshot?>(nil)

    public init(store: MatchDatabase) {
        self.store = store
    }

    /// The loaded snapshot; the first call reads it from the store.
    public func snapshot() throws -> Snapshot {
        try loaded.withLock { snapshot in
            if let snapshot { return snapshot }
            let fresh = Snapshot(catalogue: try store.catalogue(), students: try store.students())
            snapshot = fresh
            return fresh
        }
    }

    /// Forgets the snapshot, so the next request sees what an import or `forget` changed.
    public func refresh() {
        loaded.withLock { $0 = nil }
    }
}
