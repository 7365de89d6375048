import Foundation
import GRDB
import NewsdeskCore

extension SQLiteStore {
    public func hasArticle(url: String) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM article WHERE url = ?)", arguments: [url]) ?? false
        }
    }

    /// Stores an article once per URL; storing it again updates its text (an updated version).
    @discardableResult
    public func saveArticle(_ article: Article, outlet: String, sourceID: Int64?, now: Date = Date()) throws -> Int64 {
        let body = String(decoding: try JSONEncoder.store.encode(article), as: UTF8.self)
        return try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (sourceID, url, outlet, title, published, body, fetchedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET title = excluded.title, published = excluded.published,
                        body = excluded.body, outlet = excluded.outlet
                    """,
                arguments: [sourceID, article.url, outlet, article.title, article.published?.timeIntervalSince1970, body,
                    now.timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM page_failure WHERE url = ?", arguments: [article.url])
            return try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE url = ?", arguments: [article.url])!
        }
    }

    /// Every stored article in stream order (publication time, then arrival).
    public func articles() throws -> [SourceArticle] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, outlet, body, duplicateOf FROM article ORDER BY published IS NULL, published, id")
                .map { row in
                    let id: Int64 = row["id"]
                    let body: String = row["body"]
                    do {
                        let article = try JSONDecoder.store.decode(Article.self, from: Data(body.utf8))
                        return SourceArticle(id: id, outlet: row["outlet"], article: article, duplicateOf: row["duplicateOf"])
                    } catch {
                        throw StoreError.corruptRecord(table: "article", id: String(id), reason: String(describing: error))
                    }
                }
        }
    }

    /// Replaces the duplicate links of all articles in one transaction.
    public func setDuplicates(_ links: [Int64: Int64]) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE article SET duplicateOf = NULL")
            for (copy, original) in links {
                try db.execute(sql: "UPDATE article SET duplicateOf = ? WHERE id = ?", arguments: [original, copy])
            }
        }
    }
}

extension JSONEncoder {
    static var store: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension JSONDecoder {
    static var store: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
