import Foundation
import Hummingbird
import Logging
import NewsdeskStore

/// The editor review desk at /desk: sign in, the queue of held briefs, one brief with its
/// verifier's reasons and the approve / reject / edit / correct forms, and the audit log.
struct DeskRoutes: Sendable {
    static let loginCookie = "newsdesk_login"
    let settings: ServerSettings
    let store: SQLiteStore
    let logger: Logger
    let throttle: LoginThrottle
    let actions: DeskActions

    init(settings: ServerSettings, store: SQLiteStore, logger: Logger) {
        self.settings = settings
        self.store = store
        self.logger = logger
        throttle = LoginThrottle(
            perUser: settings.loginFailuresPerUser, perAddress: settings.loginFailuresPerAddress, window: settings.loginWindow)
        actions = DeskActions(store: store, settings: settings)
    }

    func register(on router: Router<NewsdeskRequestContext>) {
        router.get("/desk/login") { _, _ in loginPage(message: nil, status: .ok) }
        router.post("/desk/login") { request, context in try await login(request, context: context) }

        let desk = router.group("/desk").add(middleware: DeskSessionMiddleware(store: store))
        desk.get("") { _, context in
            let session = try context.requireSession()
            let held = try store.briefPage(status: .held, limit: 100, offset: 0).items
            let published = try store.briefPage(status: .published, limit: 50, offset: 0).items
            return Responses.html(DeskPages.queue(held: held, published: published, session: session))
        }
        desk.get("/audit") { _, context in
            Responses.html(DeskPages.audit(try store.auditEntries(), session: try context.requireSession()))
        }
        desk.get("/briefs/:id") { _, context in
            let entry = try actions.current(try APIQuery.storyID(context))
            return Responses.html(DeskPages.brief(entry, session: try context.requireSession(), message: nil))
        }
        desk.post("/briefs/:id/approve") { _, context in
            try await act(context) { id, editor in try await actions.approve(id, editor: editor) }
        }
        desk.post("/briefs/:id/reject") { _, context in
            try await act(context) { id, editor in
                try actions.reject(id, editor: editor, reason: String((context.form["reason"] ?? "").prefix(500)))
            }
        }
        desk.post("/briefs/:id/edit") { _, context in
            try await act(context) { id, editor in
                try actions.edit(
                    id, editor: editor, headline: context.form["headline"] ?? "", description: context.form["description"] ?? "",
                    body: context.form["body"] ?? "")
            }
        }
        desk.post("/briefs/:id/correct") { _, context in
            try await act(context) { id, editor in
                try await actions.correct(
                    id, editor: editor, headline: context.form["headline"] ?? "", description: context.form["description"] ?? "",
                    body: context.form["body"] ?? "", note: context.form["note"] ?? "")
            }
        }
        desk.post("/logout") { request, _ in
            if let token = DeskForms.cookie(DeskSessionMiddleware.cookieName, in: request) {
                try store.deleteSession(tokenHash: SessionTokens.hash(token))
            }
            let expired = DeskForms.setCookie(
                name: DeskSessionMiddleware.cookieName, value: "", path: "/desk", maxAge: 0, secure: settings.secureCookies)
            return Responses.redirect(to: "/desk/login", headers: [.setCookie: expired])
        }
    }

    /// Runs one editorial action and shows the brief again: 303 to it when done, or the page with
    /// the reasons (422) when the verifier keeps it held or refuses a correction, or with the
    /// problem (4xx) when the form was wrong.
    private func act(
        _ context: NewsdeskRequestContext, _ action: @Sendable (String, String) async throws -> DeskActions.Outcome
    ) async throws -> Response {
        let session = try context.requireSession()
        let id = try APIQuery.storyID(context)
        let outcome: DeskActions.Outcome
        do {
            outcome = try await action(id, session.editorName)
        } catch let error as ServerError where error.status != .notFound {
            let entry = try actions.current(id)
            return Responses.html(DeskPages.brief(entry, session: session, message: error.message), status: error.status)
        }
        switch outcome {
        case .done:
            return Responses.redirect(to: "/desk/briefs/\(id)")
        case .held(_, let reasons):
            let entry = try actions.current(id)
            return Responses.html(
                DeskPages.brief(entry, session: session, message: "Saved, but the verifier cannot support every sentence; the brief stays held.", problems: reasons),
                status: .unprocessableContent)
        case .refused(let reasons):
            let entry = try actions.current(id)
            return Responses.html(
                DeskPages.brief(entry, session: session, message: "The correction was not published: the verifier cannot support every sentence.", problems: reasons),
                status: .unprocessableContent)
        }
    }

    /// The login form, with a fresh token in a cookie and in the form (double submit: a page on
    /// another site can neither read the cookie nor send it, SameSite=Strict).
    private func loginPage(message: String?, status: HTTPResponse.Status) -> Response {
        let token = SessionTokens.make()
        var response = Responses.html(DeskPages.login(csrf: token, message: message), status: status)
        response.headers[.setCookie] = DeskForms.setCookie(
            name: Self.loginCookie, value: token, path: "/desk/login", maxAge: 3600, secure: settings.secureCookies)
        return response
    }

    private func login(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        var request = request
        let form = try DeskForms.parse(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
        guard let sent = form["csrf"], let expected = DeskForms.cookie(Self.loginCookie, in: request), !expected.isEmpty,
            ConstantTime.equal(sent, expected)
        else {
            throw ServerError(.forbidden, "The sign-in form's security token is missing or out of date; reload the page and try again.")
        }
        let name = String((form["name"] ?? "").prefix(64))
        let password = form["password"] ?? ""
        if let wait = throttle.retryAfter(user: name, address: context.clientAddress) {
            var response = loginPage(message: "Too many failed sign-ins; try again in \(wait) seconds.", status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        let hasher = settings.passwordHasher
        let editor = try store.editor(named: name)
        let valid: Bool
        if let editor, password.utf8.count <= PasswordHasher.maximumLength {
            valid = hasher.verify(password, against: editor.passwordHash)
        } else {
            hasher.burnOneCheck()
            valid = false
        }
        guard valid, let editor else {
            throttle.recordFailure(user: name, address: context.clientAddress)
            logger.notice("failed desk sign-in", metadata: ["name": "\(APIQuery.printable(name))", "address": "\(context.clientAddress)"])
            return loginPage(message: "The name or password is wrong.", status: .unauthorized)
        }
        throttle.recordSuccess(user: name)
        let token = SessionTokens.make()
        try store.createSession(
            tokenHash: SessionTokens.hash(token), editorID: editor.id, csrfToken: SessionTokens.make(),
            expiresAt: Date().addingTimeInterval(settings.sessionLifetime))
        let cookie = DeskForms.setCookie(
            name: DeskSessionMiddleware.cookieName, value: token, path: "/desk", maxAge: Int(settings.sessionLifetime),
            secure: settings.secureCookies)
        return Responses.redirect(to: "/desk", headers: [.setCookie: cookie])
    }
}

extension NewsdeskRequestContext {
    func requireSession() throws -> EditorSession {
        guard let session else { throw ServerError(.unauthorized, "Sign in to the desk first.") }
        return session
    }
}
