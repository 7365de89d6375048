import Foundation
import NewsdeskCore
import NewsdeskIngest
import Testing

/// Large feeds are read item by item while they parse; the result must be the whole-tree result.
struct FeedItemStreamerTests {
    static func parse(_ data: Data, streaming: Bool) -> Feed? {
        var options = FeedParser.Options()
        options.streamingThreshold = streaming ? 0 : Int.max
        return try? FeedParser(options: options).parse(data)
    }

    @Test(.enabled(if: !FeedParserFuzzTests.conformanceFiles().isEmpty, "needs the shared conformance files"))
    func streamingReadsEveryConformanceFileAsTheWholeTreeDoes() throws {
        var compared = 0
        for file in FeedParserFuzzTests.conformanceFiles() {
            let data = try Data(contentsOf: file)
            #expect(Self.parse(data, streaming: true) == Self.parse(data, streaming: false), "\(file.path)")
            compared += 1
        }
        #expect(compared > 1000)
    }

    @Test(arguments: ["rss", "atom", "rdf"])
    func streamingReadsLargeGeneratedFeedsAsTheWholeTreeDoes(_ format: String) throws {
        var body = ""
        for i in 0..<3000 {
            switch format {
            case "rss":
                body += "<item><title>Item \(i) &amp; more</title><link>/story/\(i)</link><description>&lt;p&gt;Text \(i) &lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;</description><pubDate>Mon, 05 Jan 2026 09:00:00 +0000</pubDate><category>c\(i % 7)</category></item>\n"
            case "atom":
                body += "<entry xml:base=\"/section/\"><title type=\"html\">Entry \(i) &lt;b&gt;bold&lt;/b&gt;</title><link href=\"e\(i)\"/><id>urn:e:\(i)</id><updated>2026-01-05T09:00:00Z</updated><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Para <a href=\"x\">\(i)</a></p></div></content></entry>\n"
            default:
                body += "<item rdf:about=\"http://r.example/\(i)\"><title>R \(i)</title><link>http://r.example/\(i)</link><dc:date>2026-01-05T09:00:00Z</dc:date></item>\n"
            }
        }
        let xml = switch format {
        case "rss": "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title><link>http://big.example/</link>\n\(body)</channel></rss>"
        case "atom": "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://a.example/\"><title>Big</title>\n\(body)</feed>"
        default: "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Big</title></channel>\n\(body)</rdf:RDF>"
        }
        let streamed = try #require(Self.parse(Data(xml.utf8), streaming: true))
        #expect(streamed.items.count == 3000)
        #expect(streamed == Self.parse(Data(xml.utf8), streaming: false))
    }

    @Test func truncatedLargeFeedsKeepTheItemsBeforeTheCut() throws {
        let items = (0..<500).map { "<item><title>T\($0)</title><link>http://t.example/\($0)</link></item>" }.joined()
        let xml = "<rss version=\"2.0\"><channel><title>Cut</title>" + items
        let cut = Data(xml.utf8.prefix(xml.utf8.count - 30))
        let streamed = try #require(Self.parse(cut, streaming: true))
        #expect(streamed.bozo)
        #expect(streamed.items.count >= 499)
        #expect(streamed == Self.parse(cut, streaming: false))
    }
}
