import Foundation
import GRDB
import NewsdeskCore

/// A published brief that matches a search, with the matching words marked in a snippet.
public struct SearchHit: Codable, Sendable, Equatable {
    public var storyID: String
    public var headline: String
    /// A short excerpt of the body around the match; matched words are wrapped in « and ».
    public var snippet: String
}

extension SQLiteStore {
    /// The search index row of one story: present exactly when its brief is published.
    static func syncSearch(_ db: Database, storyID: String) throws {
        try db.execute(sql: "DELETE FROM brief_search WHERE storyID = ?", arguments: [storyID])
        guard let row = try Row.fetchOne(db, sql: "SELECT status, body FROM brief WHERE storyID = ?", arguments: [storyID]),
            (row["status"] as String) == BriefStatus.published.rawValue
        else { return }
        let body: String = row["body"]
        guard let stored = try? JSONDecoder.store.decode(StoredBrief.self, from: Data(body.utf8)) else { return }
        let text = stored.brief.allSentences.map(\.text).joined(separator: " ")
        try db.execute(
            sql: "INSERT INTO brief_search (storyID, headline, body) VALUES (?, ?, ?)",
            arguments: [storyID, stored.brief.headline, text])
    }

    /// Published briefs matching every word of `terms`, best match first (FTS5's bm25 rank), and
    /// the number of matches in all.
    ///
    /// The terms are passed as quoted FTS5 strings, so a reader's text is never read as query syntax.
    public func search(terms: [String], limit: Int, offset: Int) throws -> (total: Int, hits: [SearchHit]) {
        let query = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        return try writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brief_search WHERE brief_search MATCH ?", arguments: [query]) ?? 0
            let hits = try Row.fetchAll(
                db,
                sql: """
                    SELECT storyID, headline, snippet(brief_search, 2, '«', '»', '…', 16) AS snippet
                    FROM brief_search WHERE brief_search MATCH ? ORDER BY bm25(brief_search), storyID LIMIT ? OFFSET ?
                    """,
                arguments: [query, limit, offset]
            ).map { SearchHit(storyID: $0["storyID"], headline: $0["headline"], snippet: $0["snippet"]) }
            return (total, hits)
        }
    }
}
