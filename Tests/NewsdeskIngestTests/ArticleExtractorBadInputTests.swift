import Foundation
import NewsdeskCore
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

/// Pages that are not articles, or not pages at all: each ends in an article or a rejection with
/// its reason, never a crash or a hang.
struct ArticleExtractorBadInputTests {
    static let head = "<html><head><title>Council budget - Coast Herald</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"

    @Test func aPaywallOnlyPageIsRejectedAsTooShort() {
        let html = Self.head + """
            <article><h1>Council passes the budget</h1><p>The council voted on Monday to approve next year's budget.</p>
            <div class="paywall"><p>Subscribe to keep reading.</p><p>Already a subscriber? Log in.</p></div></article>
            <footer>© Coast Herald</footer></body></html>
            """
        guard case .rejected(.tooShort(let words, let minimum)) = ArticleExtractor().extract(Data(html.utf8), url: "http://x") else {
            Issue.record("a paywall teaser was taken for an article")
            return
        }
        #expect(words < minimum)
    }

    @Test func anImageOnlyPageHasNoText() {
        let html = Self.head + """
            <main><figure><img src="/photo.jpg" alt="The new ferry terminal"><figcaption>The new terminal.</figcaption></figure>
            <picture><source srcset="/photo.webp"><img src="/photo2.jpg"></picture></main></body></html>
            """
        let result = ArticleExtractor().extract(Data(html.utf8), url: "http://x")
        guard case .rejected(let reason) = result else { Issue.record("an image became an article: \(result)"); return }
        switch reason {
        case .noText, .tooShort: break
        default: Issue.record("an image-only page was rejected for another reason: \(reason)")
        }
    }

    /// Past `maximumBytes` the page is cut, and what came before the cut still reads as an article.
    @Test func anOversizedPageIsCutAndStillRead() throws {
        var options = ArticleExtractor.Options()
        options.maximumBytes = 64 * 1024
        let paragraph = "<p>The harbour authority opened the new ferry terminal on Monday, after three years of building work.</p>"
        let html = Self.head + "<article>" + String(repeating: paragraph, count: 20) + "</article>"
            + String(repeating: "<div class=\"ad\">Advertisement</div>", count: 40_000) + "</body></html>"
        #expect(html.utf8.count > 1_000_000)
        let article = try #require(ArticleExtractor(options: options).extract(Data(html.utf8), url: "http://x").article)
        #expect(article.paragraphs.count == 20)
        // The article past the cut is not read, and the rejection names the size.
        let late = Self.head + String(repeating: "<div class=\"ad\">Advertisement</div>", count: 40_000)
            + "<article>" + String(repeating: paragraph, count: 20) + "</article></body></html>"
        guard case .rejected(.tooLarge(let bytes, let limit)) = ArticleExtractor(options: options).extract(Data(late.utf8), url: "http://x") else {
            Issue.record("an article past the size cut was read, or the rejection does not name the size")
            return
        }
        #expect(bytes == late.utf8.count && limit == options.maximumBytes)
    }

    static let tags = ["div", "p", "span", "article", "section", "a", "ul", "li", "table", "tr", "td", "h2", "blockquote",
                       "script", "style", "nav", "aside", "form", "br", "img", "b", "i", "pre", "figure", "iframe", "template"]
    static let attributes = ["", " class=\"content\"", " class=\"comments\"", " id=\"story\"", " hidden", " style=\"display:none\"",
                             " role=\"navigation\"", " class=\"share social\"", " itemprop=\"articleBody\"", " class=\"", " id=x'"]
    static let texts = ["The council met on Monday, as planned, to discuss the budget and the ferry.", "Read more", "&amp;",
                        "&#xD800;", "&nbsp;", "<!-- note", "-->", "]]>", "<![CDATA[x", "\u{0}", "é東京", "\u{FEFF}", "<", ">", "\"", "'"]

    /// Random markup: tags opened and closed at random (often mismatched), odd attributes, entities,
    /// comments and stray bytes.
    static func randomPage(_ generator: inout SplitMix) -> String {
        var html = Bool.random(using: &generator) ? "<!doctype html><html><body>" : ""
        var open: [String] = []
        for _ in 0..<Int.random(in: 0...400, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4:
                let tag = tags.randomElement(using: &generator)!
                html += "<\(tag)\(attributes.randomElement(using: &generator)!)>"
                open.append(tag)
            case 4..<6:
                if let tag = Bool.random(using: &generator) ? open.popLast() : tags.randomElement(using: &generator) { html += "</\(tag)>" }
            default:
                html += texts.randomElement(using: &generator)!
            }
        }
        return html
    }

    static func assertEndsWell(_ result: ExtractionResult, _ label: String) {
        switch result {
        case .article(let article):
            #expect(article.wordCount >= ArticleExtractor.Options().minimumWords, "\(label)")
            #expect(!article.paragraphs.contains { $0.text.isEmpty }, "\(label)")
        case .rejected(let reason):
            #expect(!reason.description.isEmpty, "\(label)")
        }
    }

    @Test func randomMarkupGivesAnArticleOrAReason() {
        var generator = SplitMix(seed: 2026)
        for index in 0..<300 {
            let page = Self.randomPage(&generator)
            Self.assertEndsWell(ArticleExtractor().extract(Data(page.utf8), url: "http://x"), "random page \(index)")
        }
    }

    /// Real pages cut at every kind of point (inside a tag, an attribute, an entity, a multi-byte
    /// character, a script) and random bytes.
    @Test func truncatedPagesAndRandomBytesGiveAnArticleOrAReason() throws {
        var generator = SplitMix(seed: 4)
        let entries = try ArticleExtractorTests.samplePages().prefix(3)
        for entry in entries {
            let page = try Data(contentsOf: samplesFolder.appendingPathComponent(String(entry.path.dropFirst())))
            for _ in 0..<40 {
                let cut = Int.random(in: 0...page.count, using: &generator)
                Self.assertEndsWell(ArticleExtractor().extract(page.prefix(cut), url: "http://x"), "\(entry.path) cut at \(cut)")
            }
        }
        for index in 0..<100 {
            let bytes = (0..<Int.random(in: 1...4096, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            Self.assertEndsWell(ArticleExtractor().extract(Data(bytes), url: "http://x"), "random bytes \(index)")
        }
    }
}
