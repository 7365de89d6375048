import Foundation

/// The syndication formats newsdesk reads.
public enum FeedFormat: String, Codable, Sendable, Equatable {
    case rss090 = "rss090"
    case rss091 = "rss091"
    case rss092 = "rss092"
    case rss093 = "rss093"
    case rss094 = "rss094"
    case rss20 = "rss20"
    case rss10 = "rss10"
    case atom03 = "atom03"
    case atom10 = "atom10"
    case json10 = "json10"
    case json11 = "json11"
}

/// One feed, normalised from whichever wire format it arrived in.
///
/// ```swift
/// let feed = try FeedParser().parse(data)
/// for item in feed.items { print(item.title ?? "(untitled)") }
/// ```
public struct Feed: Codable, Sendable, Equatable {
    public var format: FeedFormat
    public var title: String?
    public var link: String?
    public var description: String?
    public var language: String?
    public var items: [FeedItem]
    /// Set when the document was not well-formed and was recovered; `bozoReason` says why.
    public var bozo: Bool
    public var bozoReason: String?
    /// Whether `title` / `description` hold sanitized HTML rather than plain text.
    public var titleIsHTML: Bool = false
    public var descriptionIsHTML: Bool = false
    /// `<lastBuildDate>`, Atom `<updated>`, `dc:date`.
    public var updated: Date?
    /// RSS `<pubDate>`, `dcterms:issued`.
    public var published: Date?
    /// The feed's author as `name (email)` when both are known.
    public var author: String?
    /// Atom `<id>`.
    public var id: String?
    public var categories: [String] = []

    public init(
        format: FeedFormat, title: String? = nil, link: String? = nil, description: String? = nil,
        language: String? = nil, items: [FeedItem] = [], bozo: Bool = false, bozoReason: String? = nil
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.items = items
        self.bozo = bozo
        self.bozoReason = bozoReason
    }
}

/// One entry of a feed.
public struct FeedItem: Codable, Sendable, Equatable {
    public var id: String?
    public var title: String?
    public var link: String?
    public var summary: String?
    public var content: String?
    public var authors: [String]
    public var categories: [String]
    public var published: Date?
    public var updated: Date?
    /// Whether `title`, `summary` and `content` hold sanitized HTML rather than plain text.
    public var titleIsHTML: Bool = false
    public var summaryIsHTML: Bool = false
    public var contentIsHTML: Bool = false
    public var enclosures: [FeedEnclosure] = []

    public init(
        id: String? = nil, title: String? = nil, link: String? = nil, summary: String? = nil,
        content: String? = nil, authors: [String] = [], categories: [String] = [],
        published: Date? = nil, updated: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.summary = summary
        self.content = content
        self.authors = authors
        self.categories = categories
        self.published = published
        self.updated = updated
    }

    /// The identity used to recognise the item on the next fetch: guid, then link, then title.
    public var stableKey: String? { id ?? link ?? title }
}

/// A media file attached to an entry: RSS `<enclosure>` or Atom `<link rel="enclosure">`.
public struct FeedEnclosure: Codable, Sendable, Equatable {
    public var href: String
    public var type: String?
    /// The length attribute as written; feeds put anything there.
    public var length: String?

    public init(href: String, type: String? = nil, length: String? = nil) {
        self.href = href
        self.type = type
        self.length = length
    }
}
