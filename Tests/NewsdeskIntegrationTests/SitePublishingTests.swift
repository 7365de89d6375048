import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskSite
import Testing

/// Incremental, atomic publishing; hostile slugs and titles; theme folders; per-topic feeds,
/// news sitemaps past 1,000 articles; corrections.
struct SitePublishingTests {
    static func stories(_ briefs: [Brief]) -> [SiteStory] {
        briefs.map { SiteStory(brief: $0, report: VerificationReport(verdicts: [], sourceCount: 1), related: []) }
    }

    static func render(_ briefs: [Brief], configuration: SiteConfiguration = SiteConfiguration(name: "Test Desk", baseURL: SiteNavigationTests.base), now: Date = Date()) throws -> [String: Data] {
        try SiteRenderer(configuration: configuration).render(stories(briefs), now: now)
    }

    static func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    @Test func aChangedBriefRewritesOnlyThePagesThatShowIt() throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let publisher = SitePublisher(target: site)
        var briefs = SiteNavigationTests.briefs
        let first = try publisher.publish(try Self.render(briefs))
        #expect(first.unchanged == 0 && first.written.count > 10)
        let paths = SiteRenderer.paths(for: briefs)
        let comet = site + "/" + paths["s-3"]!
        let budget = site + "/" + paths["s-2"]!
        let cometInode = try Self.inode(comet)
        let budgetInode = try Self.inode(budget)

        // The same site again: nothing is written.
        let same = try publisher.publish(try Self.render(briefs))
        #expect(same.written.isEmpty, "\(same.written)")
        #expect(same.unchanged == first.written.count)

