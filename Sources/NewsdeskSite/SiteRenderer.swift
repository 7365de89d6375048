import Foundation
import Mustache
import NewsdeskCore

/// A published story as the site shows it.
public struct SiteStory: Sendable {
    public var brief: Brief
    public var report: VerificationReport
    /// Ids of related stories, most related first.
    public var related: [String]

    public init(brief: Brief, report: VerificationReport, related: [String]) {
        self.brief = brief
        self.report = report
        self.related = related
    }
}

/// Renders the whole site as files in memory: relative path -> contents. Pure: no file access
/// except reading the theme folder when one is configured.
public struct SiteRenderer: Sendable {
    public let configuration: SiteConfiguration
    let library: MustacheLibrary

    public init(configuration: SiteConfiguration) throws {
        self.configuration = configuration
        var library = MustacheLibrary()
        for (name, text) in DefaultTheme.templates { try library.register(text, named: name) }
        if let folder = configuration.themeDirectory {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".mustache") {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                try library.register(text, named: String(file.dropLast(".mustache".count)))
            }
        }
        self.library = library
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
        for story in ordered {
            let path = paths[story.brief.storyID]!
            let related = story.related.compactMap { byID[$0] }.map { other in
                summary(other, path: paths[other.brief.storyID]!, root: "../")
            }
            files[path] = Data(renderStory(story, path: path, related: related, topics: topicLinks(story.brief.storyID, topics: topics)).utf8)
        }
        let index = page(
            title: configuration.name + " — latest stories", description: "The latest verified news briefs from \(configuration.name).",
            path: "index.html", root: "", ogType: "website",
            extra: ["stories": ordered.map { summary($0, path: paths[$0.brief.storyID]!, root: "") }])
        files["index.html"] = Data((library.render(index, withTemplate: "index") ?? "").utf8)
        let about = page(
            title: "How this site works — \(configuration.name)", description: "How \(configuration.name) writes, cites and verifies its articles.",
            path: "about.html", root: "", ogType: "website", extra: [:])
        files["about.html"] = Data((library.render(about, withTemplate: "about") ?? "").utf8)
        files["style.css"] = Data(Stylesheet.css.utf8)
        files["feed.xml"] = Data(SiteFeeds.rss(ordered.map(\.brief), paths: paths, configuration: configuration).utf8)
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("stories/") }.sorted()
        files["sitemap.xml"] = Data(SiteFeeds.sitemap(ordered.map(\.brief), paths: paths, pages: pages, configuration: configuration).utf8)
        files["atom.xml"] = Data(SiteFeeds.atom(ordered.map(\.brief), paths: paths, configuration: configuration).utf8)
        files["feed.json"] = Data(SiteFeeds.jsonFeed(ordered.map(\.brief), paths: paths, configuration: configuration).utf8)
        files["news-sitemap.xml"] = Data(SiteFeeds.newsSitemap(
            ordered.map(\.brief), paths: paths, configuration: configuration, now: now).utf8)
        files["robots.txt"] = Data("""
            User-agent: *
            Allow: /
            Sitemap: \(configuration.baseURL)sitemap.xml
            Sitemap: \(configuration.baseURL)news-sitemap.xml

            """.utf8)
        return files
    }

    /// `stories/<slug>.html`, with a numeric suffix when a slug is taken.
    public static func paths(for briefs: [Brief]) -> [String: String] {
        var used = Set<String>()
        var result: [String: String] = [:]
        for brief in briefs.sorted(by: { $0.storyID < $1.storyID }) {
            let slug = Slug.unique(brief.slug.isEmpty ? "story" : brief.slug, used: &used)
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
                "hasCorrections": !brief.corrections.isEmpty,
                "corrections": brief.corrections.map { ["dateISO": SiteDates.iso($0.date), "dateText": SiteDates.text($0.date), "note": $0.note] },
                "hasRelated": !related.isEmpty,
                "related": related,
                "jsonLD": StructuredData.newsArticle(brief, url: configuration.baseURL + path, configuration: configuration),
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
            "site": ["name": configuration.name, "language": configuration.language],
            "title": title, "description": description, "canonical": configuration.baseURL + path,
            "root": root, "ogType": ogType,
        ]
        context.merge(extra) { _, new in new }
        return context
    }
}
