import Foundation
import NewsdeskCore
import NewsdeskServer
import NewsdeskSite
import NewsdeskStore
import Testing

/// The editor review desk over a real server and database: sign-in, sessions, CSRF, rate limits,
/// and every editorial action with its audit row.
@Suite(.serialized)
struct ReviewDeskTests {
    static let password = "correct horse battery staple"

    static func addEditor(_ store: SQLiteStore, _ name: String = "ada") throws {
        try store.saveEditor(name: name, passwordHash: try PasswordHasher().hash(password))
    }

    /// Signs in and returns the session cookie and the session's CSRF token.
    static func signIn(_ http: TestHTTP, name: String = "ada", password: String = ReviewDeskTests.password) async throws -> (cookie: String, csrf: String) {
        let form = try await http.get("/desk/login")
        let loginCookie = try #require(cookiePair(form, "newsdesk_login"))
        let loginToken = try #require(csrfToken(in: form.body))
        let answer = try await http.post("/desk/login", cookie: loginCookie, form: [("csrf", loginToken), ("name", name), ("password", password)])
        #expect(answer.status == 303)
        let session = try #require(cookiePair(answer, "newsdesk_session"))
        let queue = try await http.get("/desk", cookie: session)
        #expect(queue.status == 200)
        return (session, try #require(csrfToken(in: queue.body)))
    }

    @Test func passwordsAreStoredAsScryptHashes() throws {
        let hasher = PasswordHasher()
        let hash = try hasher.hash(Self.password)
        #expect(hash.hasPrefix("scrypt$15$8$1$"))
        #expect(!hash.contains(Self.password))
        #expect(hasher.verify(Self.password, against: hash))
        #expect(!hasher.verify(Self.password + "!", against: hash))
        #expect(!hasher.verify(Self.password, against: "scrypt$1$8$1$AAAA$AAAA"))
        #expect(try hasher.hash(Self.password) != hash, "a fresh salt every time")
        #expect(PasswordHasher(cost: 4).cost == PasswordHasher.minimumCost)
    }

    @Test func theDeskRefusesRequestsWithoutASessionOrWithAWrongToken() async throws {
        let fixture = try ServerFixture.make()
        try Self.addEditor(fixture.store)
        try await fixture.withServer { http, _ in
            let page = try await http.get("/desk")
            #expect(page.status == 303)
            #expect(page.header("location") == "/desk/login")
            let audit = try await http.get("/desk/audit")
            #expect(audit.status == 303)
            let post = try await http.post("/desk/briefs/s-2/approve", form: [("csrf", "x")])
            #expect(post.status == 401)
            let forged = try await http.post("/desk/briefs/s-2/approve", cookie: "newsdesk_session=made-up", form: [("csrf", "x")])
            #expect(forged.status == 401)

            // Sign-in itself needs the form's token.
            let noToken = try await http.post("/desk/login", form: [("name", "ada"), ("password", Self.password)])
            #expect(noToken.status == 403)

            let form = try await http.get("/desk/login")
            let loginCookie = try #require(cookiePair(form, "newsdesk_login"))
            let answer = try await http.post(
                "/desk/login", cookie: loginCookie, form: [("csrf", try #require(csrfToken(in: form.body))), ("name", "ada"), ("password", Self.password)])
            let setCookie = try #require(answer.headers["Set-Cookie"].first { $0.hasPrefix("newsdesk_session=") })
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Secure"))
            let session = try #require(cookiePair(answer, "newsdesk_session"))

            let wrong = try await http.post("/desk/briefs/s-2/approve", cookie: session, form: [("csrf", "not-the-token")])
            #expect(wrong.status == 403)
            let missing = try await http.post("/desk/briefs/s-2/approve", cookie: session, form: [])
            #expect(missing.status == 403)
            #expect(try fixture.store.versionedBrief(storyID: "s-2")?.stored.status == .held)
            #expect(try fixture.store.auditEntries().isEmpty)

            // Signing out ends the session on the server.
            let queue = try await http.get("/desk", cookie: session)
            let token = try #require(csrfToken(in: queue.body))
            let out = try await http.post("/desk/logout", cookie: session, form: [("csrf", token)])
            #expect(out.status == 303)
            let after = try await http.get("/desk", cookie: session)
            #expect(after.status == 303)
        }
    }

    @Test func signInAttemptsAreRateLimitedPerUser() async throws {
        let fixture = try ServerFixture.make()
        try Self.addEditor(fixture.store)
        try await fixture.withServer { http, _ in
            for _ in 0..<3 {
                let form = try await http.get("/desk/login")
                let answer = try await http.post(
                    "/desk/login", cookie: cookiePair(form, "newsdesk_login"),
                    form: [("csrf", csrfToken(in: form.body) ?? ""), ("name", "ada"), ("password", "wrong password!")])
                #expect(answer.status == 401)
                #expect(cookiePair(answer, "newsdesk_session") == nil)
            }
            // The limit (3 in the fixture) is reached: even the right password waits.
            let form = try await http.get("/desk/login")
            let limited = try await http.post(
                "/desk/login", cookie: cookiePair(form, "newsdesk_login"),
                form: [("csrf", csrfToken(in: form.body) ?? ""), ("name", "ada"), ("password", Self.password)])
            #expect(limited.status == 429)
            #expect(Int(limited.header("retry-after") ?? "") ?? 0 > 0)
            #expect(cookiePair(limited, "newsdesk_session") == nil)
            // Another editor from the same address is not locked out by ada's failures.
            try Self.addEditor(fixture.store, "grace")
            _ = try await Self.signIn(http, name: "grace")
        }
    }

    @Test func editApproveRejectAndCorrectAreVerifiedPublishedAndAudited() async throws {
        let fixture = try ServerFixture.make()
        try Self.addEditor(fixture.store)
        try await fixture.withServer { http, _ in
            let (session, csrf) = try await Self.signIn(http)
            let queue = try await http.get("/desk", cookie: session)
            #expect(queue.body.contains("51 agreements"))

            // The API's answer is cached until the database changes; the desk's changes show at once.
            let apiBefore = try await http.get("/api/v1/briefs/s-2")
            #expect(apiBefore.object["status"] as? String == "held")
            #expect(try await http.get("/api/v1/briefs/s-2").body == apiBefore.body)

            // 1. An edit that adds a figure no source gives stays held, with the verifier's reason.
            let held = try #require(try fixture.store.versionedBrief(storyID: "s-2"))
            let body = try #require(try await http.get("/desk/briefs/s-2", cookie: session).body.textareaValue(named: "body"))
            let bad = try await http.post("/desk/briefs/s-2/edit", cookie: session, form: [
                ("csrf", csrf), ("headline", fixture.goodHeadline), ("description", held.stored.brief.metaDescription),
                ("body", body + "\nSouth Korea and China signed 97 new agreements. [1]"),
            ])
            #expect(bad.status == 422)
            #expect(bad.body.contains("97"))
            let afterBad = try #require(try fixture.store.versionedBrief(storyID: "s-2"))
            #expect(afterBad.stored.status == .held)
            #expect(afterBad.version == 2)
            #expect(afterBad.stored.reasons.contains { $0.contains("97") })

            // 2. The same edit without it verifies: still held, no reasons, ready to approve.
            let good = try await http.post("/desk/briefs/s-2/edit", cookie: session, form: [
                ("csrf", csrf), ("headline", fixture.goodHeadline), ("description", held.stored.brief.metaDescription), ("body", body),
            ])
            #expect(good.status == 303)
            let afterGood = try #require(try fixture.store.versionedBrief(storyID: "s-2"))
            #expect(afterGood.stored.status == .held && afterGood.stored.reasons.isEmpty && afterGood.version == 3)
            #expect(afterGood.stored.brief.headline == fixture.goodHeadline)

            // 3. Approving publishes: the search index and the site have it.
            let approve = try await http.post("/desk/briefs/s-2/approve", cookie: session, form: [("csrf", csrf)])
            #expect(approve.status == 303)
            #expect(try fixture.store.versionedBrief(storyID: "s-2")?.stored.status == .published)
            let apiAfter = try await http.get("/api/v1/briefs/s-2")
            #expect(apiAfter.object["status"] as? String == "published")
            #expect(apiAfter.object["version"] as? Int == 3)
            let word = fixture.goodHeadline.split(separator: " ").first.map(String.init) ?? ""
            let search = try fixture.store.search(terms: [word], limit: 10, offset: 0)
            #expect(Set(search.hits.map(\.storyID)) == ["s-1", "s-2"])
            let s2Path = SiteRenderer.paths(for: try fixture.store.briefs(status: .published).map(\.brief))["s-2"]!
            #expect(FileManager.default.fileExists(atPath: fixture.site + "/" + s2Path))

            // 4. Rejecting keeps a brief off the site, and the pipeline leaves it so.
            let reject = try await http.post("/desk/briefs/s-3/reject", cookie: session, form: [("csrf", csrf), ("reason", "duplicate of s-1")])
            #expect(reject.status == 303)
            #expect(try fixture.store.versionedBrief(storyID: "s-3")?.stored.status == .rejected)
            var rerun = fixture.published
            rerun.brief.storyID = "s-3"
            rerun.brief.slug += "-s-3"
            try fixture.store.saveBrief(rerun)
            #expect(try fixture.store.versionedBrief(storyID: "s-3")?.stored.status == .rejected)

            // 5. A correction that adds an unsupported figure is refused; nothing changes.
            let published = try #require(try fixture.store.versionedBrief(storyID: "s-1"))
            let s1Body = BriefTextForTests.format(published.stored.brief)
            let refused = try await http.post("/desk/briefs/s-1/correct", cookie: session, form: [
                ("csrf", csrf), ("headline", published.stored.brief.headline), ("description", published.stored.brief.metaDescription),
                ("body", s1Body + "\nThe two leaders signed 97 agreements. [1]"), ("note", "Added the number of agreements."),
            ])
            #expect(refused.status == 422)
            #expect(try fixture.store.versionedBrief(storyID: "s-1")?.version == 1)

            // 6. A verified correction is a new public version with a note and a later dateModified.
            let lastSentence = try #require(published.stored.brief.allSentences.last)
            var lines = s1Body.split(separator: "\n").filter { !$0.hasPrefix(lastSentence.text) }
            if lines.last?.hasPrefix("## ") == true { lines.removeLast() }
            let trimmed = lines.joined(separator: "\n")
            let note = "An earlier version included a sentence that repeated the lead; it was removed."
            let corrected = try await http.post("/desk/briefs/s-1/correct", cookie: session, form: [
                ("csrf", csrf), ("headline", published.stored.brief.headline), ("description", published.stored.brief.metaDescription),
                ("body", trimmed), ("note", note),
            ])
            #expect(corrected.status == 303)
            let afterCorrection = try #require(try fixture.store.versionedBrief(storyID: "s-1"))
            #expect(afterCorrection.version == 2 && afterCorrection.stored.status == .published)
            #expect(afterCorrection.stored.brief.corrections.map(\.note) == [note])
            let modified = try #require(afterCorrection.stored.brief.modified)
            #expect(modified > published.stored.brief.written)
            #expect(try fixture.store.briefVersionCount(storyID: "s-1") == 2, "the first version is kept beside the correction")
            let s1Path = SiteRenderer.paths(for: try fixture.store.briefs(status: .published).map(\.brief))["s-1"]!
            let pageBody = try await http.get("/" + s1Path).body
            #expect(pageBody.contains("Corrections") && pageBody.contains(htmlEscaped(note)))
            let iso = ISO8601DateFormatter()
            iso.formatOptions = [.withInternetDateTime]
            #expect(pageBody.contains("\"dateModified\":\"\(iso.string(from: modified))\""))

            // 7. Every action is in the audit log, with who, what, which brief and which version.
            let audit = try fixture.store.auditEntries()
            #expect(audit.map(\.action) == ["correct", "reject", "approve", "edit", "edit"])
            #expect(audit.allSatisfy { $0.editor == "ada" })
            #expect(audit.map(\.storyID) == ["s-1", "s-3", "s-2", "s-2", "s-2"])
            #expect(audit.map(\.version) == [2, 1, 3, 3, 2])
            let auditPage = try await http.get("/desk/audit", cookie: session)
            #expect(auditPage.status == 200)
            #expect(auditPage.body.contains("duplicate of s-1") && auditPage.body.contains("correction: "))
        }
    }
}

extension String {
    /// The text of `<textarea name="...">` in a page, unescaped.
    func textareaValue(named name: String) -> String? {
        guard let start = range(of: "name=\"\(name)\""), let close = self[start.upperBound...].firstIndex(of: ">"),
            let end = self[close...].range(of: "</textarea>")
        else { return nil }
        return String(self[index(after: close)..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The desk's editing format, rebuilt here from the brief so the test does not reach into the server.
enum BriefTextForTests {
    static func format(_ brief: Brief) -> String {
        var lines = brief.lead.map { $0.text + " " + $0.citations.map { "[\($0)]" }.joined() }
        for section in brief.sections {
            lines.append("## " + section.heading)
            lines += section.sentences.map { $0.text + " " + $0.citations.map { "[\($0)]" }.joined() }
        }
        return lines.joined(separator: "\n")
    }
}
