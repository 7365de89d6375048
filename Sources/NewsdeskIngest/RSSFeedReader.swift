import CLibXML2
import Foundation
import NewsdeskCore

/// RSS 0.9x, 2.0 and 1.0 (RDF) wire format.
enum RSSFeedReader {
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
        let baseURL = XMLBase.resolve(root, inherited: baseURL)
        guard let channel else {
            // Items with no channel around them at all are still the feed's items.
            feed.items = root.elementChildren.filter { $0.name == "item" }.map { readItem($0, baseURL: baseURL) }
            return feed
        }
        readChannel(channel, into: &feed, baseURL: baseURL)
        // RSS 0.9x sometimes puts items beside the channel instead of inside it.
        let items = channel.elementChildren.filter { $0.name == "item" }
            + (root == channel ? [] : root.elementChildren.filter { $0.name == "item" })
        // Relative item links are read against the channel's xml:base, else its link.
        let itemBase = XMLBase.resolve(channel, inherited: baseURL) ?? feed.link
        feed.items = items.map { readItem($0, baseURL: itemBase) }
        return feed
    }

    static func readRDF(root: NodePointer, baseURL: String?) -> Feed {
        var feed = Feed(format: root.elementChildren.contains { $0.namespaceURI == FeedNamespace.rss090 } ? .rss090 : .rss10)
        let baseURL = XMLBase.resolve(root, inherited: baseURL)
        if let channel = root.elementChildren.first(where: { $0.name == "channel" }) {
            readChannel(channel, into: &feed, baseURL: baseURL)
        }
        feed.items = root.elementChildren.filter { $0.name == "item" }.map { readItem($0, baseURL: baseURL) }
        return feed
    }

    static func readChannel(_ channel: NodePointer, into feed: inout Feed, baseURL: String?) {
        let base = XMLBase.resolve(channel, inherited: baseURL)
        var fallbackSubtitle: FeedText?
        if let lang = channel.attribute("lang", namespace: FeedNamespace.xml) { feed.language = lang }
        for child in channel.elementChildren {
            guard let key = FeedNamespace.key(of: child) else { continue }
            switch key {
            case "title", "dc:title":
                if feed.title == nil {
                    let text = FeedText.read(child, base: base, defaultHTML: false)
                    feed.title = text.value
                    feed.titleIsHTML = text.isHTML
                }
            case "link":
                if feed.link == nil { feed.link = child.trimmedText.map { URLResolver.resolve($0, against: base) } }
            case "description", "dc:description":
                if feed.description == nil {
                    let text = FeedText.read(child, base: base, defaultHTML: true)
                    feed.description = text.value
                    feed.descriptionIsHTML = text.isHTML
                }
            case "itunes:subtitle", "itunes:summary":
                if fallbackSubtitle == nil { fallbackSubtitle = FeedText.read(child, base: base, defaultHTML: false) }
            case "language", "dc:language": if feed.language == nil { feed.language = child.trimmedText }
            case "lastbuilddate", "dc:date", "dcterms:modified":
                if feed.updated == nil { feed.updated = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "pubdate", "dcterms:issued":
                if feed.published == nil { feed.published = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "managingeditor", "dc:creator", "dc:author", "itunes:author", "author":
                if feed.author == nil { feed.author = child.trimmedText }
            case "category", "dc:subject", "itunes:category", "itunes:keywords":
                feed.categories += categories(of: child, key: key)
            default: break
            }
        }
        if feed.description == nil, let fallbackSubtitle {
            feed.description = fallbackSubtitle.value
            feed.descriptionIsHTML = fallbackSubtitle.isHTML
        }
    }

    /// Category terms of one element: text, iTunes `text` attributes (nested), comma-separated keywords.
    static func categories(of node: NodePointer, key: String) -> [String] {
        switch key {
        case "itunes:category":
            var terms: [String] = []
            node.forEachElement { element in
                if let text = element.attribute("text"), !text.isEmpty { terms.append(text) }
            }
            return terms
        case "itunes:keywords":
            return (node.trimmedText ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        default:
            return node.trimmedText.map { [$0] } ?? []
        }
    }

    static func readItem(_ node: NodePointer, baseURL: String?) -> FeedItem {
        let base = XMLBase.resolve(node, inherited: baseURL)
        var item = FeedItem()
        var guidIsLink = false
        var mediaTitle: String?
        var fallbackSummary: FeedText?
        var summary: FeedText?
        var content: FeedText?
        for child in node.elementChildren {
            guard let key = FeedNamespace.key(of: child) else { continue }
            switch key {
            case "title", "dc:title":
                if item.title == nil {
                    let text = FeedText.read(child, base: base, defaultHTML: false)
                    item.title = text.value
                    item.titleIsHTML = text.isHTML
                }
            case "media:title": if mediaTitle == nil { mediaTitle = child.trimmedText }
            case "link":
                if item.link == nil { item.link = child.trimmedText.map { URLResolver.resolve($0, against: base) } }
            case "guid":
                item.id = child.trimmedText
                guidIsLink = (child.attribute("isPermaLink") ?? "true").lowercased() == "true"
            case "description", "dc:description", "summary", "atom:summary":
                // The first description-like element is the summary; a second one is the content.
                let text = FeedText.read(child, base: base, defaultHTML: true)
                if summary == nil { summary = text } else if content == nil { content = text }
            case "itunes:summary", "itunes:subtitle":
                if fallbackSummary == nil { fallbackSummary = FeedText.read(child, base: base, defaultHTML: false) }
            case "media:group":
                for inner in child.elementChildren where FeedNamespace.key(of: inner) == "media:description" {
                    if fallbackSummary == nil { fallbackSummary = FeedText.read(inner, base: base, defaultHTML: false) }
                }
            case "media:description":
                if fallbackSummary == nil { fallbackSummary = FeedText.read(child, base: base, defaultHTML: false) }
            case "content:encoded", "xhtml:body", "fullitem", "body":
                if content == nil { content = FeedText.read(child, base: base, defaultHTML: true) }
            case "author", "dc:creator", "dc:author", "itunes:author":
                if let name = child.trimmedText { item.authors.append(name) }
            case "category", "dc:subject", "media:category", "itunes:category", "itunes:keywords":
                item.categories += categories(of: child, key: key)
            case "pubdate", "dcterms:issued":
                if item.published == nil { item.published = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "dc:date", "dcterms:modified":
                if item.updated == nil { item.updated = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "enclosure":
                if let url = child.attribute("url") {
                    item.enclosures.append(FeedEnclosure(
                        href: URLResolver.resolve(url, against: base), type: child.attribute("type"),
                        length: child.attribute("length")))
                }
            default: break
            }
        }
        if item.title == nil { item.title = mediaTitle }
        item.setText(summary: summary ?? fallbackSummary ?? content, content: content)
        if item.link == nil, guidIsLink, let guid = item.id, guid.hasPrefix("http") { item.link = guid }
        if item.id == nil, let about = node.attribute("about") { item.id = about }
        return item
    }
}

extension FeedItem {
    /// Stores a summary and content with their kinds; the summary falls back to the content.
    mutating func setText(summary: FeedText?, content: FeedText?) {
        self.summary = summary?.value
        summaryIsHTML = summary?.isHTML ?? false
        self.content = content?.value
        contentIsHTML = content?.isHTML ?? false
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Text content with surrounding whitespace removed; nil when empty.
    var trimmedText: String? {
        let text = textContent.trimmingWhitespace()
        return text.isEmpty ? nil : text
    }
}

/// Resolves relative references against a base URL.
public enum URLResolver {
    public static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingWhitespace()
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
        if let base, let joined = joinRootRelative(trimmed, to: base) { return joined }
        guard let base, let baseURL = URL(string: base) else { return trimmed }
        if let resolved = URL(string: trimmed, relativeTo: baseURL) {
            // Foundation percent-encodes non-ASCII references; keep them as the feed wrote them.
            let absolute = resolved.absoluteString
            // Byte checks, not `contains("%")`: the Foundation overload goes through NSString.
            guard !trimmed.utf8.contains(UInt8(ascii: "%")), absolute.utf8.contains(UInt8(ascii: "%")) else { return absolute }
            return absolute.removingPercentEncoding ?? absolute
        }
        // References with characters URL refuses (spaces, non-ASCII) are percent-encoded first.
        if let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["/", "?", "#", "%"])),
            let resolved = URL(string: encoded, relativeTo: baseURL)
        {
            return resolved.absoluteString.removingPercentEncoding ?? resolved.absoluteString
        }
        return trimmed
    }

    /// `/story/1` against `https://example.com/news/`: the origin of the base and the path, without
    /// Foundation's URL parser (a few microseconds a link, and entries carry several).
    ///
    /// Only the plainest form is taken: an `http(s)` base of lower-case host characters and plain
    /// path characters, and a reference of plain path characters with no dot segment, no empty
    /// segment, query, fragment or escape. There RFC 3986 resolution is plain concatenation, which is
    /// what `URL(string:relativeTo:)` gives; anything else returns nil and goes through Foundation.
    static func joinRootRelative(_ reference: String, to base: String) -> String? {
        let ref = reference.utf8, baseBytes = base.utf8
        guard ref.first == UInt8(ascii: "/"), ref.allSatisfy(isPlainPathByte) else { return nil }
        var previous: UInt8 = 0
        for byte in ref {
            // `//` would start an authority or an empty segment; `/.` may start a dot segment.
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") { return nil }
            previous = byte
        }
        let schemeLength: Int
        if base.hasPrefix("https://") { schemeLength = 8 } else if base.hasPrefix("http://") { schemeLength = 7 } else { return nil }
        let afterScheme = baseBytes.dropFirst(schemeLength)
        let authority = afterScheme.prefix { $0 != UInt8(ascii: "/") }
        guard !authority.isEmpty, authority.allSatisfy({ isLowerHostByte($0) }), afterScheme.allSatisfy(isPlainPathByte) else { return nil }
        var joined: [UInt8] = []
        joined.reserveCapacity(schemeLength + authority.count + ref.count)
        joined.append(contentsOf: baseBytes.prefix(schemeLength))
        joined.append(contentsOf: authority)
        joined.append(contentsOf: ref)
        return String(decoding: joined, as: UTF8.self)
    }

    @inline(__always) static func isLowerHostByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    @inline(__always) static func isPlainPathByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == UInt8(ascii: "/")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }
}

/// `xml:base` handling: each element may set a base relative to its parent's.
enum XMLBase {
    static func resolve(_ node: NodePointer, inherited: String?) -> String? {
        guard let base = node.attribute("base", namespace: FeedNamespace.xml) else { return inherited }
        return URLResolver.resolve(base, against: inherited)
    }
}
