import Foundation
import NewsdeskCore

/// RSS 2.0 and the sitemaps of the published stories.
enum SiteFeeds {
    /// What one set of feeds is about: the whole site, or one topic.
    struct Channel {
        var title: String
        var description: String
        /// The page the feeds stand for, relative to the site ("index.html", "topics/beijing.html").
        var page: String
        /// Relative paths of the three feeds.
        var rssPath: String
        var atomPath: String
        var jsonPath: String
        /// Items per feed: the site's feeds carry more than each topic's.
        var limit = SiteFeeds.feedLimit

        static func site(_ configuration: SiteConfiguration) -> Channel {
            Channel(
                title: configuration.name, description: "Verified news briefs from \(configuration.name)",
                page: "", rssPath: "feed.xml", atomPath: "atom.xml", jsonPath: "feed.json")
        }

        /// `topics/<slug>.html` -> `topics/<slug>.xml`, `.atom`, `.json`.
        static func topic(_ name: String, page: String, configuration: SiteConfiguration) -> Channel {
            let stem = String(page.dropLast(".html".count))
            return Channel(
                title: "\(name) — \(configuration.name)", description: "Stories of \(configuration.name) that name \(name)",
                page: page, rssPath: stem + ".xml", atomPath: stem + ".atom", jsonPath: stem + ".json",
                limit: SiteFeeds.topicFeedLimit)
        }

        /// The `<link rel="alternate">` entries of the page.
        var alternates: [[String: String]] {
            [
                ["type": "application/rss+xml", "label": "RSS", "path": rssPath],
                ["type": "application/atom+xml", "label": "Atom", "path": atomPath],
                ["type": "application/feed+json", "label": "JSON Feed", "path": jsonPath],
            ]
        }
    }

    /// Feed readers show the newest stories; older ones stay in the archive pages.
    static let feedLimit = 50
    /// A topic's feed follows one name; its readers need the newest few (a site has thousands of topics).
    static let topicFeedLimit = 20
    /// A sitemap file holds at most 50,000 URLs (sitemaps.org).
    static let sitemapLimit = 50_000

    static func rss(_ briefs: [Brief], paths: [String: String], channel: Channel, configuration: SiteConfiguration) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(escape(channel.title))</title>
            <link>\(escape(configuration.baseURL + channel.page))</link>
            <description>\(escape(channel.description))</description>
            <language>\(escape(configuration.language))</language>
            <atom:link href="\(escape(configuration.baseURL + channel.rssPath))" rel="self" type="application/rss+xml"/>

            """
        if let newest = briefs.map(modified).max() { xml += "<lastBuildDate>\(SiteDates.rfc822(newest))</lastBuildDate>\n" }
        for brief in briefs.prefix(channel.limit) {
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            xml += """
                <item>
                <title>\(escape(brief.headline))</title>
                <link>\(escape(url))</link>
                <guid isPermaLink="true">\(escape(url))</guid>
                <pubDate>\(SiteDates.rfc822(published(brief)))</pubDate>
                <description>\(escape(brief.metaDescription))</description>
                </item>

                """
        }
        return xml + "</channel>\n</rss>\n"
    }

    /// The site's other pages first (`pages`: index, about, archive, topics, search), then the story
    /// pages with their dates, in files of at most `sitemapLimit` URLs: `sitemap.xml`, `sitemap-2.xml`, ….
    static func sitemaps(_ briefs: [Brief], paths: [String: String], pages: [String], configuration: SiteConfiguration) -> [String: String] {
        var entries = pages.map { "<url><loc>\(escape(configuration.baseURL + $0))</loc></url>\n" }
        for brief in briefs {
            entries.append("<url><loc>\(escape(configuration.baseURL + (paths[brief.storyID] ?? "")))</loc><lastmod>\(SiteDates.iso(modified(brief)))</lastmod></url>\n")
        }
        return chunked(entries, size: sitemapLimit, stem: "sitemap", namespaces: "")
    }

    /// `entries` in files `<stem>.xml`, `<stem>-2.xml`, … of at most `size` entries each; one empty file when there is none.
    static func chunked(_ entries: [String], size: Int, stem: String, namespaces: String) -> [String: String] {
        var files: [String: String] = [:]
        let starts = entries.isEmpty ? [0] : Array(stride(from: 0, to: entries.count, by: size))
        for (number, start) in starts.enumerated() {
            let name = number == 0 ? "\(stem).xml" : "\(stem)-\(number + 1).xml"
            var xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\(namespaces)>

                """
            xml += entries[start..<min(start + size, entries.count)].joined()
            files[name] = xml + "</urlset>\n"
        }
        return files
    }

    /// The time a story was first published: its news date, else when it was written.
    static func published(_ brief: Brief) -> Date {
        brief.newsDate ?? brief.written
    }

    /// The time a story last changed, never before its publication.
    static func modified(_ brief: Brief) -> Date {
        max(brief.modified ?? brief.written, brief.written, published(brief))
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // XML 1.0 allows no other control character, not even escaped.
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
