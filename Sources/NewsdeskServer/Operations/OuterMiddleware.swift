import Foundation
import Hummingbird
import Logging

/// The first and last step of every request: turns errors into answers a client can read (JSON
/// under /api, text elsewhere; never a stack trace), sets the security headers, and counts the
/// request in the metrics by route and status.
struct OuterMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext
    let metrics: ServerMetrics
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = Self.answer(for: error, request: request, context: context)
        } catch {
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            response = Self.answer(for: ServerError(.internalServerError, "The server could not answer this request; the error is logged."),
                request: request, context: context)
        }
        SecurityHeaders.apply(to: &response)
        let elapsed = ContinuousClock.now - started
        // A route's pattern ("/api/v1/stories/{id}") keeps the label set small; files served from
        // the site folder share one label, and so do unmatched paths.
        let route = context.endpointPath.map(Self.openAPIPath) ?? (response.status == .notFound ? "unmatched" : "static")
        metrics.record(route: route, method: request.method.rawValue, status: response.status.code, seconds: elapsed.seconds)
        return response
    }

    static func answer(for error: HTTPResponseError, request: Request, context: Context) -> Response {
        let message: String
        var headers: HTTPFields = [:]
        if let error = error as? ServerError {
            message = error.message
            headers = error.headers
        } else if let error = error as? HTTPError {
            message = error.body ?? Self.defaultMessage(error.status)
            headers = error.headers
        } else {
            message = Self.defaultMessage(error.status)
        }
        var response = request.uri.path.hasPrefix("/api/")
            ? Responses.json(["error": message], status: error.status)
            : Responses.text(message + "\n", status: error.status)
        response.headers.append(contentsOf: headers.filter { $0.name != .contentType && $0.name != .contentLength })
        return response
    }

    static func defaultMessage(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "Nothing is published at this address."
        case 405: "This address does not accept that method."
        case 413: "The request body is too large."
        default: status.reasonPhrase
        }
    }

    /// Hummingbird writes parameters as ":id"; OpenAPI as "{id}".
    static func openAPIPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{" + part.dropFirst() + "}" : String(part)
        }.joined(separator: "/")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
