import Foundation
import NewsdeskCore
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

struct ArticleExtractorTests {
    struct ManifestEntry: Decodable {
        var path: String
        var outlet: String
    }

    static func samplePages() throws -> [ManifestEntry] {
        struct Manifest: Decodable { var articles: [ManifestEntry] }
        return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: samplesFolder.appendingPathComponent("manifest.json"))).articles
    }

    /// Every sample page: the body comes out without the page furniture around it.
    @Test func extractsEverySamplePageWithoutFurniture() throws {
        for entry in try Self.samplePages() {
            let data = try Data(contentsOf: samplesFolder.appendingPathComponent(String(entry.path.dropFirst())))
            let result = ArticleExtractor().extract(data, url: "http://sample.invalid" + entry.path)
            let article = try #require(result.article, "\(entry.path): \(result)")
            #expect(article.wordCount >= 200, "\(entry.path)")
            #expect(!article.title.contains(" | ") && !article.title.contains(entry.outlet), "\(entry.path): \(article.title)")
            #expect(article.published != nil, "\(entry.path)")
            let text = article.text.lowercased()
            for furniture in ["cookie", "newsletter", "most read", "all rights reserved", "copy link"] {
                #expect(!text.contains(furniture), "\(entry.path) keeps “\(furniture)”")
            }
        }
    }

    @Test func readsMetadataFromTheHead() throws {
        let html = """
            <html lang="en-GB"><head><title>Ferry terminal opens - Coast Herald</title>
            <meta property="og:site_name" content="Coast Herald"><meta name="description" content="The terminal opens.">
            <meta property="article:published_time" content="2026-01-05T09:00:00+01:00">
            <link rel="canonical" href="/news/ferry"><meta property="og:image" content="/img/ferry.jpg">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal opens","author":{"@type":"Person","name":"By Ana Ruiz"}}</script>
            </head><body><nav><a href="/">Home</a></nav><article><h1>Ferry terminal opens</h1>
            <p>The harbour authority opened the new ferry terminal on Monday after three years of building work and delays.</p>
            <p>Officials said the terminal will handle two million passengers a year, twice the capacity of the old one, by 2028.</p>
            <aside class="related"><a href="/x">Other story</a></aside></article><footer>© Coast Herald</footer></body></html>
            """
        let article = try #require(ArticleExtractor(options: { var o = ArticleExtractor.Options(); o.minimumWords = 10; return o }())
            .extract(Data(html.utf8), url: "https://coast.example/news/ferry?x=1").article)
        #expect(article.title == "Ferry terminal opens")
        #expect(article.authors == ["Ana Ruiz"])
        #expect(article.siteName == "Coast Herald")
        #expect(article.language == "en-GB")
        #expect(article.canonicalURL == "https://coast.example/news/ferry")
        #expect(article.image == "https://coast.example/img/ferry.jpg")
        #expect(article.published == FeedDateParser.parse("2026-01-05T08:00:00Z"))
        #expect(article.paragraphs.count == 2)
        #expect(!article.text.contains("Other story"))
    }

    static let prose = [
        "The harbour authority opened the new ferry terminal on Monday, after three years of building work and delays.",
        "Officials said the terminal will handle two million passengers a year, twice the capacity of the old one.",
        "Residents, who had campaigned for a quieter site, said the traffic on the coast road had already doubled.",
        "The mayor, speaking at the opening, promised a new bus line to the terminal before the summer season.",
    ]

    static func body(of html: String) -> String {
        ArticleExtractor(options: { var o = ArticleExtractor.Options(); o.minimumWords = 20; return o }())
            .extract(Data(html.utf8), url: "https://coast.example/x").article?.text ?? ""
    }

    /// General causes of empty extractions: prose in text-only divs or straight in a div between
    /// line breaks, a page wrapped in one `<form>`, an ancestor named like furniture.
    static func paragraphs(_ tag: String) -> String {
        prose.map { "<\(tag)>" + $0 + "</\(tag)>" }.joined()
    }

    static let markups: [String] = [
        "<div class=\"story\">" + paragraphs("div") + "</div>",
        "<div id=\"_article\">" + prose.joined(separator: "<br><br>") + "</div>",
        "<form id=\"page\"><div><article>" + paragraphs("p") + "</article></div></form>",
        "<div class=\"layout penci_sidebar\"><div class=\"entry\">" + paragraphs("p") + "</div></div>",
        "<div class=\"widget-area\"><div class=\"widget-container\">" + paragraphs("p") + "</div></div>",
    ]

    @Test(arguments: markups)
    func findsProseWhateverTheMarkup(_ markup: String) {
        let text = Self.body(of: "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav>\(markup)</body></html>")
        for sentence in Self.prose { #expect(text.contains(sentence), "\(markup.prefix(40))") }
    }

    /// An article split into sibling columns (each an only child's parent) is read whole.
    @Test func readsEveryColumnOfASplitArticle() {
        let columns = Self.prose.map { (sentence: String) -> String in
            "<div class=\"column\"><div class=\"inner\"><p>" + sentence + "</p></div></div>"
        }.joined()
        let text = Self.body(of: "<html><body><section class=\"body\">\(columns)</section><aside><p>Other news, today and every day.</p></aside></body></html>")
        for sentence in Self.prose { #expect(text.contains(sentence)) }
        #expect(!text.contains("Other news"))
    }

    /// An article cut into two chunks, each in a box with its own ad rail, is read whole, and a
    /// box built differently next to it is not.
    @Test func readsBothChunksOfAnArticleWithRails() {
        func chunk(_ sentences: ArraySlice<String>) -> String {
            "<div class=\"grid narrow\"><div class=\"body article__body\">" + sentences.map { "<p>" + $0 + "</p>" }.joined()
                + "</div><div class=\"grid__rail\"><div class=\"ad\">Advertisement</div></div></div>"
        }
        let html = "<html><body><div class=\"chunks\">" + chunk(Self.prose[0..<2]) + "<div class=\"row full-bleed-ad\"><p>Advertisement</p></div>"
            + chunk(Self.prose[2..<4]) + "<div class=\"grid wide\"><div class=\"body article__body\"><p>Other news, today and every day, from every corner of the coast.</p></div></div>"
            + "</div></body></html>"
        let text = Self.body(of: html)
        for sentence in Self.prose { #expect(text.contains(sentence)) }
        #expect(!text.contains("Other news"))
    }

    /// What the extractor drops before parsing (script and style bodies, comments, unread
    /// attributes) never takes prose with it: markup inside scripts and quoted attribute values,
    /// custom elements with hyphenated names, JSON-LD kept for the metadata.
    @Test func prefilteredMarkupKeepsTheProse() throws {
        let html = """
            <html><head><title>Page</title><style>p { color: red }</style>
            <script>var s = "<p>not prose</p></div>";</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal opens"}</script></head>
            <body><!-- <script> an old note --><div class="story" data-track='{"a":">"}' onclick="go(1 > 0)">
            <phoenix-picture data-src="a.jpg"><img srcset="a.jpg 1x"></phoenix-picture>
            \(Self.paragraphs("p"))<script>document.write("</div><p>not prose</p>")</script><p data-x=1/>
            </div></body></html>
            """
        let article = try #require(ArticleExtractor(options: { var o = ArticleExtractor.Options(); o.minimumWords = 20; return o }())
            .extract(Data(html.utf8), url: "https://coast.example/x").article)
        for sentence in Self.prose { #expect(article.text.contains(sentence)) }
        #expect(!article.text.contains("not prose"))
        #expect(article.title == "Ferry terminal opens")
    }

    /// Paragraphs left outside the article's box (CNN's lead, wrapped in a box of its own, and the
    /// first few) are read when built like the box's own paragraphs; a "Read more" button is not.
    @Test func readsParagraphsBuiltLikeTheBoxsOwn() {
        let lead = "The council met on Monday and, after a long debate, approved the ferry budget for the year."
        let more = (0..<6).map { "<div class=\"body__paragraph\">" + Self.prose[$0 % 4] + " It was, residents said, overdue.</div>" }.joined()
        let html = "<html><body><div class=\"l-container\"><div class=\"leaf\"><p class=\"body__paragraph speakable\">" + lead
            + "</p></div><div class=\"body__paragraph speakable\">Nobody, it seems, was surprised by that.</div>"
            + "<div class=\"read-more-button\">Read more of this story, and of every other one</div>"
            + "<div class=\"body__read-all\">" + more + "</div></div></body></html>"
        let text = Self.body(of: html)
        #expect(text.contains(lead))
        #expect(text.contains("Nobody, it seems, was surprised by that."))
        for sentence in Self.prose { #expect(text.contains(sentence)) }
        #expect(!text.contains("Read more"))
    }

    /// A long comment thread whose boxes are named "content" does not outscore a short article.
    @Test func preferTheArticleToALongerCommentThread() {
        let comment = "I disagree with the council, and I have said so, at length, at every meeting, for years, since the old terminal, the old road, the old bus line, and the old mayor were new."
        let thread = (0..<12).map { _ in "<div class=\"comment\"><div class=\"content\"><p>" + comment + "</p></div></div>" }.joined()
        let html = "<html><body><div class=\"article\"><div class=\"content\">" + Self.paragraphs("p")
            + "</div></div><div id=\"comments\">" + thread + "</div></body></html>"
        let text = Self.body(of: html)
        for sentence in Self.prose { #expect(text.contains(sentence)) }
        #expect(!text.contains("I disagree"))
    }

    @Test func rejectsWhatIsNotAnArticleWithAReason() {
        let extractor = ArticleExtractor()
        guard case .rejected(.empty) = extractor.extract(Data(), url: "http://x") else { Issue.record("empty"); return }
        guard case .rejected(.notHTML) = extractor.extract(Data([0x89, 0x50, 0, 0, 1]), url: "http://x") else { Issue.record("binary"); return }
        let short = "<html><body><p>The council met on Monday to discuss the budget.</p></body></html>"
        guard case .rejected(.tooShort) = extractor.extract(Data(short.utf8), url: "http://x") else { Issue.record("short"); return }
    }

    @Test func deepAndBrokenMarkupEndsInBoundedWork() {
        let deep = String(repeating: "<div>", count: 10_000) + "text" + String(repeating: "</div>", count: 10_000)
        _ = ArticleExtractor().extract(Data(deep.utf8), url: "http://x")
        var generator = SplitMix(seed: 9)
        let page = (try? Data(contentsOf: samplesFolder.appendingPathComponent("harbor-times/2026/01/05/lee-xi-summit.html"))) ?? Data()
        for _ in 0..<200 {
            var bytes = [UInt8](page.prefix(Int.random(in: 0...page.count, using: &generator)))
            for _ in 0..<Int.random(in: 0...20, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = ArticleExtractor().extract(Data(bytes), url: "http://x")
        }
    }
}
