import Foundation
import GRDB
import NewsdeskCore

/// An editor of the review desk: a name and a password hash (never the password).
public struct EditorRecord: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var passwordHash: String
}

/// A signed-in editor's session, found by the hash of its cookie token.
public struct EditorSession: Sendable, Equatable {
    public var editorID: Int64
    public var editorName: String
    /// The token every form of this session must carry.
    public var csrfToken: String
    public var expiresAt: Date
}

/// One editorial action: who did what to which brief and when.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var at: Date
    public var editor: String
    /// approve, reject, edit, correct.
    public var action: String
    public var storyID: String
    /// The brief's version after the action.
    public var version: Int
    public var detail: String
}

extension SQLiteStore {
    /// Adds an editor, or replaces the password hash of one with that name; true when added.
    @discardableResult
    public func saveEditor(name: String, passwordHash: String, now: Date = Date()) throws -> Bool {
        try writer.write { db in
            let existed = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM editor WHERE name = ?)", arguments: [name]) ?? false
            try db.execute(
                sql: """
                    INSERT INTO editor (name, passwordHash, createdAt) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET passwordHash = excluded.passwordHash
                    """,
                arguments: [name, passwordHash, now.timeIntervalSince1970])
            if existed { try db.execute(sql: "DELETE FROM editor_session WHERE editorID = (SELECT id FROM editor WHERE name = ?)", arguments: [name]) }
            return !existed
        }
    }

    public func editor(named name: String) throws -> EditorRecord? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, passwordHash FROM editor WHERE name = ?", arguments: [name]).map {
                EditorRecord(id: $0["id"], name: $0["name"], passwordHash: $0["passwordHash"])
            }
        }
    }

    public func createSession(tokenHash: String, editorID: Int64, csrfToken: String, expiresAt: Date, now: Date = Date()) throws {
        try writer.write { db in
            // Expired sessions are swept whenever a new one starts.
            try db.execute(sql: "DELETE FROM editor_session WHERE expiresAt <= ?", arguments: [now.timeIntervalSince1970])
            try db.execute(
                sql: "INSERT INTO editor_session (tokenHash, editorID, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [tokenHash, editorID, csrfToken, now.timeIntervalSince1970, expiresAt.timeIntervalSince1970])
        }
    }

    /// The live session with this token hash; nil when there is none or it has expired.
    public func session(tokenHash: String, now: Date = Date()) throws -> EditorSession? {
        try writer.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT editor_session.editorID, editor.name, editor_session.csrfToken, editor_session.expiresAt
                    FROM editor_session JOIN editor ON editor.id = editor_session.editorID
                    WHERE editor_session.tokenHash = ? AND editor_session.expiresAt > ?
                    """,
                arguments: [tokenHash, now.timeIntervalSince1970]
            ).map {
                EditorSession(
                    editorID: $0["editorID"], editorName: $0["name"], csrfToken: $0["csrfToken"],
                    expiresAt: Date(timeIntervalSince1970: $0["expiresAt"]))
            }
        }
    }

    public func deleteSession(tokenHash: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM editor_session WHERE tokenHash = ?", arguments: [tokenHash]) }
    }

    /// Stores an editor's version of a brief, its history row and the audit entry in one
    /// transaction, and keeps the search index in step. Returns the brief's new version.
    ///
    /// `newVersion` is true when the text changed (edit, correction); approving or rejecting
    /// keeps the version number.
    @discardableResult
    public func saveEditorial(
        _ stored: StoredBrief, editor: String, action: String, detail: String, newVersion: Bool, now: Date = Date()
    ) throws -> Int {
        let body = String(decoding: try JSONEncoder.store.encode(stored), as: UTF8.self)
        let storyID = stored.brief.storyID
        return try writer.write { db in
            guard let current = try Int.fetchOne(db, sql: "SELECT version FROM brief WHERE storyID = ?", arguments: [storyID]) else {
                throw StoreError.briefNotFound(storyID)
            }
            let version = newVersion ? current + 1 : current
            // The pipeline's text is kept as the first version the first time an editor changes it.
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO brief_version (storyID, version, status, body, createdAt)
                    SELECT storyID, version, status, body, updatedAt FROM brief WHERE storyID = ?
                    """,
                arguments: [storyID])
            try db.execute(
                sql: "UPDATE brief SET status = ?, body = ?, updatedAt = ?, version = ?, editedBy = ? WHERE storyID = ?",
                arguments: [stored.status.rawValue, body, now.timeIntervalSince1970, version, editor, storyID])
            try db.execute(
                sql: "INSERT OR REPLACE INTO brief_version (storyID, version, status, body, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [storyID, version, stored.status.rawValue, body, now.timeIntervalSince1970])
            try db.execute(
                sql: "INSERT INTO audit (at, editor, action, storyID, version, detail) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [now.timeIntervalSince1970, editor, action, storyID, version, detail])
            try Self.syncSearch(db, storyID: storyID)
            return version
        }
    }

    /// The audit log, newest first.
    public func auditEntries(storyID: String? = nil, limit: Int = 200) throws -> [AuditEntry] {
        try writer.read { db in
            let filter = storyID == nil ? "" : "WHERE storyID = ?"
            let arguments: StatementArguments = storyID.map { [$0] } ?? []
            return try Row.fetchAll(db, sql: "SELECT * FROM audit \(filter) ORDER BY id DESC LIMIT ?", arguments: arguments + [limit]).map {
                AuditEntry(
                    at: Date(timeIntervalSince1970: $0["at"]), editor: $0["editor"], action: $0["action"], storyID: $0["storyID"],
                    version: $0["version"], detail: $0["detail"])
            }
        }
    }

    /// How many versions of a brief are kept (the pipeline's text counts once an editor has acted).
    public func briefVersionCount(storyID: String) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brief_version WHERE storyID = ?", arguments: [storyID]) ?? 0
        }
    }
}
