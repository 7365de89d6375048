import CLibXML2
import Foundation
import NewsdeskCore

/// RSS 0.9x, 2.0 and 1.0 (RDF) wire format.
enum RSSFeedReader {
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

    static func read(root: NodePointer, baseURL: String?) -> Feed {
        let version = root.attribute("version") ?? ""
        let format: FeedFormat = switch version {
        case "0.91": .rss091
        case "0.92": .rss092
        case "0.93": .rss093
        case "0.94": .rss094
        case "0.90": .rss090
        default: .rss20
        }
        let channel = root.name == "channel" ? root : root.elementChildren.first { $0.name == "channel" }
        var feed = Feed(format: format)
        guard let channel else { return feed }
        readChannel(channel, into: &feed, baseURL: baseURL)
        // RSS 0.9x sometimes puts items beside the channel instead of inside it.
        let items = channel.elementChildren.filter { $0.name == "item" }
            + root.elementChildren.filter { $0.name == "item" }
        feed.items = items.map { readItem($0, baseURL: feed.link ?? baseURL) }
        return feed
    }

    static func readRDF(root: NodePointer, baseURL: String?) -> Feed {
        var feed = Feed(format: .rss10)
        if let channel = root.elementChildren.first(where: { $0.name == "channel" }) {
            readChannel(channel, into: &feed, baseURL: baseURL)
        }
        feed.items = root.elementChildren.filter { $0.name == "item" }.map { readItem($0, baseURL: feed.link ?? baseURL) }
        return feed
    }

    private static func readChannel(_ channel: NodePointer, into feed: inout Feed, baseURL: String?) {
        for child in channel.elementChildren where child.namespaceURI == nil || child.namespaceURI == dublinCoreNamespace
            || child.namespaceURI == "http://purl.org/rss/1.0/"
        {
            switch child.name {
            case "title": feed.title = child.trimmedText
            case "link": feed.link = child.trimmedText.flatMap { URLResolver.resolve($0, against: baseURL) }
            case "description": feed.description = child.trimmedText
            case "language": feed.language = child.trimmedText
            default: break
            }
        }
    }

    private static func readItem(_ node: NodePointer, baseURL: String?) -> FeedItem {
        var item = FeedItem()
        var guidIsLink = false
        for child in node.elementChildren {
            let ns = child.namespaceURI
            switch (ns, child.name) {
            case (nil, "title"), ("http://purl.org/rss/1.0/", "title"): item.title = child.trimmedText
            case (nil, "link"), ("http://purl.org/rss/1.0/", "link"):
                item.link = child.trimmedText.flatMap { URLResolver.resolve($0, against: baseURL) }
            case (nil, "guid"):
                item.id = child.trimmedText
                guidIsLink = (child.attribute("isPermaLink") ?? "true").lowercased() == "true"
            case (nil, "description"), ("http://purl.org/rss/1.0/", "description"): item.summary = child.trimmedText
            case (contentNamespace, "encoded"): item.content = child.trimmedText
            case (nil, "author"), (dublinCoreNamespace, "creator"):
                if let name = child.trimmedText { item.authors.append(name) }
            case (nil, "category"), (dublinCoreNamespace, "subject"):
                if let name = child.trimmedText { item.categories.append(name) }
            case (nil, "pubDate"), (dublinCoreNamespace, "date"):
                if item.published == nil { item.published = child.trimmedText.flatMap(FeedDateParser.parse) }
            case (dublinCoreNamespace, "modified"): item.updated = child.trimmedText.flatMap(FeedDateParser.parse)
            default: break
            }
        }
        if item.link == nil, guidIsLink, let guid = item.id, guid.hasPrefix("http") { item.link = guid }
        if item.id == nil, let about = node.attribute("about") { item.id = about }
        return item
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Text content with surrounding whitespace removed; nil when empty.
    var trimmedText: String? {
        let text = textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// Resolves relative references against a base URL.
public enum URLResolver {
    public static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else {
            return trimmed
        }
        return resolved.absoluteString
    }
}
