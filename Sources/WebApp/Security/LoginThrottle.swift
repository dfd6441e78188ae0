import Foundation
import Synchronization

/// Failed sign-ins per login (or code) and per client address: after `limit` failures within `window`,
/// further attempts are refused until the window has passed, so passwords and codes cannot be guessed fast.
final class LoginThrottle: Sendable {
    let limit: Int
    let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int = 5, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Whether any of the keys has had `limit` failures in the window.
    func isBlocked(_ keys: [String], now: Date = Date()) -> Bool {
        failures.withLock { failures in
            keys.contains { key in (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }.count >= limit }
        }
    }

    func recordFailure(_ keys: [String], now: Date = Date()) {
        failures.withLock { failures in
            // Old entries go as new ones come, so the table stays as small as the attempts of one window.
            failures = failures.compactMapValues { times in
                let recent = times.filter { now.timeIntervalSince($0) < window }
                return recent.isEmpty ? nil : recent
            }
            for key in keys { failures[key, default: []].append(now) }
        }
    }

    func clear(_ key: String) {
        _ = failures.withLock { $0.removeValue(forKey: key) }
    }
}
