import Foundation
import NewsdeskCore

/// Atom 1.0, JSON Feed 1.1 and the Google News sitemaps of the published stories.
extension SiteFeeds {
    /// Google News reads only articles of the last two days, at most 1,000 per sitemap file.
    static let newsWindow: TimeInterval = 2 * 86400
    static let newsLimit = 1000

    static func atom(_ briefs: [Brief], paths: [String: String], channel: Channel, configuration: SiteConfiguration) -> String {
        let updated = briefs.map(modified).max() ?? Date(timeIntervalSince1970: 0)
        let page = configuration.baseURL + channel.page
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(configuration.language))">
            <title>\(escape(channel.title))</title>
            <subtitle>\(escape(channel.description))</subtitle>
            <id>\(escape(page))</id>
            <link rel="alternate" type="text/html" href="\(escape(page))"/>
            <link rel="self" type="application/atom+xml" href="\(escape(configuration.baseURL + channel.atomPath))"/>
            <updated>\(SiteDates.iso(updated))</updated>
            <author><name>\(escape(configuration.name))</name><uri>\(escape(configuration.baseURL))</uri></author>

            """
        for brief in briefs.prefix(channel.limit) {
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            xml += """
                <entry>
                <title>\(escape(brief.headline))</title>
                <id>\(escape(url))</id>
                <link rel="alternate" type="text/html" href="\(escape(url))"/>
                <published>\(SiteDates.iso(published(brief)))</published>
                <updated>\(SiteDates.iso(modified(brief)))</updated>
                <summary>\(escape(brief.metaDescription))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    static func jsonFeed(_ briefs: [Brief], paths: [String: String], channel: Channel, configuration: SiteConfiguration) -> String {
        let items: [JSONText] = briefs.prefix(channel.limit).map { brief in
            let url = JSONText.string(configuration.baseURL + (paths[brief.storyID] ?? ""))
            return .object([
                ("id", url), ("url", url), ("title", .string(brief.headline)), ("summary", .string(brief.metaDescription)),
                ("content_text", .string(brief.allSentences.map(\.text).joined(separator: " "))),
                ("date_published", .string(SiteDates.iso(published(brief)))),
                ("date_modified", .string(SiteDates.iso(modified(brief)))),
                ("tags", .array([.string(brief.keyphrase)])),
            ])
        }
        let feed = JSONText.object([
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(channel.title)),
            ("description", .string(channel.description)),
            ("home_page_url", .string(configuration.baseURL + channel.page)),
            ("feed_url", .string(configuration.baseURL + channel.jsonPath)),
            ("language", .string(configuration.language)),
            ("authors", .array([.object([("name", .string(configuration.name)), ("url", .string(configuration.baseURL))])])),
            ("items", .array(items)),
        ])
        return feed.text + "\n"
    }

    /// Articles of the two days before `now`, newest first, in files of at most `newsLimit` articles:
    /// `news-sitemap.xml`, `news-sitemap-2.xml`, ….
    static func newsSitemaps(_ briefs: [Brief], paths: [String: String], configuration: SiteConfiguration, now: Date) -> [String: String] {
        let recent = briefs.filter {
            let age = now.timeIntervalSince(published($0))
            return age >= -3600 && age <= newsWindow
        }
        let entries = recent.map { brief in
            """
            <url><loc>\(escape(configuration.baseURL + (paths[brief.storyID] ?? "")))</loc><news:news><news:publication>\
            <news:name>\(escape(configuration.name))</news:name><news:language>\(escape(newsLanguage(configuration.language)))</news:language>\
            </news:publication><news:publication_date>\(SiteDates.iso(published(brief)))</news:publication_date>\
            <news:title>\(escape(brief.headline))</news:title></news:news></url>

            """
        }
        return chunked(
            entries, size: newsLimit, stem: "news-sitemap",
            namespaces: " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"")
    }

    /// Google News wants ISO 639 codes, lower case, with `zh-cn` / `zh-tw` for Chinese.
    static func newsLanguage(_ tag: String) -> String {
        let lower = tag.lowercased().replacingOccurrences(of: "_", with: "-")
        if lower.hasPrefix("zh") {
            return lower.contains("tw") || lower.contains("hant") || lower.contains("hk") ? "zh-tw" : "zh-cn"
        }
        return String(lower.prefix { $0 != "-" })
    }
}