        // One edited brief (the budget story): its page, the lists that show its teaser and the
        // feeds change; the comet story, in another month and topic, keeps its very file.
        briefs[1].lead[0].text = "Lawmakers in Seoul passed the amended budget on Tuesday."
        briefs[1].metaDescription = briefs[1].lead[0].text
        let edit = try publisher.publish(try Self.render(briefs))
        #expect(edit.written.contains(paths["s-2"]!))
        for path in ["index.html", "archive/2026-01.html", "feed.xml", "atom.xml", "feed.json", "search-index.json"] {
            #expect(edit.written.contains(path), "\(path) lists the edited story")
        }
        for path in [paths["s-3"]!, paths["s-1"]!, "about.html", "style.css", "archive/2026-02.html", "search.html"] {
            #expect(!edit.written.contains(path), "\(path) does not show the edited story")
        }
        #expect(edit.unchanged + edit.written.count == first.written.count)
        #expect(try Self.inode(comet) == cometInode)
        #expect(try Self.inode(budget) != budgetInode)
        #expect(try readSiteFile(site, paths["s-2"]!).contains("the amended budget"))
        // The site is still one symbolic link to one complete build; older builds are gone.
        let builds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".site-builds").path)
        #expect(builds.count == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site).hasSuffix(builds[0]))
    }

    @Test func aBriefWrittenAgainWithTheSameTextKeepsItsDateAndItsPages() throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let publisher = SitePublisher(target: site)
        let briefs = SiteNavigationTests.briefs
        try publisher.publish(try Self.render(briefs))
        // The next pipeline run writes every brief again, an hour later.
        var rewritten = briefs.map { brief -> Brief in
            var again = brief
            again.written = brief.written.addingTimeInterval(3600)
            return again
        }
        #expect(Pipeline.keepingWrittenDate(rewritten[0], previous: briefs[0]).written == briefs[0].written)
        rewritten[2].lead[0].text = "Astronomer Ines Kovalenko found a second comet on Sunday."
        let kept = zip(rewritten, briefs).map { Pipeline.keepingWrittenDate($0, previous: $1) }
        #expect(kept[2].written == rewritten[2].written)
        let report = try publisher.publish(try Self.render(kept))
        let paths = SiteRenderer.paths(for: briefs)
        #expect(report.written.contains(paths["s-3"]!))
        #expect(!report.written.contains(paths["s-1"]!) && !report.written.contains(paths["s-2"]!))
    }

    @Test func aRemovedStoryIsReportedAndGone() throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let publisher = SitePublisher(target: site)
        try publisher.publish(try Self.render(SiteNavigationTests.briefs))
        let report = try publisher.publish(try Self.render(Array(SiteNavigationTests.briefs.prefix(2))))
        let comet = SiteRenderer.paths(for: SiteNavigationTests.briefs)["s-3"]!
        #expect(report.removed.contains(comet) && report.removed.contains("archive/2026-02.html"))
        #expect(!FileManager.default.fileExists(atPath: site + "/" + comet))
    }

    @Test(arguments: ["../../escape", "../escape", "/etc/passwd", "a/b/../../../c", "nul\u{0}byte", "bell\u{7}\u{1b}[31m", "..", ".", "", "\u{202e}evil"])
    func aHostileSlugStaysInsideTheStoriesFolder(_ slug: String) throws {
        var brief = SiteNavigationTests.briefs[0]
        brief.slug = slug
        brief.headline = "Headline with ../ and /etc/passwd and \u{0}\u{7} <script>alert(1)</script>"
        let path = try #require(SiteRenderer.paths(for: [brief])[brief.storyID])
        #expect(path.hasPrefix("stories/") && SitePublisher.isSafe(path), "\(path.debugDescription)")
        #expect(!path.dropFirst("stories/".count).contains("/") && !path.contains(".."))
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("inner/site").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("inner").path, withIntermediateDirectories: true)
        let files = try Self.render([brief])
        try SitePublisher(target: site).publish(files)
        // Everything written is inside the build folder the site links to; nothing is beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inner"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("inner").path)) == [".site-builds", "site"])
        let page = try readSiteFile(site, path)
        #expect(!page.contains("<script>alert") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The feeds stay well-formed XML: control characters are dropped, markup escaped.
        for name in ["feed.xml", "atom.xml", "sitemap.xml"] {
            let parser = XMLParser(data: try #require(files[name]))
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
    }

    @Test(arguments: [
        "../x.html", "a/../../x.html", "/abs.html", "a//b.html", "./a.html", "a/./b.html", "nul\u{0}.html", "tab\t.html",
        "back\\slash.html", "rtl\u{202e}lmth.exe", String(repeating: "a", count: 256) + ".html",
    ])
    func thePublisherRefusesAPathThatCouldLeaveTheSite(_ path: String) throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        #expect(!SitePublisher.isSafe(path))
        #expect(throws: PublishError.self) { try SitePublisher(target: site).publish(["index.html": Data("x".utf8), path: Data("x".utf8)]) }
        // Refused before anything was written or swapped in.
        #expect(!FileManager.default.fileExists(atPath: site))
        let builds = folder.appendingPathComponent(".site-builds").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: builds)) ?? []).isEmpty)
    }

    @Test func aThemeFolderReplacesTemplatesAndStaticFiles() throws {
        let theme = try temporaryFolder()
        try "{{> header}}<h1>Custom: {{headline}}</h1>{{> footer}}".write(to: theme.appendingPathComponent("story.mustache"), atomically: true, encoding: .utf8)
        try "body { color: #000; }".write(to: theme.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let configuration = SiteConfiguration(name: "Test Desk", baseURL: SiteNavigationTests.base, themeDirectory: theme.path)
        let files = try Self.render(SiteNavigationTests.briefs, configuration: configuration)
        let path = SiteRenderer.paths(for: SiteNavigationTests.briefs)["s-1"]!
        let page = String(decoding: try #require(files[path]), as: UTF8.self)
        #expect(page.contains("<h1>Custom: Summit in Beijing</h1>") && page.contains("<html lang=\"en\">"))
        #expect(files["style.css"] == Data("body { color: #000; }".utf8))
        // Templates the theme leaves alone stay the default theme's.
        #expect(String(decoding: try #require(files["index.html"]), as: UTF8.self).contains("<h1>Latest stories</h1>"))
        let missing = SiteConfiguration(themeDirectory: theme.appendingPathComponent("missing").path)
        #expect(throws: SiteThemeError.self) { try SiteRenderer(configuration: missing) }
        try "{{#unclosed}}".write(to: theme.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: SiteThemeError.self) { try SiteRenderer(configuration: configuration) }
    }

    @Test func everyTopicHasItsOwnFeedsLinkedFromItsPage() throws {
        let files = try Self.render(SiteNavigationTests.briefs)
        let topic = "topics/lee-jae-myung"
        let page = String(decoding: try #require(files[topic + ".html"]), as: UTF8.self)
        for (file, type) in [(".xml", "application/rss+xml"), (".atom", "application/atom+xml"), (".json", "application/feed+json")] {
            #expect(page.contains("type=\"\(type)\" title=\"Lee Jae-myung — Test Desk"), "\(type)")
            #expect(page.contains("href=\"../\(topic)\(file)\""), "\(file)")
        }
        let rss = String(decoding: try #require(files[topic + ".xml"]), as: UTF8.self)
        #expect(rss.components(separatedBy: "<item>").count - 1 == 2)
        #expect(rss.contains("<link>\(SiteNavigationTests.base)\(topic).html</link>"))
        let jsonData = try #require(files[topic + ".json"])
        let json = try #require(try JSONSerialization.jsonObject(with: jsonData) as? [String: Any])
        #expect((json["items"] as? [Any])?.count == 2)
        #expect(json["feed_url"] as? String == SiteNavigationTests.base + topic + ".json")
        for name in [topic + ".xml", topic + ".atom"] {
            #expect(XMLParser(data: try #require(files[name])).parse(), "\(name)")
        }
    }

    @Test func newsSitemapsHoldAtMostAThousandArticlesEach() throws {
        let now = ISO8601DateFormatter().date(from: "2026-03-01T12:00:00Z")!
        let briefs = (0..<2_150).map { index in
            let date = now.addingTimeInterval(-Double(index) * 60)
            return Brief(
                storyID: "n\(index)", keyphrase: "Item \(index)", headline: "Item \(index)", metaDescription: "Item \(index).",
                slug: "item-\(index)", lead: [BriefSentence(text: "Item \(index).", citations: [1])], sections: [], differences: [],
                sources: [], engine: "extractive", written: date, newsDate: date)
        }
        let files = try Self.render(briefs, now: now)
        var total = 0
        for name in ["news-sitemap.xml", "news-sitemap-2.xml", "news-sitemap-3.xml"] {
            let xml = String(decoding: try #require(files[name], "\(name)"), as: UTF8.self)
            let count = xml.components(separatedBy: "<news:news>").count - 1
            #expect(count <= 1000, "\(name): \(count)")
            #expect(XMLParser(data: Data(xml.utf8)).parse())
            total += count
        }
        // Two days are 2,880 minutes: all 2,150 articles are recent.
        #expect(total == 2_150 && files["news-sitemap-4.xml"] == nil)
        let robots = String(decoding: try #require(files["robots.txt"]), as: UTF8.self)
        #expect(robots.contains("Sitemap: \(SiteNavigationTests.base)news-sitemap-3.xml"))
        // The home page shows the newest stories and sends readers to the archive for the rest.
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(home.components(separatedBy: "<li><article>").count - 1 == 30)
        #expect(home.contains("All 2150 stories are in the <a href=\"archive/index.html\">archive</a>"))
    }

    @Test func aCorrectionIsShownWithItsDateAndUpdatesDateModified() throws {
        let brief = SiteNavigationTests.briefs[0]
        let corrected = ISO8601DateFormatter().date(from: "2026-01-07T08:00:00Z")!
        let story = SiteStory(
            brief: brief, report: VerificationReport(verdicts: [], sourceCount: 1), related: [],
            corrections: [SiteStory.Correction(date: corrected, text: "An earlier version gave the wrong number of agreements.")])
        let files = try SiteRenderer(configuration: SiteConfiguration(name: "Test Desk", baseURL: SiteNavigationTests.base)).render([story])
        let page = String(decoding: try #require(files[SiteRenderer.paths(for: [brief])["s-1"]!]), as: UTF8.self)
        #expect(page.contains("<h2 id=\"corrections-title\">Corrections</h2>"))
        #expect(page.contains("<time datetime=\"2026-01-07T08:00:00Z\">January 7, 2026</time>: An earlier version gave the wrong number of agreements."))
        #expect(page.contains("Updated <time datetime=\"2026-01-07T08:00:00Z\">"))
        #expect(page.contains("\"dateModified\":\"2026-01-07T08:00:00Z\"") && page.contains("\"datePublished\":\"2026-01-05T09:30:00Z\""))
    }

    @Test(arguments: [0.0, 1.0, 86399.0, 86400.0, 951_782_400.0, 1_767_225_599.0, 1_767_625_800.5, 4_102_444_800.0, -86401.0])
    func siteDatesMatchFoundationsFormatters(_ seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let iso = ISO8601DateFormatter()
        let rfc = DateFormatter()
        rfc.locale = Locale(identifier: "en_US_POSIX")
        rfc.timeZone = TimeZone(identifier: "UTC")
        rfc.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        var brief = SiteNavigationTests.briefs[0]
        brief.newsDate = date
        brief.written = date
        let rss = String(decoding: try #require(try Self.render([brief])["feed.xml"]), as: UTF8.self)
        let atom = String(decoding: try #require(try Self.render([brief])["atom.xml"]), as: UTF8.self)
        #expect(rss.contains("<pubDate>\(rfc.string(from: date))</pubDate>"), "\(rfc.string(from: date))")
        #expect(atom.contains("<published>\(iso.string(from: date))</published>"), "\(iso.string(from: date))")
    }
}
