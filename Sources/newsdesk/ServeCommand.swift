import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NewsdeskServer
import NewsdeskStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the published site, the JSON API and the editor review desk.")
    @OptionGroup var options: ConfigOptions
    @Option(help: "Port to listen on (overrides the configuration).") var port: Int?
    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Run the pipeline on this schedule in the server, e.g. 15m, 1h, 90s (one run at a time).") var every: String?
    @Flag(help: "Session cookies without Secure, for plain http on a loopback address only.") var insecureCookies = false

    func validate() throws {
        if let every, IngestionLoop.parseInterval(every) == nil {
            throw ValidationError("--every takes a duration like 15m, 1h or 90s, not '\(every)'.")
        }
        if insecureCookies && !ServerSettings.isLoopback(hostname) {
            throw ValidationError("--insecure-cookies is allowed only with a loopback --hostname such as 127.0.0.1.")
        }
    }

    func run() async throws {
        let configuration = try options.load()
        let store = try SQLiteStore(path: configuration.database)
        let settings = ServerSettings(
            hostname: hostname, port: port ?? configuration.port, siteDirectory: configuration.siteDirectory, store: store,
            site: configuration.site, secureCookies: !insecureCookies)
        var loop: IngestionLoop?
        if let every, let interval = IngestionLoop.parseInterval(every) {
            var logger = Logger(label: "newsdesk.schedule")
            logger.logLevel = .info
            loop = IngestionLoop(interval: interval, store: store, publishing: settings.publishing, logger: logger) {
                try await runPipeline(store: store, configuration: configuration).description
            }
            print("running the pipeline every \(every)")
        }
        try await serve(settings, loop: loop)
    }
}

/// Serves until interrupted; with a loop, runs the scheduled pipeline beside the server and stops
/// it when the server stops.
func serve(_ settings: ServerSettings, loop: IngestionLoop? = nil) async throws {
    try settings.validate()
    let routes = buildRoutes(settings)
    let app = buildApplication(routes, settings: settings) { port in
        print("serving \(settings.siteDirectory) on http://\(settings.hostname):\(port)/ (Ctrl-C to stop); review desk at /desk")
    }
    let cache = routes.siteCache
    try await withThrowingTaskGroup(of: Void.self) { group in
        if let loop {
            // A run publishes the site: the server's cached pages go with the old build.
            group.addTask { await loop.run { _ in cache.invalidate() } }
        }
        try await app.runService()
        group.cancelAll()
    }
}
