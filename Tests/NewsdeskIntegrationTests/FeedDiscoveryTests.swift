import Foundation
import Hummingbird
import NewsdeskPipeline
import Testing

/// `newsdesk source add` with a site's address: the discoverer against a real local server.
@Suite(.serialized)
struct FeedDiscoveryTests {
    static let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Blog</title><link>http://blog.example/</link>
        <item><title>One</title><link>http://blog.example/1</link></item></channel></rss>
        """

    static func html(_ head: String) -> Response {
        let page = "<!doctype html><html><head><title>Site</title>\(head)</head><body><p>Welcome.</p></body></html>"
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func feed(_ text: String = rss) -> Response {
        Response(status: .ok, headers: [.contentType: "application/rss+xml"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        // A page announcing its feed with a relative href, next to an announced feed that is broken.
        router.get("/blog/index.html") { _, _ in
            html(#"<link rel="alternate" type="application/atom+xml" href="/missing.xml"><link rel="alternate" type="application/rss+xml" title="RSS" href="posts.rss">"#)
        }
        router.get("/blog/posts.rss") { _, _ in feed() }
        // A site whose page announces nothing; its feed sits at one of the usual paths.
        router.get("/plain/") { _, _ in html("") }
        router.get("/atom.xml") { _, _ in feed(rss.replacingOccurrences(of: "Harbour Blog", with: "Usual Path")) }
        // The feed's own URL.
        router.get("/direct.xml") { _, _ in feed() }
        return router
    }

    @Test func findsTheFeedAPageAnnounces() async throws {
        try await withDiscoverer { discoverer, base in
            let found = try await discoverer.discover(base + "/blog/index.html")
            #expect(found.url == base + "/blog/posts.rss")
            #expect(found.title == "Harbour Blog")
            #expect(found.route == .linkElement)
        }
    }

    @Test func fallsBackToTheUsualPaths() async throws {
        try await withDiscoverer { discoverer, base in
            let found = try await discoverer.discover(base + "/plain/")
            #expect(found.url == base + "/atom.xml")
            #expect(found.title == "Usual Path")
            #expect(found.route == .commonPath)
        }
    }

    @Test func aFeedURLIsKeptAsItIs() async throws {
        try await withDiscoverer { discoverer, base in
            let found = try await discoverer.discover(base + "/direct.xml")
            #expect(found.url == base + "/direct.xml")
            #expect(found.route == .direct)
        }
    }

    @Test func aSiteWithoutAFeedGivesAClearError() async throws {
        let router = Router()
        router.get("/") { _, _ in Self.html("") }
        try await withDiscoverer(router) { discoverer, base in
            do {
                _ = try await discoverer.discover(base + "/")
                Issue.record("a feed was found on a site without one")
            } catch let error as DiscoveryError {
                #expect(error.description.contains("no feed found"))
                #expect(error == .noFeed(url: base + "/", announced: 0, tried: 7))
            }
        }
    }

    private func withDiscoverer(
        _ router: Router<BasicRequestContext> = router(), _ body: @Sendable (FeedDiscoverer, String) async throws -> Void
    ) async throws {
        try await withServer(router) { port in
            let fetcher = HTTPFetcher()
            do {
                try await body(FeedDiscoverer(fetcher: fetcher), "http://127.0.0.1:\(port)")
                try await fetcher.shutdown()
            } catch {
                try? await fetcher.shutdown()
                throw error
            }
        }
    }
}
