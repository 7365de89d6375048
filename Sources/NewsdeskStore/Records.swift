import Foundation
import NewsdeskCore

/// A configured source (a feed URL) and the state of its last fetch.
public struct SourceRecord: Codable, Sendable, Equatable {
    public var id: Int64
    public var url: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastFetched: Date?
    /// The last failure in one line ("HTTP 404 Not Found"), cleared by the next success.
    public var lastError: String?
    public var articleCount: Int
    /// The folder the source sits in (from OPML), nested folders joined with "/".
    public var category: String?
    /// The source is not fetched before this time (the server's Retry-After, or backoff after failures).
    public var notBefore: Date?
    /// Failures in a row since the last success.
    public var failureCount: Int = 0
    /// Why the source waits until `notBefore`, in one line.
    public var waitReason: String?
}

/// Whether a brief went out, waits for an editor, or was turned down by one.
public enum BriefStatus: String, Codable, Sendable, CaseIterable {
    case published, held, rejected
}

/// A brief with its verification report and publishing decision.
public struct StoredBrief: Codable, Sendable, Equatable {
    public var brief: Brief
    public var report: VerificationReport
    public var status: BriefStatus
    /// For a held brief: why, one line each.
    public var reasons: [String]
    public var updated: Date

    public init(brief: Brief, report: VerificationReport, status: BriefStatus, reasons: [String], updated: Date) {
        self.brief = brief
        self.report = report
        self.status = status
        self.reasons = reasons
        self.updated = updated
    }
}

/// A story without a brief, and why.
public struct StorySummary: Codable, Sendable, Equatable {
    public var story: Story
    public var brief: StoredBrief?
    public var note: String?
}
