import Foundation
import Hummingbird
import Logging
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskStore

/// The repository's folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let samplesFolder = repositoryRoot.appendingPathComponent("Samples").path

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-test-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A real Hummingbird server on an ephemeral loopback port for the duration of `body`.
func withServer<T: Sendable>(
    _ router: Router<BasicRequestContext>, _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    let (stream, continuation) = AsyncStream<Int>.makeStream()
    var logger = Logger(label: "test-server")
    logger.logLevel = .critical
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
    let task = Task { try await app.run() }
    var iterator = stream.makeAsyncIterator()
    guard let port = await iterator.next() else { throw CancellationError() }
    // Cancelling starts a graceful shutdown; the test does not wait for idle connections to drain.
    defer { task.cancel() }
    return try await body(port)
}

/// Runs the pipeline once against `store`, publishing into `site`.
func runPipeline(store: SQLiteStore, site: String, fetcherOptions: HTTPFetcher.Options = .init()) async throws -> RunSummary {
    let fetcher = HTTPFetcher(options: fetcherOptions)
    var options = Pipeline.Options(siteDirectory: site)
    options.site.name = "Test Desk"
    let pipeline = Pipeline(store: store, fetcher: fetcher, options: options, logger: Logger(label: "test"))
    do {
        let summary = try await pipeline.run()
        try await fetcher.shutdown()
        return summary
    } catch {
        try? await fetcher.shutdown()
        throw error
    }
}

/// Adds the sample corpus's feeds as sources, at the given loopback port.
func addSampleSources(_ store: SQLiteStore, port: Int) throws {
    let list = try String(contentsOfFile: samplesFolder + "/sources.txt", encoding: .utf8)
    for path in list.split(separator: "\n") where !path.isEmpty {
        try store.addSource(url: "http://127.0.0.1:\(port)" + path)
    }
}

/// The manifest of the sample corpus: which page belongs to which event.
struct SampleManifest: Decodable {
    struct Entry: Decodable {
        var path: String
        var outlet: String
        var event: String
        var duplicateOf: String?
    }

    var articles: [Entry]

    static func load() throws -> SampleManifest {
        try JSONDecoder().decode(SampleManifest.self, from: Data(contentsOf: URL(fileURLWithPath: samplesFolder + "/manifest.json")))
    }
}

/// Reads a published file; the site folder is a link to the live build.
func readSiteFile(_ site: String, _ path: String) throws -> String {
    try String(contentsOfFile: site + "/" + path, encoding: .utf8)
}
