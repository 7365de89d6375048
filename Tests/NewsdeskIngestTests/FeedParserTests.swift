import Foundation
import NewsdeskCore
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let samplesFolder = repositoryRoot.appendingPathComponent("Samples")

struct FeedParserTests {
    @Test func readsRSS2WithNamespaces() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbor &amp; Co</title><link>http://example.org/</link><language>en</language>
            <item><title>First</title><link>/a.html</link><guid isPermaLink="false">id-1</guid>
            <pubDate>Mon, 05 Jan 2026 09:30:00 +0900</pubDate><dc:creator>Kim Ha-eun</dc:creator>
            <content:encoded><![CDATA[<p>Full</p>]]></content:encoded><category>World</category></item>
            </channel></rss>
            """
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.format == .rss20)
        #expect(feed.title == "Harbor & Co")
        #expect(!feed.bozo)
        let item = try #require(feed.items.first)
        #expect(item.link == "http://example.org/a.html")
        #expect(item.id == "id-1")
        #expect(item.authors == ["Kim Ha-eun"])
        #expect(item.content == "<p>Full</p>")
        #expect(item.categories == ["World"])
        #expect(item.published == FeedDateParser.parse("2026-01-05T00:30:00Z"))
    }

    @Test func readsAtomWithXMLBase() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/news/" xml:lang="ko">
            <title>Meridian</title><link rel="alternate" href="/"/>
            <entry><id>tag:x,2026:1</id><title>Summit</title><link href="2026/summit.html"/>
            <published>2026-01-05T10:00:00+08:00</published><updated>2026-01-05T11:00:00+08:00</updated>
            <author><name>Wen Li</name></author><summary>Short</summary></entry></feed>
            """
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.format == .atom10)
        #expect(feed.language == "ko")
        let entry = try #require(feed.items.first)
        #expect(entry.link == "http://example.org/news/2026/summit.html")
        #expect(entry.authors == ["Wen Li"])
        #expect(entry.published == FeedDateParser.parse("2026-01-05T02:00:00Z"))
    }

    @Test func readsJSONFeed() throws {
        let json = #"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":7,"url":"https://j.example/1","title":"One","date_published":"2026-01-05T00:00:00Z"}]}"#
        let feed = try FeedParser().parse(Data(json.utf8))
        #expect(feed.format == .json11)
        #expect(feed.items.first?.id == "7.0" || feed.items.first?.id == "7")
        #expect(feed.items.first?.link == "https://j.example/1")
    }

    @Test func recoversIllFormedFeedsAndSaysWhy() throws {
        let xml = "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Still here</title><link>http://x.example/1</link></item>"
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.bozo)
        #expect(feed.bozoReason != nil)
        #expect(feed.items.first?.title == "Still here")
    }

    @Test func rejectsWhatIsNotAFeed() {
        #expect(throws: FeedParseError.empty) { try FeedParser().parse(Data()) }
        #expect(throws: FeedParseError.notAFeed(root: "html")) { try FeedParser().parse(Data("<html><body/></html>".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Data("{\"version\":1}".utf8)) }
    }

    @Test func neverReadsExternalEntities() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
            """
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(!(feed.title ?? "").contains("root:"))
    }

    /// Hostile documents end in a feed or an error, each well under a second.
    @Test(arguments: [
        "billion laughs", "quadratic blowup", "deep nesting", "invalid UTF-8", "external DTD", "undeclared entity storm",
    ])
    func hostileInputIsBoundedAndSafe(_ kind: String) {
        let xml: Data
        switch kind {
        case "billion laughs":
            var dtd = #"<!ENTITY lol0 "lol">"#
            for level in 1...9 { dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
            xml = Data("<?xml version=\"1.0\"?><!DOCTYPE rss [\(dtd)]><rss><channel><title>&lol9;</title></channel></rss>".utf8)
        case "quadratic blowup":
            let big = String(repeating: "x", count: 50_000)
            xml = Data("<!DOCTYPE rss [<!ENTITY a \"\(big)\">]><rss><channel><title>\(String(repeating: "&a;", count: 2000))</title></channel></rss>".utf8)
        case "deep nesting":
            xml = Data(("<rss><channel><item><description>" + String(repeating: "<div>", count: 20_000) + "x").utf8)
        case "invalid UTF-8":
            xml = Data("<rss><channel><title>".utf8) + Data([0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80]) + Data("</title></channel></rss>".utf8)
        case "external DTD":
            xml = Data(#"<!DOCTYPE rss SYSTEM "http://127.0.0.1:1/evil.dtd"><rss><channel><title>t</title></channel></rss>"#.utf8)
        default:
            xml = Data(("<rss><channel><title>" + String(repeating: "&hellip;&nbsp;&bogus;", count: 10_000) + "</title></channel></rss>").utf8)
        }
        let started = Date()
        let feed = try? FeedParser().parse(xml)
        // Expanded, the billion laughs would take minutes and gigabytes; refused, it takes
        // milliseconds. The bound is generous so a busy machine does not fail it.
        #expect(Date().timeIntervalSince(started) < 10, "\(kind)")
        #expect((feed?.title ?? "").utf8.count < 2_000_000, "\(kind)")
    }

    @Test func readsHTMLEntitiesAndFlagsThem() throws {
        let feed = try FeedParser().parse(Data("<rss><channel><title>a&hellip;b&nbsp;c</title></channel></rss>".utf8))
        #expect(feed.title == "a\u{2026}b\u{A0}c")
        #expect(feed.bozo)
    }

    @Test func sanitizesEntryHTMLAtParseTime() throws {
        let xml = """
            <rss version="2.0"><channel><item><title>t</title>
            <description>&lt;img src="http://x.test/a.jpg" onerror="alert(1)"&gt;&lt;script&gt;x()&lt;/script&gt;ok</description>
            <enclosure url="http://x.test/a.mp3" type="audio/mpeg" length="42"/></item></channel></rss>
            """
        let item = try #require(try FeedParser().parse(Data(xml.utf8)).items.first)
        #expect(item.summary == #"<img src="http://x.test/a.jpg" />ok"#)
        #expect(item.summaryIsHTML)
        #expect(item.enclosures == [FeedEnclosure(href: "http://x.test/a.mp3", type: "audio/mpeg", length: "42")])
    }

    @Test func parsesEverySampleFeed() throws {
        for outlet in ["harbor-times", "meridian-daily", "eastgate-post", "lantern-review", "northfield-courier"] {
            let data = try Data(contentsOf: samplesFolder.appendingPathComponent("\(outlet)/feed.xml"))
            let feed = try FeedParser().parse(data)
            #expect(!feed.bozo, "\(outlet)")
            #expect(feed.items.count >= 3, "\(outlet)")
            #expect(feed.items.allSatisfy { $0.link != nil && $0.published != nil }, "\(outlet)")
        }
    }

    /// Truncated and byte-flipped versions of real feeds: every one gives a feed or an error, never a crash.
    @Test func mutatedFeedsNeverCrash() throws {
        var generator = SplitMix(seed: 42)
        for outlet in ["harbor-times", "meridian-daily"] {
            let original = [UInt8](try Data(contentsOf: samplesFolder.appendingPathComponent("\(outlet)/feed.xml")))
            for _ in 0..<300 {
                var bytes = Array(original.prefix(Int.random(in: 0...original.count, using: &generator)))
                for _ in 0..<Int.random(in: 0...8, using: &generator) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                _ = try? FeedParser().parse(Data(bytes))
            }
        }
    }
}

struct FeedDateParserTests {
    @Test(arguments: [
        ("Mon, 05 Jan 2026 09:30:00 +0900", "2026-01-05T00:30:00Z"),
        ("5 Jan 2026 09:30 GMT", "2026-01-05T09:30:00Z"),
        ("Mon, 05 Jan 26 09:30:00 EST", "2026-01-05T14:30:00Z"),
        ("2026-01-05", "2026-01-05T00:00:00Z"),
        ("2026-01-05T09:30:00.123-05:00", "2026-01-05T14:30:00Z"),
        ("20260105T093000Z", "2026-01-05T09:30:00Z"),
    ])
    func parses(_ text: String, _ expected: String) throws {
        let date = try #require(FeedDateParser.parse(text))
        let formatter = ISO8601DateFormatter()
        #expect(formatter.string(from: date) == expected)
    }

    @Test(arguments: ["Mon, 30 Feb 2026 10:00:00 GMT", "2026-13-01", "not a date", "", "2026-01-05T25:00:00Z"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(FeedDateParser.parse(text) == nil)
    }
}
