import Foundation
import NewsdeskCore
import NewsdeskSite
import Testing

/// The dated archive, entity pages and static search, rendered from small hand-made briefs.
struct SiteNavigationTests {
    static let base = "https://desk.example/"

    static func brief(_ id: String, _ headline: String, _ sentences: [String], day: String) -> Brief {
        let date = ISO8601DateFormatter().date(from: day + "T09:30:00Z")!
        let source = BriefSource(number: 1, articleID: 1, outlet: "Outlet", title: "Source of " + id, url: "https://outlet.example/" + id, published: date)
        return Brief(
            storyID: id, keyphrase: headline, headline: headline, metaDescription: sentences[0],
            slug: headline.lowercased().replacingOccurrences(of: " ", with: "-"),
            lead: [BriefSentence(text: sentences[0], citations: [1])],
            sections: [BriefSection(heading: "What happened", sentences: sentences.dropFirst().map { BriefSentence(text: $0, citations: [1]) })],
            differences: [], sources: [source], engine: "extractive", written: date, newsDate: date)
    }

    static let briefs = [
        brief("s-1", "Summit in Beijing", [
            "South Korean President Lee Jae-myung met Xi Jinping on Monday.",
            "The leaders signed 15 agreements, and Lee called the talks a fresh start.",
        ], day: "2026-01-05"),
        brief("s-2", "Seoul budget vote", [
            "Lawmakers in Seoul passed the budget on Tuesday.",
            "The plan was backed by Lee Jae-myung after weeks of talks.",
        ], day: "2026-01-20"),
        brief("s-3", "Comet found at Tallis Peak", [
            "Astronomer Ines Kovalenko found a faint comet on Sunday.",
            "The Minor Planet Center confirmed the orbit.",
        ], day: "2026-02-02"),
    ]

    static func render() throws -> [String: Data] {
        let renderer = try SiteRenderer(configuration: SiteConfiguration(name: "Test Desk", baseURL: base))
        return renderer.render(briefs.map { SiteStory(brief: $0, report: VerificationReport(verdicts: [], sourceCount: 1), related: []) })
    }

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) was not rendered"), as: UTF8.self)
    }

    static func mentions(_ brief: Brief, _ name: String) -> Bool {
        brief.allSentences.contains { $0.text.contains(name) }
    }

    @Test func theArchiveListsEveryStoryUnderItsMonth() throws {
        let files = try Self.render()
        let paths = SiteRenderer.paths(for: Self.briefs)
        let january = try Self.text(files, "archive/2026-01.html")
        let february = try Self.text(files, "archive/2026-02.html")
        for id in ["s-1", "s-2"] {
            #expect(january.contains("href=\"../\(paths[id]!)\""))
            #expect(!february.contains(paths[id]!))
        }
        #expect(february.contains("href=\"../\(paths["s-3"]!)\""))
        #expect(january.contains("<h1>January 2026</h1>") && january.contains("datetime=\"2026-01-20\""))
        let index = try Self.text(files, "archive/index.html")
        #expect(index.contains("href=\"2026-01.html\"") && index.contains("href=\"2026-02.html\""))
        #expect(try Self.text(files, "index.html").contains("href=\"archive/index.html\""))
    }

    @Test func aNameInTwoStoriesGetsAPageAndANameInOneDoesNot() throws {
        let files = try Self.render()
        let paths = SiteRenderer.paths(for: Self.briefs)
        let lee = try Self.text(files, "topics/lee-jae-myung.html")
        #expect(lee.contains("<h1>Lee Jae-myung</h1>"))
        // Newest first.
        let second = try #require(lee.range(of: paths["s-2"]!)), first = try #require(lee.range(of: paths["s-1"]!))
        #expect(second.lowerBound < first.lowerBound)
        #expect(!lee.contains(paths["s-3"]!))
        #expect(files["topics/ines-kovalenko.html"] == nil)
        // "Lee" alone is folded into the full name, and the role is no part of it.
        #expect(files["topics/lee.html"] == nil && files["topics/south-korean-president-lee-jae-myung.html"] == nil)
        #expect(try Self.text(files, "topics/index.html").contains("href=\"lee-jae-myung.html\""))
        let story = try Self.text(files, paths["s-1"]!)
        #expect(story.contains("Topics: <a href=\"../topics/lee-jae-myung.html\">Lee Jae-myung</a>"))
        #expect(!(try Self.text(files, paths["s-3"]!)).contains("Topics:"))
    }

    @Test func theSearchIndexHoldsEveryStoryAndItsHeadlineWords() throws {
        let files = try Self.render()
        let paths = SiteRenderer.paths(for: Self.briefs)
        let indexData = try #require(files["search-index.json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: indexData) as? [[String: String]])
        #expect(entries.count == Self.briefs.count)
        for brief in Self.briefs {
            let entry = try #require(entries.first { $0["p"] == paths[brief.storyID] })
            #expect(entry["h"] == brief.headline)
            #expect(entry["d"] == String(ISO8601DateFormatter().string(from: brief.newsDate!).prefix(10)))
            let words = Set((entry["w"] ?? "").split(separator: " ").map(String.init))
            #expect(words.contains(brief.headline.split(separator: " ").last!.lowercased()))
        }
        let search = try Self.text(files, "search.html")
        #expect(search.contains("<script src=\"search.js\" defer></script>"))
        #expect(search.contains("id=\"search-note\"") && search.contains("href=\"archive/index.html\""))
        #expect(!(try Self.text(files, "search.js")).contains("http"))
        // The sitemap lists the new pages.
        let sitemap = try Self.text(files, "sitemap.xml")
        for page in ["archive/index.html", "archive/2026-01.html", "topics/lee-jae-myung.html", "search.html"] {
            #expect(sitemap.contains("<loc>\(Self.base)\(page)</loc>"), "\(page)")
        }
    }

    @Test func everyInternalLinkResolvesAndNoPageCallsAnotherHost() throws {
        Self.checkLinksAndHosts(try Self.render(), base: Self.base)
    }

    /// Every `href`/`src` of every page names a rendered file, and outside the JSON-LD block and the
    /// list of sources no address points anywhere but `base`.
    static func checkLinksAndHosts(_ files: [String: Data], base: String) {
        let pattern = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = path.split(separator: "/").dropLast().map(String.init)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                if link.hasPrefix("#") || link.hasPrefix("http") { continue }
                var parts = folder
                for part in link.split(separator: "#")[0].split(separator: "/") {
                    if part == ".." { parts = parts.dropLast() } else { parts.append(String(part)) }
                }
                #expect(files[parts.joined(separator: "/")] != nil, "\(path) links to missing \(link)")
            }
            // Outside the JSON-LD block and the list of sources, every address is the site's own.
            var own = html
            for (start, end) in [("<script type=\"application/ld+json\">", "</script>"), ("<section class=\"sources\"", "</section>")] {
                if let open = own.range(of: start), let close = own.range(of: end, range: open.upperBound..<own.endIndex) {
                    own.removeSubrange(open.lowerBound..<close.upperBound)
                }
            }
            for scheme in ["http://", "https://"] {
                var rest = own[...]
                while let found = rest.range(of: scheme) {
                    #expect(rest[found.lowerBound...].hasPrefix(base), "\(path) refers to another host")
                    rest = rest[found.upperBound...]
                }
            }
        }
    }
}
