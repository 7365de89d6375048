import Foundation
import GRDB

extension SQLiteStore {
    /// Adds a feed URL; adding one that exists returns the existing record.
    @discardableResult
    public func addSource(url: String, now: Date = Date()) throws -> SourceRecord {
        try addSource(url: url, title: nil, category: nil, now: now).record
    }

    /// Adds a feed URL with an optional title and folder; `added` is false when the URL was already
    /// a source (the stored record is then left as it was).
    public func addSource(url: String, title: String?, category: String?, now: Date = Date()) throws -> (record: SourceRecord, added: Bool) {
        let added = try writer.write { db -> Bool in
            try db.execute(
                sql: "INSERT INTO source (url, title, category, createdAt) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO NOTHING",
                arguments: [url, title, category, now.timeIntervalSince1970])
            return db.changesCount > 0
        }
        guard let record = try sources().first(where: { $0.url == url }) else { throw StoreError.sourceNotFound(url) }
        return (record, added)
    }

    /// Removes a source by id or URL; its articles stay (they may already stand in published briefs).
    public func removeSource(_ key: String) throws {
        let removed = try writer.write { db -> Int in
            if let id = Int64(key) {
                try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [id])
            } else {
                try db.execute(sql: "DELETE FROM source WHERE url = ?", arguments: [key])
            }
            return db.changesCount
        }
        if removed == 0 { throw StoreError.sourceNotFound(key) }
    }

    public func sources() throws -> [SourceRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT source.*, (SELECT COUNT(*) FROM article WHERE article.sourceID = source.id) AS articleCount
                FROM source ORDER BY id
                """).map { row in
                SourceRecord(
                    id: row["id"], url: row["url"], title: row["title"], etag: row["etag"],
                    lastModified: row["lastModified"],
                    lastFetched: (row["lastFetched"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    lastError: row["lastError"], articleCount: row["articleCount"], category: row["category"],
                    notBefore: (row["notBefore"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    failureCount: row["failureCount"], waitReason: row["waitReason"])
            }
        }
    }

    /// Records a successful fetch: validators for the next conditional GET, the feed title, error and
    /// backoff cleared.
    public func recordFetchSuccess(sourceID: Int64, title: String?, etag: String?, lastModified: String?, now: Date = Date()) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    UPDATE source SET title = COALESCE(?, title), etag = ?, lastModified = ?, lastFetched = ?, lastError = NULL,
                        notBefore = NULL, failureCount = 0, waitReason = NULL
                    WHERE id = ?
                    """,
                arguments: [title, etag, lastModified, now.timeIntervalSince1970, sourceID])
        }
    }

    /// Records a failed fetch with its one-line reason; everything stored before stays. With
    /// `notBefore`, the source is skipped until then, and `waitReason` says why.
    public func recordFetchFailure(
        sourceID: Int64, reason: String, notBefore: Date? = nil, waitReason: String? = nil, now: Date = Date()
    ) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    UPDATE source SET lastError = ?, lastFetched = ?, failureCount = failureCount + 1, notBefore = ?, waitReason = ?
                    WHERE id = ?
                    """,
                arguments: [reason, now.timeIntervalSince1970, notBefore?.timeIntervalSince1970, waitReason, sourceID])
        }
    }

    /// A permanent redirect moves the source to its new address.
    public func updateSourceURL(sourceID: Int64, to url: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE OR IGNORE source SET url = ? WHERE id = ?", arguments: [url, sourceID])
        }
    }

    public func recordPageFailure(url: String, sourceID: Int64?, reason: String, now: Date = Date()) throws {
        try writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO page_failure (url, sourceID, reason, at) VALUES (?, ?, ?, ?)",
                arguments: [url, sourceID, reason, now.timeIntervalSince1970])
        }
    }

    public func pageFailures() throws -> [(url: String, reason: String)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT url, reason FROM page_failure ORDER BY url").map { ($0["url"], $0["reason"]) }
        }
    }
}
