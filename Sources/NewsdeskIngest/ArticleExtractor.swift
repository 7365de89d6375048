import CLibXML2
import Foundation
import NewsdeskCore

/// Finds the main text and the metadata of a news page.
///
/// ```swift
/// switch ArticleExtractor().extract(html, url: "https://example.org/story") {
/// case .article(let article): print(article.title, article.paragraphs.count)
/// case .rejected(let reason): print("skipped:", reason)
/// }
/// ```
public struct ArticleExtractor: Sendable {
    public struct Options: Sendable {
        /// Below this many words a page is a teaser, a paywall or an index page, not an article.
        public var minimumWords = 40
        /// Pages past this size are cut: no news article needs more, and parsing cost stays bounded.
        public var maximumBytes = 20 * 1024 * 1024
        /// A block whose text is mostly link text is navigation, not prose.
        public var maximumLinkDensity = 0.5

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func extract(_ html: Data, url: String, encoding: String? = nil) -> ExtractionResult {
        let result = extractFromStart(html, url: url, encoding: encoding)
        // A cut page that gave nothing says why: the reason is its size, not its text.
        if case .rejected = result, html.count > options.maximumBytes {
            return .rejected(.tooLarge(bytes: html.count, limit: options.maximumBytes))
        }
        return result
    }

    private func extractFromStart(_ html: Data, url: String, encoding: String?) -> ExtractionResult {
        guard !html.isEmpty else { return .rejected(.empty) }
        let data = html.count > options.maximumBytes ? html.prefix(options.maximumBytes) : html
        if Self.looksBinary(data) { return .rejected(.notHTML) }
        let document = HTMLDocumentHandle(data: HTMLPrefilter.strip(Data(data)), url: url, encoding: encoding)
        guard let root = document.root else { return .rejected(.notHTML) }
        let metadata = PageMetadata(document: document)
        // <body> is nearly always a child of <html>; the whole-tree search is for odd documents.
        let body = root.elementChildren.first { $0.name == "body" } ?? document.first("body", under: root) ?? root
        var paragraphs = MainTextFinder(options: options, body: body).paragraphs(in: body)
        let title = Self.title(metadata: metadata)
        if let first = paragraphs.first, first.kind == .heading, Tokenizer.normalize(first.text) == Tokenizer.normalize(title) {
            paragraphs.removeFirst()
        }
        var words: Int
        // Fallback: a JSON-LD articleBody that is longer than what the DOM gave.
        if let body = metadata.articleObject?["articleBody"] as? String {
            words = MainTextFinder.wordCount(paragraphs)
            let bodyWords = Tokenizer.words(in: body).count
            if bodyWords > words * 2 {
                paragraphs = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.map { Paragraph(.paragraph, $0) }
                words = bodyWords
            }
        } else {
            // Only the minimum is checked, and the count given when the text falls short of it is exact.
            words = MainTextFinder.wordCount(paragraphs, upTo: options.minimumWords)
        }
        if paragraphs.isEmpty { return .rejected(.noText) }
        if words < options.minimumWords { return .rejected(.tooShort(words: words, minimum: options.minimumWords)) }
        return .article(Self.article(url: url, title: title, metadata: metadata, paragraphs: paragraphs))
    }

    /// libxml2's bare parse of the page as given (with the same size cut and parser options as
    /// `extract`, without its prefilter), freed at once: the baseline that benchmarks measure the
    /// whole extraction against. True when libxml2 gave a document.
    public func parseOnly(_ html: Data, url: String, encoding: String? = nil) -> Bool {
        guard !html.isEmpty else { return false }
        let data = html.count > options.maximumBytes ? html.prefix(options.maximumBytes) : html
        return HTMLDocumentHandle(data: Data(data), url: url, encoding: encoding).root != nil
    }

    private static func article(url: String, title: String, metadata: PageMetadata, paragraphs: [Paragraph]) -> Article {
        let ld = metadata.articleObject
        let published = [ld?["datePublished"] as? String, metadata.first("article:published_time"),
            metadata.first("datepublished"), metadata.first("date"), metadata.first("pubdate"), metadata.firstTimeElement]
            .lazy.compactMap { $0 }.compactMap(FeedDateParser.parse).first
        let modified = [ld?["dateModified"] as? String, metadata.first("article:modified_time"), metadata.first("og:updated_time")]
            .lazy.compactMap { $0 }.compactMap(FeedDateParser.parse).first
        var authors = PageMetadata.names(from: ld?["author"])
        if authors.isEmpty { authors = metadata.meta["author"] ?? metadata.meta["article:author"] ?? [] }
        authors = authors.map(cleanAuthor).filter { !$0.isEmpty }
        let publisher = PageMetadata.names(from: ld?["publisher"]).first
        var tags = metadata.meta["article:tag"] ?? []
        if tags.isEmpty, let keywords = metadata.first("keywords") ?? (ld?["keywords"] as? String) {
            tags = keywords.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let image = metadata.first("og:image") ?? PageMetadata.url(from: ld?["image"]) ?? metadata.first("twitter:image")
        let canonical = metadata.canonical ?? metadata.first("og:url")
        return Article(
            url: url,
            canonicalURL: canonical.map { URLResolver.resolve($0, against: url) },
            title: title,
            authors: authors,
            published: published,
            modified: modified,
            siteName: metadata.first("og:site_name") ?? publisher ?? siteNameFromTitle(metadata.htmlTitle, title: title),
            language: metadata.language ?? metadata.first("og:locale"),
            description: metadata.first("description") ?? metadata.first("og:description"),
            image: image.map { URLResolver.resolve($0, against: url) },
            section: metadata.first("article:section") ?? (ld?["articleSection"] as? String),
            tags: tags,
            paragraphs: paragraphs)
    }

    /// The headline without the " | Site name" decoration.
    static func title(metadata: PageMetadata) -> String {
        if let headline = metadata.articleObject?["headline"] as? String, !headline.isEmpty { return headline.collapsingWhitespace }
        if let og = metadata.first("og:title") { return stripSiteSuffix(og).collapsingWhitespace }
        return stripSiteSuffix(metadata.htmlTitle ?? "").collapsingWhitespace
    }

    static let titleSeparators = [" | ", " - ", " — ", " – ", " :: ", " · "]

    static func stripSiteSuffix(_ title: String) -> String {
        for separator in titleSeparators {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                let tail = title[range.upperBound...]
                // The site name is the shorter side, usually a few words.
                if tail.split(separator: " ").count <= 5, head.count > tail.count { return head }
            }
        }
        return title
    }

    static func siteNameFromTitle(_ htmlTitle: String?, title: String) -> String? {
        guard let htmlTitle else { return nil }
        for separator in titleSeparators {
            if let range = htmlTitle.range(of: separator, options: .backwards) {
                let tail = htmlTitle[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !tail.isEmpty, tail.split(separator: " ").count <= 5 { return tail }
            }
        }
        return nil
    }

    static func cleanAuthor(_ raw: String) -> String {
        var name = raw.collapsingWhitespace
        for prefix in ["By ", "by ", "BY "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }

    /// NUL bytes early in the data mean an image, a PDF or another binary format.
    static func looksBinary(_ data: Data) -> Bool {
        data.prefix(1024).contains(0)
    }
}
