import Foundation
import GRDB
import NewsdeskCore

/// The one owner of newsdesk's database: runs migrations when created and offers one-transaction
/// writes. Backed by a single SQLite file in WAL mode, so a killed process leaves it consistent.
///
/// ```swift
/// let store = try SQLiteStore(path: "newsdesk.sqlite")
/// let source = try store.addSource(url: "https://example.org/feed.xml")
/// ```
public struct SQLiteStore: Sendable {
    let writer: any DatabaseWriter
    /// A read-only connection of its own that only asks `PRAGMA data_version` (see `changeStamp()`);
    /// nil for an in-memory database.
    let watcher: DatabaseQueue?

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String) throws {
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: String(describing: error))
        }
        do {
            var readOnly = Configuration()
            readOnly.readonly = true
            readOnly.busyMode = .timeout(10)
            watcher = try DatabaseQueue(path: path, configuration: readOnly)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: String(describing: error))
        }
        try migrate()
    }

    /// A private in-memory database, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        watcher = nil
        try migrate()
    }

    private func migrate() throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,
                    etag TEXT,
                    lastModified TEXT,
                    lastFetched DOUBLE,
                    lastError TEXT,
                    createdAt DOUBLE NOT NULL
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sourceID INTEGER REFERENCES source(id) ON DELETE SET NULL,
                    url TEXT NOT NULL UNIQUE,
                    outlet TEXT NOT NULL,
                    title TEXT NOT NULL,
                    published DOUBLE,
                    body TEXT NOT NULL,
                    duplicateOf INTEGER REFERENCES article(id) ON DELETE SET NULL,
                    fetchedAt DOUBLE NOT NULL
                );
                CREATE INDEX article_published ON article(published);
                CREATE TABLE page_failure (
                    url TEXT PRIMARY KEY,
                    sourceID INTEGER REFERENCES source(id) ON DELETE CASCADE,
                    reason TEXT NOT NULL,
                    at DOUBLE NOT NULL
                );
                CREATE TABLE story (
                    id TEXT PRIMARY KEY,
                    firstSeen DOUBLE,
                    lastSeen DOUBLE
                );
                CREATE TABLE story_article (
                    storyID TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
                    articleID INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    PRIMARY KEY (storyID, articleID)
                );
                CREATE TABLE brief (
                    storyID TEXT PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,
                    status TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updatedAt DOUBLE NOT NULL
                );
                CREATE TABLE story_note (
                    storyID TEXT PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,
                    note TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("source-folders-and-backoff") { db in
            // category: the OPML folder a feed sits in ("News/World" for nested folders).
            // notBefore / failureCount / waitReason: a source that asked to be left alone (429/503 with
            // Retry-After) or keeps failing is skipped until notBefore.
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN category TEXT;
                ALTER TABLE source ADD COLUMN notBefore DOUBLE;
                ALTER TABLE source ADD COLUMN failureCount INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE source ADD COLUMN waitReason TEXT;
                """)
        }
        migrator.registerMigration("search-desk-audit") { db in
            try Self.createDeskTables(db)
        }
        try migrator.migrate(writer)
    }
}

extension SQLiteStore {
    /// A number that changes whenever a change is committed to the database, by this process or
    /// another (`newsdesk run` beside the server); nil for an in-memory database. Answers cached
    /// under one stamp are current as long as the stamp stays the same.
    ///
    /// SQLite's `PRAGMA data_version` changes when a connection other than the asking one commits;
    /// the watcher connection never writes, so every commit counts.
    public func changeStamp() -> Int? {
        guard let watcher else { return nil }
        return try? watcher.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }

    /// SQLite's own consistency check: "ok", or the first problem it found.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
