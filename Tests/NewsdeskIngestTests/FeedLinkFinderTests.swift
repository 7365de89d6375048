import Foundation
import NewsdeskIngest
import Testing

struct FeedLinkFinderTests {
    @Test func findsAnnouncedFeedsResolvedAgainstThePage() {
        let html = """
            <!doctype html><html><head><title>Blog</title>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="feed.xml">
            <link rel="ALTERNATE" type="application/atom+xml; charset=utf-8" href="/atom.xml">
            <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
            <link rel="alternate" hreflang="de" href="/de/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            </head><body><p>Hello</p></body></html>
            """
        #expect(FeedLinkFinder.feedLinks(in: Data(html.utf8), pageURL: "https://blog.example/posts/") == [
            "https://blog.example/posts/feed.xml", "https://blog.example/atom.xml", "https://cdn.example/feed.json",
        ])
    }

    @Test func honoursTheBaseElement() {
        let html = #"<html><head><base href="https://other.example/news/"><link rel="alternate" type="application/rss+xml" href="rss"></head></html>"#
        #expect(FeedLinkFinder.feedLinks(in: Data(html.utf8), pageURL: "https://site.example/") == ["https://other.example/news/rss"])
    }

    @Test func commonPathsAreOnThePagesSite() {
        let urls = FeedLinkFinder.commonFeedURLs(for: "http://127.0.0.1:8080/some/page.html?q=1")
        #expect(urls.first == "http://127.0.0.1:8080/feed")
        #expect(urls.contains("http://127.0.0.1:8080/feed.json"))
        #expect(urls.count == FeedLinkFinder.commonPaths.count)
    }

    @Test func pagesWithoutFeedsAndNonHTMLGiveNothing() {
        #expect(FeedLinkFinder.feedLinks(in: Data("<html><body>no feeds</body></html>".utf8), pageURL: "https://x.example/").isEmpty)
        #expect(FeedLinkFinder.feedLinks(in: Data([0xFF, 0x00, 0x89, 0x50]), pageURL: "https://x.example/").isEmpty)
    }
}
