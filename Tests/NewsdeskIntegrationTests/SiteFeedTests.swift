import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskSite
import Testing

/// The site's feeds and sitemaps, read back by newsdesk's own feed parser and by Foundation's XML parser.
struct SiteFeedTests {
    static func renderedSummitSite(now: Date) throws -> (files: [String: Data], brief: Brief) {
        let articles = try GateAndSiteTests.summitArticles()
        let brief = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        let stored = Pipeline.gate(brief, articles: articles, now: Date())
        let renderer = try SiteRenderer(configuration: SiteConfiguration(name: "Test Desk", baseURL: "https://desk.example/"))
        let files = renderer.render([SiteStory(brief: stored.brief, report: stored.report, related: [])], now: now)
        return (files, stored.brief)
    }

    @Test func everyFeedFormatReadsBackWithTheStory() throws {
        let (files, brief) = try Self.renderedSummitSite(now: Date())
        let url = "https://desk.example/" + SiteRenderer.paths(for: [brief])["s-1"]!
        for (name, format) in [("feed.xml", FeedFormat.rss20), ("atom.xml", .atom10), ("feed.json", .json11)] {
            let feed = try FeedParser().parse(try #require(files[name]), url: "https://desk.example/" + name)
            #expect(feed.format == format, "\(name)")
            #expect(!feed.bozo, "\(name): \(feed.bozoReason ?? "")")
            #expect(feed.title == "Test Desk", "\(name)")
            #expect(feed.items.count == 1, "\(name)")
            #expect(feed.items.first?.title == brief.headline, "\(name)")
            #expect(feed.items.first?.link == url, "\(name)")
            #expect(feed.items.first?.published == brief.newsDate.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) }, "\(name)")
        }
    }

    @Test func theNewsSitemapListsOnlyTheLastTwoDays() throws {
        let articles = try GateAndSiteTests.summitArticles()
        let newsDate = try #require(articles.compactMap(\.article.published).max())
        let fresh = try Self.renderedSummitSite(now: newsDate.addingTimeInterval(3600)).files["news-sitemap.xml"]!
        let stale = try Self.renderedSummitSite(now: newsDate.addingTimeInterval(3 * 86400)).files["news-sitemap.xml"]!
        for data in [fresh, stale] { #expect(XMLParser(data: data).parse()) }
        let text = String(decoding: fresh, as: UTF8.self)
        #expect(text.contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""))
        #expect(text.components(separatedBy: "<news:news>").count == 2)
        #expect(text.contains("<news:name>Test Desk</news:name>") && text.contains("<news:language>en</news:language>"))
        #expect(!String(decoding: stale, as: UTF8.self).contains("<news:news>"))
        let robots = String(decoding: try Self.renderedSummitSite(now: Date()).files["robots.txt"]!, as: UTF8.self)
        #expect(robots.contains("Sitemap: https://desk.example/news-sitemap.xml"))
    }
}
