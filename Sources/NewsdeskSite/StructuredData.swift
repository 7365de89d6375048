import Foundation
import NewsdeskCore

/// JSON-LD `NewsArticle` for a story page.
///
/// The author and publisher are the publishing organisation — the site signs its articles, software
/// is never the byline; the source articles are both `isBasedOn` and `citation`.
enum StructuredData {
    static func newsArticle(_ story: SiteStory, url: String, configuration: SiteConfiguration) -> String {
        let brief = story.brief
        let images = SiteImages.storyImages.map { configuration.baseURL + $0 }
        let organization: [String: Any] = ["@type": "Organization", "name": configuration.name, "url": configuration.baseURL]
        var publisher = organization
        publisher["logo"] = ["@type": "ImageObject", "url": images[2], "width": 1200, "height": 1200]
        let sources: [[String: Any]] = brief.sources.map {
            ["@type": "NewsArticle", "headline": $0.title, "url": $0.url, "publisher": ["@type": "Organization", "name": $0.outlet]]
        }
        let object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": brief.headline,
            "description": brief.metaDescription,
            "datePublished": SiteDates.iso(SiteFeeds.published(brief)),
            "dateModified": SiteDates.iso(story.modified),
            "mainEntityOfPage": ["@type": "WebPage", "@id": url],
            "url": url,
            "inLanguage": configuration.language,
            "image": images,
            "author": [organization],
            "publisher": publisher,
            "keywords": brief.keyphrase,
            "isAccessibleForFree": true,
            "isBasedOn": sources,
            "citation": sources,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        // Inside a script element "</script" would end it early and "<!--" would change how it is
        // parsed; JSON may write every "<" as "\u003c", so none reaches the HTML parser.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
