import Foundation
import Hummingbird
import Logging
import NewsdeskCore
import NewsdeskStore

/// The parts of a built server a caller may want to look at: the router and what it registered.
public struct NewsdeskRoutes {
    public let router: Router<NewsdeskRequestContext>
    /// Every API route as "GET /api/v1/stories/{id}".
    public let apiRoutes: [String]
    public let metrics: ServerMetrics
    /// The published site's files in memory; `invalidate()` after publishing from outside the server.
    public let siteCache: SiteFileCache
}

/// Builds the routes: the JSON API, health and metrics, the editor review desk, and the published
/// site's files for every other address.
///
/// ```swift
/// let app = try buildApplication(ServerSettings(store: store))
/// try await app.runService()
/// ```
public func buildRoutes(_ settings: ServerSettings) -> NewsdeskRoutes {
    var logger = Logger(label: "newsdesk.server")
    logger.logLevel = .warning
    let metrics = ServerMetrics()
    let router = Router(context: NewsdeskRequestContext.self)
    let siteCache = SiteFileCache(root: settings.siteDirectory)
    var settings = settings
    settings.onPublished = { siteCache.invalidate() }
    router.add(middleware: OuterMiddleware(metrics: metrics, logger: logger))
    OperationsRoutes.register(on: router, store: settings.store, metrics: metrics)
    var apiRoutes: [String] = []
    if let store = settings.store {
        apiRoutes = APIRoutes.register(on: router, store: store)
        DeskRoutes(settings: settings, store: store, logger: logger).register(on: router)
    }
    // Added last, the site's files answer only what no route matched, so API and desk requests
    // never look for a file.
    router.add(middleware: SiteFileMiddleware(cache: siteCache))
    return NewsdeskRoutes(router: router, apiRoutes: apiRoutes, metrics: metrics, siteCache: siteCache)
}

/// Builds the web application for `settings`; `onServerRunning` receives the port it listens on.
public func buildApplication(
    _ settings: ServerSettings,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try settings.validate()
    return buildApplication(buildRoutes(settings), settings: settings, onServerRunning: onServerRunning)
}

/// Builds the web application from routes made by `buildRoutes`.
public func buildApplication(
    _ routes: NewsdeskRoutes, settings: ServerSettings,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "newsdesk.server")
    logger.logLevel = .warning
    return Application(
        router: routes.router,
        configuration: .init(address: .hostname(settings.hostname, port: settings.port), serverName: "newsdesk"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: logger)
}
