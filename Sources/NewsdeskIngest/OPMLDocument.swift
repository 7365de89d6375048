/// One feed listed in an OPML subscription list.
public struct OPMLFeed: Sendable, Equatable {
    /// The feed's address (`xmlUrl`).
    public var url: String
    /// The outline's `title`, or its `text` when it has no title.
    public var title: String?
    /// The site's address (`htmlUrl`), when given.
    public var siteURL: String?
    /// The folders the feed sits in, outermost first (nested outlines without `xmlUrl`).
    public var folders: [String]

    public init(url: String, title: String? = nil, siteURL: String? = nil, folders: [String] = []) {
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.folders = folders
    }
}

/// An OPML subscription list: its title and its feeds in document order.
///
/// ```swift
/// let list = try OPMLReader.read(data)
/// for feed in list.feeds { print(feed.folders.joined(separator: "/"), feed.url) }
/// let text = OPMLWriter.write(list)
/// ```
public struct OPMLDocument: Sendable, Equatable {
    public var title: String?
    public var feeds: [OPMLFeed]

    public init(title: String? = nil, feeds: [OPMLFeed]) {
        self.title = title
        self.feeds = feeds
    }
}

/// Why a file could not be read as an OPML subscription list.
public enum OPMLError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case malformed(line: Int, reason: String)
    case notOPML(root: String)
    case noBody

    public var description: String {
        switch self {
        case .empty: "the file is empty, not an OPML subscription list"
        case .malformed(let line, let reason): "the file is not well-formed XML (line \(line): \(reason)), so it cannot be read as OPML"
        case .notOPML(let root): "the file is XML but not OPML: its root element is <\(root)>, not <opml>"
        case .noBody: "the OPML file has no <body>, so it lists no feeds"
        }
    }
}
