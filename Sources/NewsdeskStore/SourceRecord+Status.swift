import Foundation

extension SourceRecord {
    /// The source's state in one line for `newsdesk source list`: ok, not fetched yet, or the last
    /// error, and when it waits, until when and why ("waiting until 2026-01-05T10:00:00Z: the
    /// server asked to wait (Retry-After: 3600 s)").
    public func statusLine(now: Date) -> String {
        var status = lastError.map { "error: \($0)" } ?? (lastFetched == nil ? "not fetched yet" : "ok")
        if let notBefore, notBefore > now {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            status += " · waiting until \(formatter.string(from: notBefore))\(waitReason.map { ": \($0)" } ?? "")"
        }
        return status
    }
}
