import Foundation
import NewsdeskCore

/// Atom 1.0, JSON Feed 1.1 and the Google News sitemap of the published stories.
extension SiteFeeds {
    /// Feed readers show the newest stories; older ones stay in the archive pages.
    static let feedLimit = 50
    /// Google News reads only articles of the last two days, at most 1,000 per sitemap file.
    static let newsWindow: TimeInterval = 2 * 86400
    static let newsLimit = 1000

    static func atom(_ briefs: [Brief], paths: [String: String], configuration: SiteConfiguration) -> String {
        let updated = briefs.map(\.written).max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(configuration.language))">
            <title>\(escape(configuration.name))</title>
            <id>\(escape(configuration.baseURL))</id>
            <link rel="alternate" type="text/html" href="\(escape(configuration.baseURL))"/>
            <link rel="self" type="application/atom+xml" href="\(escape(configuration.baseURL))atom.xml"/>
            <updated>\(SiteDates.iso(updated))</updated>
            <author><name>\(escape(configuration.name))</name></author>

            """
        for brief in briefs.prefix(feedLimit) {
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            xml += """
                <entry>
                <title>\(escape(brief.headline))</title>
                <id>\(escape(url))</id>
                <link rel="alternate" type="text/html" href="\(escape(url))"/>
                <published>\(SiteDates.iso(brief.newsDate ?? brief.written))</published>
                <updated>\(SiteDates.iso(brief.written))</updated>
                <summary>\(escape(brief.metaDescription))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    static func jsonFeed(_ briefs: [Brief], paths: [String: String], configuration: SiteConfiguration) -> String {
        let items: [[String: Any]] = briefs.prefix(feedLimit).map { brief in
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            return [
                "id": url, "url": url, "title": brief.headline, "summary": brief.metaDescription,
                "content_text": brief.allSentences.map(\.text).joined(separator: " "),
                "date_published": SiteDates.iso(brief.newsDate ?? brief.written),
                "date_modified": SiteDates.iso(brief.written),
                "tags": [brief.keyphrase],
            ]
        }
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": configuration.name,
            "home_page_url": configuration.baseURL,
            "feed_url": configuration.baseURL + "feed.json",
            "language": configuration.language,
            "authors": [["name": configuration.name]],
            "items": items,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Articles of the two days before `now`, newest first, within the per-file limit.
    static func newsSitemap(_ briefs: [Brief], paths: [String: String], configuration: SiteConfiguration, now: Date) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">

            """
        let recent = briefs.filter { now.timeIntervalSince($0.newsDate ?? $0.written) <= newsWindow }.prefix(newsLimit)
        for brief in recent {
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            xml += """
                <url><loc>\(escape(url))</loc><news:news><news:publication><news:name>\(escape(configuration.name))</news:name>\
                <news:language>\(escape(configuration.language))</news:language></news:publication>\
                <news:publication_date>\(SiteDates.iso(brief.newsDate ?? brief.written))</news:publication_date>\
                <news:title>\(escape(brief.headline))</news:title></news:news></url>

                """
        }
        return xml + "</urlset>\n"
    }
}
