import AsyncHTTPClient
import Foundation
import Logging
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskSite
import NewsdeskServer
import NewsdeskStore
import Testing

@Suite(.serialized)
struct ServerOperationsTests {
    /// The count of one `newsdesk_http_requests_total` series in a metrics text, 0 when absent.
    static func requestCount(_ text: String, route: String, status: Int) -> Int {
        let prefix = "newsdesk_http_requests_total{route=\"\(route)\",method=\"GET\",status=\"\(status)\"} "
        return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
    }

    @Test func healthAndMetricsMoveWithRequests() async throws {
        let fixture = try ServerFixture.make()
        try fixture.store.recordRun(PipelineRunRecord(
            startedAt: Date(timeIntervalSince1970: 1_800_000_000), finishedAt: Date(timeIntervalSince1970: 1_800_000_060), ok: true, summary: "ok"))
        try await fixture.withServer { http, _ in
            let health = try await http.get("/healthz")
            #expect(health.status == 200)
            #expect(health.object["database"] as? String == "ok")

            let before = try await http.get("/metrics")
            #expect(before.header("content-type")?.hasPrefix("text/plain; version=0.0.4") == true)
            let storiesBefore = Self.requestCount(before.body, route: "/api/v1/stories", status: 200)
            let badBefore = Self.requestCount(before.body, route: "/api/v1/stories", status: 400)
            for _ in 0..<3 { _ = try await http.get("/api/v1/stories") }
            _ = try await http.get("/api/v1/stories?limit=0")
            _ = try await http.get("/api/v1/stories/s-1")
            let after = try await http.get("/metrics")
            #expect(Self.requestCount(after.body, route: "/api/v1/stories", status: 200) == storiesBefore + 3)
            #expect(Self.requestCount(after.body, route: "/api/v1/stories", status: 400) == badBefore + 1)
            #expect(Self.requestCount(after.body, route: "/api/v1/stories/{id}", status: 200) == 1)
            #expect(after.body.contains("newsdesk_http_request_duration_seconds_bucket{route=\"/api/v1/stories\",le=\"+Inf\"} 4"))
            #expect(after.body.contains("newsdesk_stories 3\n"))
            #expect(after.body.contains("newsdesk_briefs{status=\"held\"} 2\n"))
            #expect(after.body.contains("newsdesk_briefs{status=\"published\"} 1\n"))
            #expect(after.body.contains("newsdesk_last_ingestion_timestamp_seconds 1800000060\n"))
            #expect(after.body.contains("# TYPE newsdesk_http_request_duration_seconds histogram"))
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try ServerFixture.make()
        let storyPath = "/" + SiteRendererPaths.path(of: fixture.published.brief, among: [fixture.published.brief])
        try await fixture.withServer { http, _ in
            for path in [storyPath, "/", "/api/v1/stories", "/api/v1/stories?limit=0", "/no-such-page.html", "/desk/login", "/desk", "/metrics", "/healthz"] {
                let response = try await http.get(path)
                #expect(response.status < 500, "\(path)")
                let policy = response.header("content-security-policy") ?? ""
                #expect(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), "\(path)")
                #expect(!policy.contains("unsafe-inline"), "\(path)")
                #expect(response.header("x-content-type-options") == "nosniff", "\(path)")
                #expect(response.header("referrer-policy") == "strict-origin-when-cross-origin", "\(path)")
                #expect(response.header("x-frame-options") == "DENY", "\(path)")
                #expect(response.header("permissions-policy")?.contains("camera=()") == true, "\(path)")
            }
            let story = try await http.get(storyPath)
            #expect(story.status == 200)
            #expect(story.body.contains(htmlEscaped(fixture.published.brief.headline)))
            // The site's pages need no inline script: every executable script is a same-origin file.
            #expect(!story.body.contains("<script>"))
        }
    }

    @Test func siteFilesAreServedFromMemoryWithETagsAndNeverFromOutsideTheSite() async throws {
        let fixture = try ServerFixture.make()
        try "secret".write(toFile: fixture.folder.appendingPathComponent("outside.txt").path, atomically: true, encoding: .utf8)
        let storyPath = "/" + SiteRendererPaths.path(of: fixture.published.brief, among: [fixture.published.brief])
        try await fixture.withServer { http, routes in
            let first = try await http.get(storyPath)
            #expect(first.status == 200)
            #expect(first.header("content-type") == "text/html; charset=utf-8")
            let etag = try #require(first.header("etag"))
            var request = HTTPClientRequest(url: http.base + storyPath)
            request.headers.add(name: "If-None-Match", value: etag)
            let conditional = try await http.client.execute(request, timeout: .seconds(30))
            #expect(conditional.status.code == 304)
            for path in ["/../outside.txt", "/%2e%2e/outside.txt", "/stories/..%2f..%2foutside.txt", "/.%2e/outside.txt", "/%00", "/stories/%0a.html"] {
                let response = try await http.get(path)
                #expect(response.status == 404 || response.status == 400, "\(path)")
                #expect(!response.body.contains("secret"), "\(path)")
            }
            // A new build published from outside the server is served once the cache is told.
            var changed = fixture.published.brief
            changed.headline = "A Headline Only The Second Build Has"
            try Pipeline.publish([(changed, fixture.published.report)], site: SiteConfiguration(name: "Test Desk"), to: fixture.site)
            routes.siteCache.invalidate()
            let second = try await http.get(storyPath)
            #expect(second.body.contains("A Headline Only The Second Build Has"))
            #expect(second.header("etag") != etag)
        }
    }

    @Test func insecureCookiesAreRefusedOffLoopback() throws {
        var settings = ServerSettings(hostname: "0.0.0.0", secureCookies: false)
        #expect(throws: ServerSetupError.self) { try settings.validate() }
        settings.hostname = "127.0.0.1"
        try settings.validate()
        #expect(IngestionLoop.parseInterval("15m") == .seconds(900))
        #expect(IngestionLoop.parseInterval("1h30m") == .seconds(5400))
        #expect(IngestionLoop.parseInterval("15") == nil)
        #expect(IngestionLoop.parseInterval("0s") == nil)
        #expect(IngestionLoop.parseInterval("m") == nil)
    }

    /// The scheduled loop against the sample corpus on loopback: a failing run is recorded and the
    /// loop goes on to real runs that fill the database.
    @Test func theScheduledLoopRunsThePipelineAndSurvivesAFailure() async throws {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        let site = folder.appendingPathComponent("site").path
        try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            let attempts = Counter()
            let loop = IngestionLoop(
                interval: .milliseconds(1), store: store, publishing: SerialRunner(), logger: Logger(label: "test")
            ) {
                let attempt = attempts.next()
                if attempt == 1 { throw FetchError.timeout(url: "http://127.0.0.1/", seconds: 1) }
                // After the three runs the test watches, the loop ends without starting a fetch, so
                // no request is in flight when the sample server stops.
                if attempt > 3 { throw CancellationError() }
                return try await runPipeline(store: store, site: site).description
            }
            let (finished, continuation) = AsyncStream<PipelineRunRecord>.makeStream()
            let task = Task { await loop.run { continuation.yield($0) } }
            var records: [PipelineRunRecord] = []
            for await record in finished {
                records.append(record)
                if records.count == 3 { break }
            }
            task.cancel()
            await task.value
            #expect(records.map(\.ok) == [false, true, true])
            #expect(records[0].summary.contains("failed"))
            #expect(try store.runCount() >= 3)
            #expect(try store.counts().stories > 0)
            #expect(try store.lastRun()?.ok == true)
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
