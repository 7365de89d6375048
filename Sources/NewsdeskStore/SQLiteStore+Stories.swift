import Foundation
import GRDB
import NewsdeskCore

extension SQLiteStore {
    /// Replaces the story grouping; briefs of stories that still exist are kept.
    public func replaceStories(_ stories: [Story]) throws {
        try writer.write { db in
            let ids = stories.map(\.id)
            let existing = try String.fetchAll(db, sql: "SELECT id FROM story")
            for gone in Set(existing).subtracting(ids) {
                try db.execute(sql: "DELETE FROM story WHERE id = ?", arguments: [gone])
            }
            try db.execute(sql: "DELETE FROM story_article")
            for story in stories {
                try db.execute(
                    sql: """
                        INSERT INTO story (id, firstSeen, lastSeen) VALUES (?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET firstSeen = excluded.firstSeen, lastSeen = excluded.lastSeen
                        """,
                    arguments: [story.id, story.firstSeen?.timeIntervalSince1970, story.lastSeen?.timeIntervalSince1970])
                for articleID in story.articleIDs {
                    try db.execute(sql: "INSERT INTO story_article (storyID, articleID) VALUES (?, ?)", arguments: [story.id, articleID])
                }
            }
        }
    }

    public func stories() throws -> [Story] {
        try writer.read { db in
            let members = try Row.fetchAll(db, sql: "SELECT storyID, articleID FROM story_article ORDER BY articleID")
            var byStory: [String: [Int64]] = [:]
            for row in members { byStory[row["storyID"], default: []].append(row["articleID"]) }
            return try Row.fetchAll(db, sql: "SELECT * FROM story ORDER BY lastSeen DESC, id").map { row in
                let id: String = row["id"]
                return Story(
                    id: id, articleIDs: byStory[id] ?? [],
                    firstSeen: (row["firstSeen"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    lastSeen: (row["lastSeen"] as Double?).map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    /// Stores the pipeline's brief for a story. A brief an editor has changed (approved, edited,
    /// rejected, corrected) is left as the editor left it: the desk's decision stands over reruns.
    public func saveBrief(_ stored: StoredBrief) throws {
        let body = String(decoding: try JSONEncoder.store.encode(stored), as: UTF8.self)
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO brief (storyID, status, body, updatedAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(storyID) DO UPDATE SET status = excluded.status, body = excluded.body,
                        updatedAt = excluded.updatedAt
                    WHERE brief.editedBy IS NULL
                    """,
                arguments: [stored.brief.storyID, stored.status.rawValue, body, stored.updated.timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM story_note WHERE storyID = ?", arguments: [stored.brief.storyID])
            try Self.syncSearch(db, storyID: stored.brief.storyID)
        }
    }

    /// Records why a story has no brief (too few sources, say), replacing any brief it had.
    public func saveStoryNote(storyID: String, note: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM brief WHERE storyID = ?", arguments: [storyID])
            try db.execute(sql: "INSERT OR REPLACE INTO story_note (storyID, note) VALUES (?, ?)", arguments: [storyID, note])
        }
    }

    public func briefs(status: BriefStatus? = nil) throws -> [StoredBrief] {
        try writer.read { db in
            let rows = if let status {
                try Row.fetchAll(db, sql: "SELECT storyID, body FROM brief WHERE status = ?", arguments: [status.rawValue])
            } else {
                try Row.fetchAll(db, sql: "SELECT storyID, body FROM brief")
            }
            return try rows.map { row in
                let body: String = row["body"]
                do {
                    return try JSONDecoder.store.decode(StoredBrief.self, from: Data(body.utf8))
                } catch {
                    throw StoreError.corruptRecord(table: "brief", id: row["storyID"], reason: String(describing: error))
                }
            }.sorted { ($0.brief.newsDate ?? .distantPast, $0.brief.storyID) > ($1.brief.newsDate ?? .distantPast, $1.brief.storyID) }
        }
    }

    /// Every story with its brief or the note that says why it has none, newest first.
    public func storySummaries() throws -> [StorySummary] {
        let briefsByStory = Dictionary(try briefs().map { ($0.brief.storyID, $0) }, uniquingKeysWith: { a, _ in a })
        let notes = try writer.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT storyID, note FROM story_note").map { ($0["storyID"] as String, $0["note"] as String) },
                uniquingKeysWith: { a, _ in a })
        }
        return try stories().map { StorySummary(story: $0, brief: briefsByStory[$0.id], note: notes[$0.id]) }
    }
}
