import Foundation
import GRDB

extension SQLiteStore {
    /// The tables of the server: full-text search over published briefs, brief versions, editors,
    /// their sessions, the audit log and the record of pipeline runs.
    static func createDeskTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE brief_search USING fts5(
                storyID UNINDEXED, headline, body, tokenize = 'unicode61 remove_diacritics 2'
            );
            -- A brief removed in any way (a story note, a story that is gone) leaves the index with it.
            CREATE TRIGGER brief_search_after_delete AFTER DELETE ON brief BEGIN
                DELETE FROM brief_search WHERE storyID = old.storyID;
            END;
            ALTER TABLE brief ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            -- The editor who last changed the brief; the pipeline leaves such a brief as the editor left it.
            ALTER TABLE brief ADD COLUMN editedBy TEXT;
            CREATE TABLE brief_version (
                storyID TEXT NOT NULL,
                version INTEGER NOT NULL,
                status TEXT NOT NULL,
                body TEXT NOT NULL,
                createdAt DOUBLE NOT NULL,
                PRIMARY KEY (storyID, version)
            );
            CREATE TABLE editor (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE,
                passwordHash TEXT NOT NULL,
                createdAt DOUBLE NOT NULL
            );
            CREATE TABLE editor_session (
                tokenHash TEXT PRIMARY KEY,
                editorID INTEGER NOT NULL REFERENCES editor(id) ON DELETE CASCADE,
                csrfToken TEXT NOT NULL,
                createdAt DOUBLE NOT NULL,
                expiresAt DOUBLE NOT NULL
            );
            CREATE INDEX editor_session_expiry ON editor_session(expiresAt);
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at DOUBLE NOT NULL,
                editor TEXT NOT NULL,
                action TEXT NOT NULL,
                storyID TEXT NOT NULL,
                version INTEGER NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE TABLE pipeline_run (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                startedAt DOUBLE NOT NULL,
                finishedAt DOUBLE NOT NULL,
                ok INTEGER NOT NULL,
                summary TEXT NOT NULL
            );
            """)
        // Briefs published before the index existed are indexed now.
        for storyID in try String.fetchAll(db, sql: "SELECT storyID FROM brief WHERE status = 'published'") {
            try syncSearch(db, storyID: storyID)
        }
    }
}
