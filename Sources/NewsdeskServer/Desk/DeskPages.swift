import Foundation
import NewsdeskCore
import NewsdeskStore

/// The desk's HTML: plain server-rendered pages and forms, no script. Every value is escaped.
enum DeskPages {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func page(_ title: String, editor: String?, csrf: String?, _ body: String) -> String {
        var nav = ""
        if let editor, let csrf {
            nav = """
                <nav aria-label="Desk"><a href="/desk">Queue</a> <a href="/desk/audit">Audit log</a> \
                <form class="inline" method="post" action="/desk/logout"><input type="hidden" name="csrf" value="\(escape(csrf))">\
                <button type="submit">Sign out \(escape(editor))</button></form></nav>
                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>\(escape(title)) — newsdesk review desk</title>
            <link rel="stylesheet" href="/style.css"></head>
            <body><header class="masthead"><a class="brand" href="/desk">Review desk</a>\(nav)</header>
            <main id="content">
            <h1>\(escape(title))</h1>
            \(body)
            </main></body></html>

            """
    }

    static func login(csrf: String, message: String?) -> String {
        page("Sign in", editor: nil, csrf: nil, """
            \(message.map { "<p class=\"error\" role=\"alert\">\(escape($0))</p>" } ?? "")
            <form method="post" action="/desk/login">
            <input type="hidden" name="csrf" value="\(escape(csrf))">
            <p><label for="name">Name</label> <input id="name" name="name" autocomplete="username" required maxlength="64"></p>
            <p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
            <p><button type="submit">Sign in</button></p>
            </form>
            """)
    }

    static func queue(held: [VersionedBrief], published: [VersionedBrief], session: EditorSession) -> String {
        let heldItems = held.map { entry in
            let reasons = entry.stored.reasons.map { "<li>\(escape($0))</li>" }.joined()
            return """
                <li><a href="/desk/briefs/\(escape(entry.stored.brief.storyID))">\(escape(entry.stored.brief.headline))</a> \
                (version \(entry.version), \(escape(entry.stored.report.summary)))\
                \(reasons.isEmpty ? "<p>Verified; ready to approve.</p>" : "<ul class=\"reasons\">\(reasons)</ul>")</li>
                """
        }.joined(separator: "\n")
        let publishedItems = published.map { entry in
            "<li><a href=\"/desk/briefs/\(escape(entry.stored.brief.storyID))\">\(escape(entry.stored.brief.headline))</a> (version \(entry.version))</li>"
        }.joined(separator: "\n")
        return page("Held briefs", editor: session.editorName, csrf: session.csrfToken, """
            \(held.isEmpty ? "<p>No brief is waiting for review.</p>" : "<ol class=\"queue\">\n\(heldItems)\n</ol>")
            <h2>Published (for corrections)</h2>
            \(published.isEmpty ? "<p>Nothing is published yet.</p>" : "<ul>\n\(publishedItems)\n</ul>")
            """)
    }

    static func brief(_ entry: VersionedBrief, session: EditorSession, message: String?, problems: [String] = []) -> String {
        let stored = entry.stored
        let brief = stored.brief
        let id = escape(brief.storyID)
        let csrf = "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(session.csrfToken))\">"
        let problemList = (problems.isEmpty ? stored.reasons : problems).map { "<li>\(escape($0))</li>" }.joined()
        let sources = brief.sources.map { "<li value=\"\($0.number)\">\(escape($0.outlet)): \(escape($0.title))</li>" }.joined()
        let corrections = brief.corrections.map { "<li>\(escape(SiteDatesText.text($0.date))): \(escape($0.note))</li>" }.joined()
        var actions = ""
        if stored.status == .held {
            actions = """
                <h2>Decide</h2>
                <form method="post" action="/desk/briefs/\(id)/approve">\(csrf)<button type="submit">Approve and publish</button></form>
                <form method="post" action="/desk/briefs/\(id)/reject">\(csrf)
                <p><label for="reason">Reason for rejecting</label> <input id="reason" name="reason" maxlength="500"></p>
                <button type="submit">Reject</button></form>
                """
        }
        let editAction = stored.status == .published ? "correct" : "edit"
        let editForm = stored.status == .rejected ? "" : """
            <h2>\(stored.status == .published ? "Publish a correction" : "Edit")</h2>
            <p>One sentence per line, ending with its source numbers like [1][2]; a line starting with ## begins a section. The text is verified against the sources again.</p>
            <form method="post" action="/desk/briefs/\(id)/\(editAction)">\(csrf)
            <p><label for="headline">Headline</label><br><input id="headline" name="headline" size="80" maxlength="300" value="\(escape(brief.headline))"></p>
            <p><label for="description">Description</label><br><textarea id="description" name="description" rows="3" cols="80" maxlength="500">\(escape(brief.metaDescription))</textarea></p>
            <p><label for="body">Text</label><br><textarea id="body" name="body" rows="20" cols="100">\(escape(BriefText.format(brief)))</textarea></p>
            \(stored.status == .published ? "<p><label for=\"note\">Correction note for readers</label><br><textarea id=\"note\" name=\"note\" rows=\"2\" cols=\"80\" maxlength=\"500\" required></textarea></p>" : "")
            <p><button type="submit">\(stored.status == .published ? "Verify and publish the correction" : "Save and verify")</button></p>
            </form>
            """
        return page(brief.headline, editor: session.editorName, csrf: session.csrfToken, """
            \(message.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? "")
            <p>Story \(id) · status <strong class="status">\(escape(stored.status.rawValue))</strong> · version \(entry.version)\
            \(entry.editedBy.map { " · last changed by \(escape($0))" } ?? "") · \(escape(stored.report.summary))</p>
            \(problemList.isEmpty ? "" : "<h2>Why it is held</h2><ul class=\"reasons\">\(problemList)</ul>")
            \(corrections.isEmpty ? "" : "<h2>Corrections</h2><ul>\(corrections)</ul>")
            <h2>Sources</h2><ol>\(sources)</ol>
            \(actions)
            \(editForm)
            """)
    }

    static func audit(_ entries: [AuditEntry], session: EditorSession) -> String {
        let rows = entries.map { entry in
            """
            <tr><td><time datetime="\(SiteDatesText.iso(entry.at))">\(escape(SiteDatesText.iso(entry.at)))</time></td><td>\(escape(entry.editor))</td>\
            <td>\(escape(entry.action))</td><td><a href="/desk/briefs/\(escape(entry.storyID))">\(escape(entry.storyID))</a></td>\
            <td>\(entry.version)</td><td>\(escape(entry.detail))</td></tr>
            """
        }.joined(separator: "\n")
        return page("Audit log", editor: session.editorName, csrf: session.csrfToken, """
            <table><thead><tr><th scope="col">When (UTC)</th><th scope="col">Editor</th><th scope="col">Action</th><th scope="col">Story</th><th scope="col">Version</th><th scope="col">Detail</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table>
            """)
    }
}

/// Dates on desk pages: ISO 8601 in UTC.
enum SiteDatesText {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func text(_ date: Date) -> String { iso(date) }
}
