import Foundation
import GRDB
import NewsdeskCore

/// A stored brief with its version number and the editor who last changed it.
public struct VersionedBrief: Codable, Sendable, Equatable {
    public var stored: StoredBrief
    /// 1 for the pipeline's text; each edit or correction adds one.
    public var version: Int
    public var editedBy: String?
}

/// How many of each thing the database holds, for the metrics endpoint.
public struct StoreCounts: Sendable, Equatable {
    public var stories: Int
    public var briefs: [BriefStatus: Int]
    public var sources: Int
    public var articles: Int
}

/// One pass of the pipeline as recorded by whoever ran it.
public struct PipelineRunRecord: Sendable, Equatable {
    public var startedAt: Date
    public var finishedAt: Date
    public var ok: Bool
    public var summary: String

    public init(startedAt: Date, finishedAt: Date, ok: Bool, summary: String) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.ok = ok
        self.summary = summary
    }
}

extension SQLiteStore {
    /// A page of stories, newest first, with the total count.
    public func storyPage(limit: Int, offset: Int) throws -> (total: Int, items: [StorySummary]) {
        try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM story ORDER BY lastSeen DESC, id LIMIT ? OFFSET ?", arguments: [limit, offset])
            return (total, try rows.map { try Self.summary(db, storyRow: $0) })
        }
    }

    /// One story with its brief or the note that says why it has none.
    public func storySummary(id: String) throws -> StorySummary? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM story WHERE id = ?", arguments: [id]).map { try Self.summary(db, storyRow: $0) }
        }
    }

    private static func summary(_ db: Database, storyRow row: Row) throws -> StorySummary {
        let id: String = row["id"]
        let members = try Int64.fetchAll(db, sql: "SELECT articleID FROM story_article WHERE storyID = ? ORDER BY articleID", arguments: [id])
        let story = Story(
            id: id, articleIDs: members,
            firstSeen: (row["firstSeen"] as Double?).map(Date.init(timeIntervalSince1970:)),
            lastSeen: (row["lastSeen"] as Double?).map(Date.init(timeIntervalSince1970:)))
        let note = try String.fetchOne(db, sql: "SELECT note FROM story_note WHERE storyID = ?", arguments: [id])
        return StorySummary(story: story, brief: try versionedBrief(db, storyID: id)?.stored, note: note)
    }

    /// A page of briefs, optionally of one status, newest change first, with the total count.
    public func briefPage(status: BriefStatus?, limit: Int, offset: Int) throws -> (total: Int, items: [VersionedBrief]) {
        try writer.read { db in
            let filter = status == nil ? "" : "WHERE status = ?"
            let arguments: StatementArguments = status.map { [$0.rawValue] } ?? []
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brief \(filter)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT storyID, body, version, editedBy FROM brief \(filter) ORDER BY updatedAt DESC, storyID LIMIT ? OFFSET ?",
                arguments: arguments + [limit, offset])
            return (total, try rows.map(Self.versioned))
        }
    }

    /// One story's brief with its version.
    public func versionedBrief(storyID: String) throws -> VersionedBrief? {
        try writer.read { db in try Self.versionedBrief(db, storyID: storyID) }
    }

    static func versionedBrief(_ db: Database, storyID: String) throws -> VersionedBrief? {
        try Row.fetchOne(db, sql: "SELECT storyID, body, version, editedBy FROM brief WHERE storyID = ?", arguments: [storyID])
            .map(versioned)
    }

    private static func versioned(_ row: Row) throws -> VersionedBrief {
        let body: String = row["body"]
        do {
            let stored = try JSONDecoder.store.decode(StoredBrief.self, from: Data(body.utf8))
            return VersionedBrief(stored: stored, version: row["version"], editedBy: row["editedBy"])
        } catch {
            throw StoreError.corruptRecord(table: "brief", id: row["storyID"], reason: String(describing: error))
        }
    }

    /// A page of sources in the order they were added, with the total count.
    public func sourcePage(limit: Int, offset: Int) throws -> (total: Int, items: [SourceRecord]) {
        let all = try sources()
        let start = min(offset, all.count)
        return (all.count, Array(all[start..<min(start + limit, all.count)]))
    }

    /// The articles with the given ids (for re-verifying a brief against its sources).
    public func articles(ids: [Int64]) throws -> [SourceArticle] {
        let wanted = Set(ids)
        return try articles().filter { wanted.contains($0.id) }
    }

    public func counts() throws -> StoreCounts {
        try writer.read { db in
            var briefs: [BriefStatus: Int] = [:]
            for status in BriefStatus.allCases { briefs[status] = 0 }
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM brief GROUP BY status") {
                if let status = BriefStatus(rawValue: row["status"]) { briefs[status] = row["n"] }
            }
            return StoreCounts(
                stories: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0, briefs: briefs,
                sources: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") ?? 0,
                articles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0)
        }
    }

    /// Answers when the database can be read; throws otherwise.
    public func ping() throws {
        _ = try writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func recordRun(_ run: PipelineRunRecord) throws {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO pipeline_run (startedAt, finishedAt, ok, summary) VALUES (?, ?, ?, ?)",
                arguments: [run.startedAt.timeIntervalSince1970, run.finishedAt.timeIntervalSince1970, run.ok, run.summary])
        }
    }

    public func lastRun() throws -> PipelineRunRecord? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM pipeline_run ORDER BY id DESC LIMIT 1").map { row in
                PipelineRunRecord(
                    startedAt: Date(timeIntervalSince1970: row["startedAt"]), finishedAt: Date(timeIntervalSince1970: row["finishedAt"]),
                    ok: row["ok"], summary: row["summary"])
            }
        }
    }

    public func runCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM pipeline_run") ?? 0 }
    }
}
