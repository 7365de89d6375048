import Foundation
import NewsdeskCore
import NewsdeskStore

/// A page of items as every list endpoint answers it.
struct PageResource<Item: Encodable>: Encodable {
    var total: Int
    var limit: Int
    var offset: Int
    var items: [Item]
}

/// A story as the list endpoint shows it.
struct StoryResource: Codable {
    var id: String
    var status: String
    var headline: String?
    var articleCount: Int
    var firstSeen: Date?
    var lastSeen: Date?
    var verification: String?
    var reasons: [String]

    init(_ summary: StorySummary) {
        id = summary.story.id
        status = summary.brief?.status.rawValue ?? "unwritten"
        headline = summary.brief?.brief.headline
        articleCount = summary.story.articleIDs.count
        firstSeen = summary.story.firstSeen
        lastSeen = summary.story.lastSeen
        verification = summary.brief?.report.summary
        reasons = summary.brief?.reasons ?? summary.note.map { [$0] } ?? []
    }
}

/// One story in full: its articles, and its brief with the verification report, when it has one.
struct StoryDetailResource: Encodable {
    var id: String
    var status: String
    var articleIDs: [Int64]
    var firstSeen: Date?
    var lastSeen: Date?
    var note: String?
    var brief: BriefResource?
}

/// A brief with its verification report and publishing decision.
struct BriefResource: Encodable {
    var storyID: String
    var status: String
    var version: Int
    var reasons: [String]
    var updated: Date
    var brief: Brief
    var report: VerificationReport

    init(_ versioned: VersionedBrief) {
        storyID = versioned.stored.brief.storyID
        status = versioned.stored.status.rawValue
        version = versioned.version
        reasons = versioned.stored.reasons
        updated = versioned.stored.updated
        brief = versioned.stored.brief
        report = versioned.stored.report
    }
}

/// A configured source and the state of its last fetch.
struct SourceResource: Encodable {
    var id: Int64
    var url: String
    var title: String?
    var category: String?
    var articleCount: Int
    var lastFetched: Date?
    var lastError: String?
    var notBefore: Date?

    init(_ record: SourceRecord) {
        id = record.id
        url = record.url
        title = record.title
        category = record.category
        articleCount = record.articleCount
        lastFetched = record.lastFetched
        lastError = record.lastError
        notBefore = record.notBefore
    }
}
