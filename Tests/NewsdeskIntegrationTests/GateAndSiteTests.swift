import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskSite
import NewsdeskStore
import Testing

@Suite(.serialized)
struct GateAndSiteTests {
    /// Articles of the summit story, extracted from the sample pages on disk.
    static func summitArticles() throws -> [SourceArticle] {
        let manifest = try SampleManifest.load()
        return try manifest.articles.filter { $0.event == "seoul-beijing-summit" && $0.duplicateOf == nil }.enumerated().map { index, entry in
            let data = try Data(contentsOf: URL(fileURLWithPath: samplesFolder + entry.path))
            let article = try #require(NewsdeskIngest.ArticleExtractor().extract(data, url: "http://sample.invalid" + entry.path).article)
            return SourceArticle(id: Int64(index + 1), outlet: entry.outlet, article: article)
        }
    }

    @Test func anUnsupportedBodySentenceIsRepairedAndReverified() throws {
        let articles = try Self.summitArticles()
        var brief = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        #expect(Pipeline.gate(brief, articles: articles, now: Date()).status == .published)
        // A slip in the body: the figure changed, a name invented.
        let original = brief.lead[0].text
        brief.lead[0].text = "South Korea and China signed 51 agreements after President Lee Jae-myung met Premier Zhao Leji in Beijing."
        let stored = Pipeline.gate(brief, articles: articles, now: Date())
        #expect(stored.status == .published)
        #expect(stored.report.isFullySupported)
        #expect(!stored.brief.allSentences.contains { $0.text.contains("51 agreements") })
        #expect(stored.brief.lead.first?.text != brief.lead[0].text)
        _ = original
    }

    @Test func aBriefWhoseHeadlineIsWrongIsHeldWithItsReason() throws {
        let articles = try Self.summitArticles()
        var brief = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        brief.headline = brief.keyphrase + ": Lee and Xi sign 51 agreements"
        let stored = Pipeline.gate(brief, articles: articles, now: Date())
        #expect(stored.status == .held)
        #expect(stored.reasons.contains { $0.contains("headline") && $0.contains("51") })

        let store = try SQLiteStore()
        try store.replaceStories([Story(id: "s-1", articleIDs: [])])
        try store.saveBrief(stored)
        let summary = try #require(try store.storySummaries().first)
        #expect(summary.brief?.status == .held)
        #expect(summary.brief?.reasons.isEmpty == false)
    }

    @Test func theServerServesThePublishedSiteWithSecurityHeaders() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let articles = try Self.summitArticles()
        let brief = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        let stored = Pipeline.gate(brief, articles: articles, now: Date())
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        try store.replaceStories([Story(id: "s-1", articleIDs: [])])
        try store.saveBrief(stored)
        try Pipeline.publish([(stored.brief, stored.report)], site: SiteConfiguration(), to: site)
        let path = SiteRenderer.paths(for: [brief])["s-1"]!

        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = try buildApplication(ServerSettings(hostname: "127.0.0.1", port: 0, siteDirectory: site, store: store)) { port in
            continuation.yield(port)
        }
        let task = Task { try await app.run() }
        defer { task.cancel() }
        var iterator = stream.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let fetcher = HTTPFetcher()
        let page = try await fetcher.fetch("http://127.0.0.1:\(port)/\(path)")
        let home = try await fetcher.fetch("http://127.0.0.1:\(port)/")
        let api = try await fetcher.fetch("http://127.0.0.1:\(port)/api/v1/stories")
        let health = try await fetcher.fetch("http://127.0.0.1:\(port)/health")
        await #expect(throws: FetchError.self) { try await fetcher.fetch("http://127.0.0.1:\(port)/api/v1/stories/nope") }
        try await fetcher.shutdown()
        #expect(String(decoding: page.body, as: UTF8.self).contains("<h1>\(htmlEscaped(brief.headline))</h1>"))
        #expect(String(decoding: home.body, as: UTF8.self).contains("Latest stories"))
        let stories = (try JSONSerialization.jsonObject(with: api.body) as? [String: Any])?["items"] as? [[String: Any]]
        #expect(stories?.first?["status"] as? String == "published")
        #expect(String(decoding: health.body, as: UTF8.self) == "ok\n")
        #expect(page.headers["content-security-policy"]?.contains("default-src 'self'") == true)
        #expect(page.headers["x-content-type-options"] == "nosniff")
    }

    @Test func publishingSwapsTheWholeSiteAndRefusesUnsafePaths() throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let publisher = SitePublisher(target: site)
        try publisher.publish(["index.html": Data("one".utf8), "stories/a.html": Data("a".utf8)])
        #expect(try readSiteFile(site, "index.html") == "one")
        try publisher.publish(["index.html": Data("two".utf8)])
        #expect(try readSiteFile(site, "index.html") == "two")
        // The old build is gone as a whole: no file of it survives next to the new one.
        #expect(!FileManager.default.fileExists(atPath: site + "/stories/a.html"))
        // A path that climbs out of the site is refused before anything is swapped in.
        #expect(throws: PublishError.self) { try publisher.publish(["../escape.html": Data("x".utf8)]) }
        #expect(throws: PublishError.self) { try publisher.publish(["a/\u{7}b.html": Data("x".utf8)]) }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.html").path))
        #expect(try readSiteFile(site, "index.html") == "two")
    }
}
