import Foundation

/// Counts failed logins per editor name and per client address in a sliding window, and refuses
/// further attempts once either count reaches its limit until the oldest failure leaves the window.
final class LoginThrottle: @unchecked Sendable {
    /// At most this many names and addresses are tracked; past it the oldest are forgotten, so a
    /// flood of made-up names cannot grow memory without bound.
    static let maximumKeys = 10_000

    let perUser: Int
    let perAddress: Int
    let window: TimeInterval
    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]

    init(perUser: Int, perAddress: Int, window: TimeInterval) {
        self.perUser = perUser
        self.perAddress = perAddress
        self.window = window
    }

    /// Seconds until another attempt is allowed, or nil when one is allowed now.
    func retryAfter(user: String, address: String, now: Date = Date()) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        var wait: TimeInterval?
        for (key, limit) in [("user:" + user.lowercased(), perUser), ("address:" + address, perAddress)] {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent
            if recent.count >= limit, let oldest = recent.first {
                wait = max(wait ?? 0, window - now.timeIntervalSince(oldest))
            }
        }
        return wait.map { max(1, Int($0.rounded(.up))) }
    }

    func recordFailure(user: String, address: String, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if failures.count >= Self.maximumKeys {
            let cutoff = now.addingTimeInterval(-window)
            failures = failures.filter { ($0.value.last ?? .distantPast) > cutoff }
            if failures.count >= Self.maximumKeys {
                // Still full of recent failures: keep the newest half.
                let keep = failures.sorted { ($0.value.last ?? .distantPast) > ($1.value.last ?? .distantPast) }.prefix(Self.maximumKeys / 2)
                failures = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
            }
        }
        failures["user:" + user.lowercased(), default: []].append(now)
        failures["address:" + address, default: []].append(now)
    }

    /// A successful login clears the name's failures (the address keeps its count).
    func recordSuccess(user: String) {
        lock.lock()
        defer { lock.unlock() }
        failures["user:" + user.lowercased()] = nil
    }
}
