import Foundation
import NewsdeskCore

/// JSON-LD `NewsArticle` for a story page.
///
/// The author and publisher are the publishing organisation — the site signs its articles, software
/// is never the byline; the source articles are both `isBasedOn` and `citation`.
enum StructuredData {
    static func newsArticle(_ story: SiteStory, url: String, configuration: SiteConfiguration) -> String {
        let brief = story.brief
        let images = SiteImages.storyImages.map { JSONText.string(configuration.baseURL + $0) }
        let organization: [(String, JSONText)] = [
            ("@type", .string("Organization")), ("name", .string(configuration.name)), ("url", .string(configuration.baseURL)),
        ]
        let logo = JSONText.object([
            ("@type", .string("ImageObject")), ("url", images[2]), ("width", .int(1200)), ("height", .int(1200)),
        ])
        let sources = JSONText.array(brief.sources.map { source in
            .object([
                ("@type", .string("NewsArticle")), ("headline", .string(source.title)), ("url", .string(source.url)),
                ("publisher", .object([("@type", .string("Organization")), ("name", .string(source.outlet))])),
            ])
        })
        let object = JSONText.object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("NewsArticle")),
            ("headline", .string(brief.headline)),
            ("description", .string(brief.metaDescription)),
            ("datePublished", .string(SiteDates.iso(SiteFeeds.published(brief)))),
            ("dateModified", .string(SiteDates.iso(story.modified))),
            ("mainEntityOfPage", .object([("@type", .string("WebPage")), ("@id", .string(url))])),
            ("url", .string(url)),
            ("inLanguage", .string(configuration.language)),
            ("image", .array(images)),
            ("author", .array([.object(organization)])),
            ("publisher", .object(organization + [("logo", logo)])),
            ("keywords", .string(brief.keyphrase)),
            ("isAccessibleForFree", .bool(true)),
            ("isBasedOn", sources),
            ("citation", sources),
        ])
        // JSONText writes every "<" as "\u003c": inside a script element "</script" would end it early
        // and "<!--" would change how it is parsed.
        return object.text
    }
}
