import Foundation
import NewsdeskCore

/// JSON Feed 1.0 and 1.1 wire format.
enum JSONFeedReader {
    struct Wire: Decodable {
        var version: String?
        var title: String?
        var home_page_url: String?
        var description: String?
        var language: String?
        var items: [WireItem]?
    }

    struct WireAuthor: Decodable {
        var name: String?
    }

    struct WireItem: Decodable {
        var id: LosslessID?
        var url: String?
        var title: String?
        var content_html: String?
        var content_text: String?
        var summary: String?
        var date_published: String?
        var date_modified: String?
        var author: WireAuthor?
        var authors: [WireAuthor]?
        var tags: [String]?
    }

    /// JSON Feed ids are strings, but numbers are common in the wild.
    struct LosslessID: Decodable {
        var value: String
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                value = string
            } else {
                value = String(try container.decode(Double.self))
            }
        }
    }

    static func read(_ data: Data) throws -> Feed {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: data)
        } catch {
            throw FeedParseError.invalidJSON(reason: String(describing: error).prefix(200).description)
        }
        guard let version = wire.version, version.contains("jsonfeed.org") else {
            throw FeedParseError.invalidJSON(reason: "no jsonfeed.org version")
        }
        var feed = Feed(format: version.hasSuffix("1.1") ? .json11 : .json10)
        feed.title = wire.title
        feed.link = wire.home_page_url
        feed.description = wire.description
        feed.language = wire.language
        feed.items = (wire.items ?? []).map { raw in
            var item = FeedItem(
                id: raw.id?.value, title: raw.title, link: raw.url,
                summary: raw.summary,
                // JSON Feed HTML reaches pages like any other feed's: sanitized here, once.
                content: raw.content_html.map { HTMLSanitizer().sanitize($0, baseURL: raw.url) } ?? raw.content_text,
                authors: (raw.authors ?? raw.author.map { [$0] } ?? []).compactMap(\.name),
                categories: raw.tags ?? [],
                published: raw.date_published.flatMap(FeedDateParser.parse),
                updated: raw.date_modified.flatMap(FeedDateParser.parse))
            item.contentIsHTML = raw.content_html != nil
            return item
        }
        return feed
    }
}
