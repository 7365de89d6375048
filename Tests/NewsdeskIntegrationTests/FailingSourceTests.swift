import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskStore
import NewsdeskTestSupport
import Testing

/// Sources that fail in every usual way, served by a real local server: each failure is recorded
/// with a one-line reason, the other sources go on, and nothing stored before is lost.
@Suite(.serialized)
struct FailingSourceTests {
    static let slowAnswerSeconds = 6

    /// A server with one route per kind of failure, plus one healthy feed whose pages include a
    /// missing one, an empty one and one that is not HTML.
    static func misbehavingRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/missing.xml") { _, _ in Response(status: .notFound) }
        router.get("/broken.xml") { _, _ in Response(status: .internalServerError) }
        router.get("/slow.xml") { _, _ -> Response in
            // Longer than the fetcher's 5 s, and over before the test stops the server: a handler
            // still running when the server shuts down brings the test process down.
            try await Task.sleep(for: .seconds(slowAnswerSeconds))
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "<rss/>")))
        }
        router.get("/garbage.xml") { _, _ -> Response in
            var generator = SplitMix(seed: 7 &+ 0x9E37_79B9_7F4A_7C15)
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get("/loop-a.xml") { _, _ in Response(status: .movedPermanently, headers: [.location: "/loop-b.xml"]) }
        router.get("/loop-b.xml") { _, _ in Response(status: .movedPermanently, headers: [.location: "/loop-a.xml"]) }
        router.get("/html-instead.xml") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: "<html><body><p>Hello</p></body></html>")))
        }
        router.get("/good.xml") { request, _ -> Response in
            let base = "http://" + (request.head.authority ?? "127.0.0.1")
            let feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Good Feed</title><link>\(base)/</link>
                <item><title>Working page</title><link>\(base)/page/ok.html</link><pubDate>Mon, 05 Jan 2026 09:00:00 +0000</pubDate></item>
                <item><title>Gone page</title><link>\(base)/page/gone.html</link></item>
                <item><title>Empty page</title><link>\(base)/page/empty.html</link></item>
                <item><title>Image page</title><link>\(base)/page/image.html</link></item>
                </channel></rss>
                """
            return Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: .init(byteBuffer: ByteBuffer(string: feed)))
        }
        router.get("/page/ok.html") { _, _ -> Response in
            let paragraph = "<p>The harbour authority said on Monday that the new ferry terminal will open in March, after three years of construction and a budget that rose to 48 million euros.</p>"
            let html = "<html><head><title>Ferry terminal to open | Good Feed</title></head><body><article><h1>Ferry terminal to open</h1>"
                + String(repeating: paragraph, count: 4) + "</article></body></html>"
            return Response(status: .ok, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        router.get("/page/gone.html") { _, _ in Response(status: .gone) }
        router.get("/page/empty.html") { _, _ in Response(status: .ok, headers: [.contentType: "text/html"]) }
        router.get("/page/image.html") { _, _ -> Response in
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
            bytes += [UInt8](repeating: 0, count: 200)
            return Response(status: .ok, headers: [.contentType: "image/png"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        return router
    }

    @Test func eachFailingSourceIsRecordedAndTheRestGoOn() async throws {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let options = { var o = HTTPFetcher.Options(); o.timeoutSeconds = 5; return o }()
        let summary = try await withServer(Self.misbehavingRouter()) { port in
            for path in ["missing", "broken", "slow", "garbage", "loop-a", "html-instead", "good"] {
                try store.addSource(url: "http://127.0.0.1:\(port)/\(path).xml")
            }
            try store.addSource(url: "http://127.0.0.1:1/unreachable.xml")
            let started = ContinuousClock.now
            let summary = try await runPipeline(store: store, site: folder.appendingPathComponent("site").path, fetcherOptions: options)
            // Let the slow answer finish before the server goes away.
            try await Task.sleep(until: started + .seconds(Self.slowAnswerSeconds + 1))
            return summary
        }
        #expect(summary.sources == 8)
        #expect(summary.sourcesFailed == 7)
        #expect(summary.newArticles == 1)
        #expect(summary.pagesFailed == 3)
        let errors = Dictionary(uniqueKeysWithValues: try store.sources().map { (URL(string: $0.url)!.path, $0.lastError) })
        #expect(errors["/missing.xml"]??.contains("HTTP 404") == true)
        #expect(errors["/broken.xml"]??.contains("HTTP 500") == true)
        #expect(errors["/slow.xml"]??.contains("within 5 s") == true)
        #expect(errors["/garbage.xml"]??.isEmpty == false)
        #expect(errors["/loop-a.xml"]??.contains("redirect loop") == true)
        #expect(errors["/html-instead.xml"]??.contains("not a feed") == true)
        #expect(errors["/unreachable.xml"]??.contains("cannot reach") == true)
        #expect(errors["/good.xml"]! == nil)
        for (_, error) in errors { #expect(!(error ?? "").contains("\n"), "one line: \(error ?? "")") }
        let failures = Dictionary(uniqueKeysWithValues: try store.pageFailures().map { (URL(string: $0.url)!.path, $0.reason) })
        #expect(failures["/page/gone.html"]?.contains("HTTP 410") == true)
        #expect(failures["/page/empty.html"]?.contains("empty") == true)
        #expect(failures["/page/image.html"]?.contains("not an HTML page") == true)
    }

    @Test func aSourceThatStartsFailingLosesNothingStoredBefore() async throws {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let site = folder.appendingPathComponent("site").path
        try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            _ = try await runPipeline(store: store, site: site)
        }
        let before = try store.articles().count
        let briefsBefore = try store.briefs(status: .published).count
        let index = try readSiteFile(site, "index.html")
        // The corpus server is gone now: every source fails on the next run.
        let options = { var o = HTTPFetcher.Options(); o.timeoutSeconds = 2; return o }()
        let summary = try await runPipeline(store: store, site: site, fetcherOptions: options)
        #expect(summary.sourcesFailed == summary.sources)
        #expect(try store.articles().count == before)
        #expect(try store.briefs(status: .published).count == briefsBefore)
        #expect(try readSiteFile(site, "index.html") == index)
        #expect(try store.sources().allSatisfy { $0.lastError?.contains("cannot reach") == true })
    }
}
