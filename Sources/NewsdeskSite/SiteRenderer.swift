import Foundation
import Mustache
import NewsdeskCore

/// Renders the whole site as files in memory: relative path -> contents. Pure: no file access
/// except reading the theme folder when one is configured.
///
/// ```swift
/// let renderer = try SiteRenderer(configuration: SiteConfiguration(name: "Desk", baseURL: "https://desk.example/"))
/// let files = renderer.render(stories)   // "index.html", "stories/<slug>.html", "feed.xml", …
/// try SitePublisher(target: "site").publish(files)
/// ```
public struct SiteRenderer: Sendable {
    public let configuration: SiteConfiguration
    let library: MustacheLibrary
    /// Static files of the theme folder (`style.css`, `favicon.svg`, …) that replace the default ones.
    let themeFiles: [String: Data]

    /// The home page lists this many newest stories; the archive has the rest.
    static let homeLimit = 30
    /// Topics shown on the home page, with their newest stories.
    static let homeTopics = 6
    static let homeTopicStories = 3
    /// Stories per topic page; a topic named in more stories gets more pages.
    static let topicPageSize = 50
    /// Longest slug in a file name (file systems allow 255 bytes a name).
    static let slugLimit = 80

    public init(configuration: SiteConfiguration) throws {
        self.configuration = configuration
        _ = FastHTMLContentType.registered
        var library = MustacheLibrary()
        for (name, text) in DefaultTheme.templates { try library.register(FastHTMLContentType.pragma + text, named: name) }
        var themeFiles: [String: Data] = [:]
        if let folder = configuration.themeDirectory {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw SiteThemeError.unreadableFolder(folder)
            }
            for file in files.sorted() where !file.hasPrefix(".") {
                let path = folder + "/" + file
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                if file.hasSuffix(".mustache") {
                    do {
                        let text = try String(contentsOfFile: path, encoding: .utf8)
                        try library.register(text, named: String(file.dropLast(".mustache".count)))
                    } catch {
                        throw SiteThemeError.badTemplate(file: file, reason: String(describing: error))
                    }
                } else if SitePublisher.isSafe(file), let data = FileManager.default.contents(atPath: path) {
                    themeFiles[file] = data
                }
            }
        }
        self.library = library
        self.themeFiles = themeFiles
    }

    /// Every file of the site. Story paths are unique even when two keyphrases give the same slug.
    public func render(_ stories: [SiteStory], now: Date = Date()) -> [String: Data] {
        let ordered = stories.sorted {
            ($0.brief.newsDate ?? .distantPast, $0.brief.storyID) > ($1.brief.newsDate ?? .distantPast, $1.brief.storyID)
        }
        let paths = Self.paths(for: ordered.map(\.brief))
        let byID = Dictionary(ordered.map { ($0.brief.storyID, $0) }, uniquingKeysWith: { a, _ in a })
        let topics = SiteTopics(ordered)
        var files = navigationFiles(ordered, paths: paths, topics: topics)
        // 1. Story pages, rendered in parallel: each page depends only on its story and its neighbours.
        let pages = ConcurrentMap.map(ordered) { story -> (String, Data) in
            let path = paths[story.brief.storyID]!
            let related = story.related.compactMap { byID[$0] }.map { other in
                summary(other, path: paths[other.brief.storyID]!, root: "../")
            }
            return (path, Data(renderStory(story, path: path, related: related, topics: topicLinks(story.brief.storyID, topics: topics)).utf8))
        }
        for (path, data) in pages { files[path] = data }
        // 2. Home and about.
        let homeTopics = topics.topics.prefix(Self.homeTopics).map { topic -> [String: Any] in
            [
                "name": topic.name, "path": topic.path,
                "stories": topic.storyIDs.prefix(Self.homeTopicStories).compactMap { byID[$0] }.map { summary($0, path: paths[$0.brief.storyID]!, root: "") },
            ]
        }
        let index = page(
            title: configuration.name + " — latest stories", description: "The latest verified news briefs from \(configuration.name).",
            path: "index.html", root: "", ogType: "website",
            extra: [
                "stories": ordered.prefix(Self.homeLimit).map { summary($0, path: paths[$0.brief.storyID]!, root: "") },
                "hasMore": ordered.count > Self.homeLimit, "storyCount": ordered.count,
                "hasTopics": !homeTopics.isEmpty, "topics": homeTopics,
            ])
        files["index.html"] = Data((library.render(index, withTemplate: "index") ?? "").utf8)
        let about = page(
            title: "How this site works — \(configuration.name)", description: "How \(configuration.name) writes, cites and verifies its articles, and how it corrects them.",
            path: "about.html", root: "", ogType: "website", extra: ["storyCount": ordered.count])
        files["about.html"] = Data((library.render(about, withTemplate: "about") ?? "").utf8)
        // 3. Feeds, sitemaps, robots.txt and the static files.
        let briefs = ordered.map(\.brief)
        addFeeds(briefs, channel: .site(configuration), paths: paths, to: &files)
        for topic in topics.topics {
            let channel = SiteFeeds.Channel.topic(topic.name, page: topic.path, configuration: configuration)
            addFeeds(topic.storyIDs.compactMap { byID[$0]?.brief }, channel: channel, paths: paths, to: &files)
        }
        let otherPages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("stories/") }.sorted()
        let sitemaps = SiteFeeds.sitemaps(briefs, paths: paths, pages: otherPages, configuration: configuration)
        let newsSitemaps = SiteFeeds.newsSitemaps(briefs, paths: paths, configuration: configuration, now: now)
        for (path, xml) in sitemaps.merging(newsSitemaps, uniquingKeysWith: { a, _ in a }) { files[path] = Data(xml.utf8) }
        let sitemapLines = (sitemaps.keys.sorted(by: Self.numberedOrder) + newsSitemaps.keys.sorted(by: Self.numberedOrder))
            .map { "Sitemap: \(configuration.baseURL)\($0)\n" }.joined()
        files["robots.txt"] = Data("User-agent: *\nAllow: /\n\n\(sitemapLines)".utf8)
        files["style.css"] = Data(Stylesheet.css.utf8)
        files.merge(SiteImages.files) { current, _ in current }
        files.merge(themeFiles) { _, theme in theme }
        return files
    }

    /// `sitemap.xml` before `sitemap-2.xml` before `sitemap-10.xml`.
    static func numberedOrder(_ a: String, _ b: String) -> Bool {
        (a.count, a) < (b.count, b)
    }

    private func addFeeds(_ briefs: [Brief], channel: SiteFeeds.Channel, paths: [String: String], to files: inout [String: Data]) {
        files[channel.rssPath] = Data(SiteFeeds.rss(briefs, paths: paths, channel: channel, configuration: configuration).utf8)
        files[channel.atomPath] = Data(SiteFeeds.atom(briefs, paths: paths, channel: channel, configuration: configuration).utf8)
        files[channel.jsonPath] = Data(SiteFeeds.jsonFeed(briefs, paths: paths, channel: channel, configuration: configuration).utf8)
    }

    /// `stories/<slug>.html`, with a numeric suffix when a slug is taken. The slug is made again from
    /// the brief's, so a slug with "../", "/" or control characters cannot leave the stories folder.
    public static func paths(for briefs: [Brief]) -> [String: String] {
        var used = Set<String>()
        var result: [String: String] = [:]
        for brief in briefs.sorted(by: { $0.storyID < $1.storyID }) {
            var base = String(Slug.make(brief.slug).prefix(slugLimit))
            while base.hasSuffix("-") { base.removeLast() }
            let slug = Slug.unique(base.isEmpty ? "story" : base, used: &used)
            result[brief.storyID] = "stories/\(slug).html"
        }
        return result
    }

    private func renderStory(_ story: SiteStory, path: String, related: [[String: Any]], topics: [[String: Any]]) -> String {
        let brief = story.brief
        let copies = brief.sources.filter { $0.via != nil }.count
        let sections: [[String: Any]] = brief.sections.map { section in
            // Two or three sentences to a paragraph keeps paragraphs short on a phone.
            let chunks = stride(from: 0, to: section.sentences.count, by: 3).map {
                Array(section.sentences[$0..<min($0 + 3, section.sentences.count)])
            }
            return ["heading": section.heading, "paragraphs": chunks.map { ["sentences": $0.map(sentenceContext)] }]
        }
        let context = page(
            title: brief.headline, description: brief.metaDescription, path: path, root: "../", ogType: "article",
            extra: [
                "headline": brief.headline,
                "dateISO": SiteDates.iso(brief.newsDate ?? brief.written),
                "dateText": SiteDates.text(brief.newsDate ?? brief.written),
                "lead": brief.lead.map(sentenceContext),
                "sections": sections,
                "hasDifferences": !brief.differences.isEmpty,
                "differences": brief.differences.map { ["summary": $0.summary] },
                "hasKeyFacts": !brief.keyFacts.isEmpty,
                "keyFacts": brief.keyFacts.map { fact -> [String: Any] in
                    ["text": fact.text, "citations": fact.citations.map { ["number": $0] }]
                },
                "hasTimeline": !brief.timeline.isEmpty,
                "timeline": brief.timeline.map { entry -> [String: Any] in
                    ["day": entry.day, "label": entry.label, "sentence": sentenceContext(entry.sentence)]
                },
                "engine": brief.engine,
                "sourceCount": brief.independentSourceCount,
                "copyCount": copies > 0 ? copies : false,
                "copyNoun": copies == 1 ? "copy" : "copies",
                "copyVerb": copies == 1 ? "is" : "are",
                "verification": story.report.summary,
                "sources": brief.sources.map { source -> [String: Any] in
                    var item: [String: Any] = [
                        "number": source.number, "outlet": source.outlet, "title": source.title, "url": source.url,
                    ]
                    if let published = source.published {
                        item["dateText"] = SiteDates.text(published)
                        item["dateISO"] = SiteDates.iso(published)
                    }
                    if let via = source.via { item["via"] = via }
                    return item
                },
                "hasTopics": !topics.isEmpty,
                "topics": topics,
                "hasRelated": !related.isEmpty,
                "related": related,
                "jsonLD": StructuredData.newsArticle(story, url: configuration.baseURL + path, configuration: configuration),
                "updated": story.modified > SiteFeeds.published(brief).addingTimeInterval(60) && !story.corrections.isEmpty
                    ? ["dateISO": SiteDates.iso(story.modified), "dateText": SiteDates.text(story.modified)] as [String: Any] : false,
                "hasCorrections": !story.corrections.isEmpty,
                "corrections": story.corrections.map { correction -> [String: Any] in
                    ["dateISO": SiteDates.iso(correction.date), "dateText": SiteDates.text(correction.date), "text": correction.text]
                },
            ])
        return library.render(context, withTemplate: "story") ?? ""
    }

    private func sentenceContext(_ sentence: BriefSentence) -> [String: Any] {
        ["text": sentence.text, "citations": sentence.citations.map { ["number": $0] }]
    }

    func summary(_ story: SiteStory, path: String, root: String) -> [String: Any] {
        let date = story.brief.newsDate ?? story.brief.written
        return [
            "path": path, "root": root, "headline": story.brief.headline,
            "teaser": Self.teaser(story.brief.lead.first?.text ?? story.brief.metaDescription),
            "dateISO": SiteDates.iso(date), "dateText": SiteDates.text(date),
            "sourceCount": story.brief.independentSourceCount, "verification": story.report.summary,
        ]
    }

    /// One line: the lead cut at a word boundary near 160 characters.
    static func teaser(_ text: String) -> String {
        guard text.count > 160 else { return text }
        var cut = String(text.prefix(159))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    func page(title: String, description: String, path: String, root: String, ogType: String, extra: [String: Any]) -> [String: Any] {
        var context: [String: Any] = [
            "site": [
                "name": configuration.name, "language": configuration.language,
                "image": configuration.baseURL + SiteImages.storyImages[0],
            ],
            "feeds": SiteFeeds.Channel.site(configuration).alternates.map { $0.merging(["title": configuration.name]) { a, _ in a } },
            "title": title, "description": description, "canonical": configuration.baseURL + path,
            "root": root, "ogType": ogType,
        ]
        context.merge(extra) { _, new in new }
        return context
    }
}
