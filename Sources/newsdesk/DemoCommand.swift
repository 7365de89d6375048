import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskSite
import NewsdeskStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole pipeline on the bundled sample corpus, served over loopback HTTP, and serve the site.")

    @Option(help: "Folder of the sample corpus.") var samples = "Samples"
    @Option(help: "Where the site is published.") var site = "site"
    @Option(help: "The demo's database (recreated on every demo run).") var database = ".newsdesk-demo/demo.sqlite"
    @Option(help: "Port of the site server.") var port = 8080
    @Flag(help: "Exit after publishing instead of serving the site.") var noServe = false
    @Flag(help: "Session cookies without Secure, so the desk works over plain http on loopback.") var insecureCookies = false

    func run() async throws {
        let started = Date()
        guard let sourceList = try? String(contentsOfFile: samples + "/sources.txt", encoding: .utf8) else {
            throw UserError("No sample corpus at \(samples)/sources.txt; run the demo from the repository folder or pass --samples.")
        }
        // The sample outlets, served over loopback HTTP like real sites.
        let corpus = try await LoopbackServer.start(router: SampleCorpusServer.router(root: samples))
        print("sample corpus served at http://127.0.0.1:\(corpus.port)/")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let store = try SQLiteStore(path: database)
        for path in sourceList.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !path.isEmpty && !path.hasPrefix("#") {
            try store.addSource(url: "http://127.0.0.1:\(corpus.port)" + path)
        }
        var configuration = NewsdeskConfiguration()
        configuration.database = database
        configuration.siteDirectory = site
        configuration.site = SiteConfiguration(name: "newsdesk demo", baseURL: "http://127.0.0.1:\(port)/")
        print("running the pipeline:")
        let summary: RunSummary
        do {
            summary = try await runPipeline(store: store, configuration: configuration)
        } catch {
            await corpus.stop()
            throw error
        }
        await corpus.stop()
        print("""
            done in \(String(format: "%.1f", Date().timeIntervalSince(started))) s
              sources:    \(summary.sources) (\(summary.sourcesFailed) failed)
              articles:   \(summary.articles) (\(summary.duplicates) duplicates, \(summary.pagesFailed) pages failed)
              stories:    \(summary.stories)
              briefs:     \(summary.published) published, \(summary.held) held
              site:       \(site)/index.html
            """)
        if !noServe {
            try await serve(ServerSettings(
                hostname: "127.0.0.1", port: port, siteDirectory: site, store: store, site: configuration.site, secureCookies: !insecureCookies))
        }
    }
}

/// A Hummingbird server on an ephemeral loopback port, running in the background until stopped.
struct LoopbackServer {
    let port: Int
    let task: Task<Void, Error>

    static func start(router: Router<BasicRequestContext>) async throws -> LoopbackServer {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: { var l = Logger(label: "sample-corpus"); l.logLevel = .error; return l }())
        let task = Task { try await app.run() }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw UserError("The sample corpus server did not start.") }
        return LoopbackServer(port: port, task: task)
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
