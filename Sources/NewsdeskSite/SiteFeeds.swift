import Foundation
import NewsdeskCore

/// RSS 2.0 and sitemap of the published stories.
enum SiteFeeds {
    static func rss(_ briefs: [Brief], paths: [String: String], configuration: SiteConfiguration) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(escape(configuration.name))</title>
            <link>\(escape(configuration.baseURL))</link>
            <description>Verified news briefs from \(escape(configuration.name))</description>
            <language>\(escape(configuration.language))</language>
            <atom:link href="\(escape(configuration.baseURL))feed.xml" rel="self" type="application/rss+xml"/>

            """
        for brief in briefs.prefix(50) {
            let url = configuration.baseURL + (paths[brief.storyID] ?? "")
            xml += """
                <item>
                <title>\(escape(brief.headline))</title>
                <link>\(escape(url))</link>
                <guid isPermaLink="true">\(escape(url))</guid>
                <pubDate>\(SiteDates.rfc822(brief.newsDate ?? brief.written))</pubDate>
                <description>\(escape(brief.metaDescription))</description>
                </item>

                """
        }
        return xml + "</channel>\n</rss>\n"
    }

    /// The story pages with their dates, then the site's other pages (`pages`: index, about, archive, topics, search).
    static func sitemap(_ briefs: [Brief], paths: [String: String], pages: [String], configuration: SiteConfiguration) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages {
            xml += "<url><loc>\(escape(configuration.baseURL + page))</loc></url>\n"
        }
        for brief in briefs {
            xml += "<url><loc>\(escape(configuration.baseURL + (paths[brief.storyID] ?? "")))</loc><lastmod>\(SiteDates.iso(brief.written))</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// JSON-LD `NewsArticle` for a story page.
enum StructuredData {
    static func newsArticle(_ brief: Brief, url: String, configuration: SiteConfiguration) -> String {
        let organization: [String: Any] = ["@type": "Organization", "name": configuration.name, "url": configuration.baseURL]
        let object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": brief.headline,
            "description": brief.metaDescription,
            "datePublished": SiteDates.iso(brief.newsDate ?? brief.written),
            "dateModified": SiteDates.iso(brief.modified ?? brief.written),
            "mainEntityOfPage": url,
            "author": organization,
            "publisher": organization,
            "keywords": brief.keyphrase,
            "isBasedOn": brief.sources.map { ["@type": "NewsArticle", "headline": $0.title, "url": $0.url, "publisher": ["@type": "Organization", "name": $0.outlet]] },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        // "</" inside a script element would end it early.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }
}
