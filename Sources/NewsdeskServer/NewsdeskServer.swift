import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NewsdeskCore
import NewsdeskStore

/// What the server needs: where to listen, the published site folder and the store.
public protocol ServerArguments: Sendable {
    var hostname: String { get }
    var port: Int { get }
    var siteDirectory: String { get }
    var store: SQLiteStore? { get }
}

public struct ServerSettings: ServerArguments {
    public var hostname: String
    public var port: Int
    public var siteDirectory: String
    public var store: SQLiteStore?

    public init(hostname: String = "127.0.0.1", port: Int = 8080, siteDirectory: String = "site", store: SQLiteStore? = nil) {
        self.hostname = hostname
        self.port = port
        self.siteDirectory = siteDirectory
        self.store = store
    }
}

/// Builds the web application: the published site, a JSON API over the store, and a health check.
public func buildApplication(
    _ arguments: some ServerArguments,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "newsdesk.server")
    logger.logLevel = .warning
    let router = Router()
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: FileMiddleware(arguments.siteDirectory, searchForIndexHtml: true, logger: logger))
    router.get("/health") { _, _ in "ok\n" }
    if let store = arguments.store {
        router.get("/api/stories") { _, _ -> Response in
            let summaries = try store.storySummaries().map { summary in
                StoryResource(summary)
            }
            return try jsonResponse(summaries)
        }
        router.get("/api/stories/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard let summary = try store.storySummaries().first(where: { $0.story.id == id }) else {
                return Response(status: .notFound, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: ByteBuffer(string: "{\"error\":\"no story with id \(id.filter { $0.isLetter || $0.isNumber || $0 == "-" })\"}")))
            }
            return try jsonResponse(summary)
        }
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(arguments.hostname, port: arguments.port), serverName: "newsdesk"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: logger)
}

/// A story as the list endpoint shows it.
struct StoryResource: Codable {
    var id: String
    var status: String
    var headline: String?
    var articleCount: Int
    var verification: String?
    var reasons: [String]

    init(_ summary: StorySummary) {
        id = summary.story.id
        status = summary.brief?.status.rawValue ?? "unwritten"
        headline = summary.brief?.brief.headline
        articleCount = summary.story.articleIDs.count
        verification = summary.brief?.report.summary
        reasons = summary.brief?.reasons ?? summary.note.map { [$0] } ?? []
    }
}

func jsonResponse(_ value: some Encodable) throws -> Response {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(value)
    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

/// Sets the headers that keep the site from being framed, sniffed or made to load other hosts' code.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "strict-origin-when-cross-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}
