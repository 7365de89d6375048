import Foundation
import Hummingbird
import NewsdeskStore

/// Lets only signed-in editors through to the desk: a request without a live session is sent to
/// the login page (GET) or refused with 401 (POST). Every POST must carry the session's CSRF token
/// in its form, compared in constant time; a missing or wrong token is a 403.
struct DeskSessionMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext
    static let cookieName = "newsdesk_session"
    let store: SQLiteStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        guard let token = DeskForms.cookie(Self.cookieName, in: request), token.utf8.count <= 128,
            let session = try store.session(tokenHash: SessionTokens.hash(token))
        else {
            if request.method == .get || request.method == .head { return Responses.redirect(to: "/desk/login") }
            throw ServerError(.unauthorized, "Sign in to the desk first.")
        }
        context.session = session
        if request.method == .post {
            var request = request
            let body = try await request.collectBody(upTo: DeskForms.maximumBodySize)
            let form = try DeskForms.parse(String(buffer: body))
            guard let sent = form["csrf"], ConstantTime.equal(sent, session.csrfToken) else {
                throw ServerError(.forbidden, "This form's security token is missing or out of date; reload the page and try again.")
            }
            context.form = form
            return try await next(request, context)
        }
        return try await next(request, context)
    }
}
