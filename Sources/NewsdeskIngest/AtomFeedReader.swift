import CLibXML2
import Foundation
import NewsdeskCore

/// Atom 0.3 and 1.0 wire format, with xml:base resolution of links and content.
enum AtomFeedReader {
    static let atom10 = "http://www.w3.org/2005/Atom"

    static func read(root: NodePointer, baseURL: String?) -> Feed {
        var feed = Feed(format: root.namespaceURI == atom10 ? .atom10 : .atom03)
        let context = Context(namespace: root.namespaceURI, isAtom10: root.namespaceURI == atom10)
        let base = XMLBase.resolve(root, inherited: baseURL)
        feed.language = root.attribute("lang", namespace: FeedNamespace.xml)
        var fallbackSubtitle: FeedText?
        for child in root.elementChildren {
            guard let key = context.key(of: child) else { continue }
            switch key {
            case "title", "dc:title":
                if feed.title == nil {
                    let text = context.text(child, base: XMLBase.resolve(child, inherited: base))
                    feed.title = text.value
                    feed.titleIsHTML = text.isHTML
                }
            case "subtitle", "tagline":
                if feed.description == nil {
                    let text = context.text(child, base: XMLBase.resolve(child, inherited: base))
                    feed.description = text.value
                    feed.descriptionIsHTML = text.isHTML
                }
            case "itunes:summary", "itunes:subtitle", "info":
                if fallbackSubtitle == nil, key != "info" { fallbackSubtitle = context.text(child, base: base) }
            case "link":
                if feed.link == nil, let href = alternateHref(child) { feed.link = URLResolver.resolve(href, against: XMLBase.resolve(child, inherited: base)) }
            case "id": if feed.id == nil { feed.id = child.trimmedText }
            case "updated", "modified", "dc:date", "dcterms:modified":
                if feed.updated == nil { feed.updated = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "published", "issued", "dcterms:issued":
                if feed.published == nil { feed.published = child.trimmedText.flatMap(FeedDateParser.parse) }
            case "author", "dc:creator", "dc:author":
                if feed.author == nil { feed.author = author(child) }
            case "category", "dc:subject", "itunes:category", "itunes:keywords":
                if key == "category" {
                    if let term = child.attribute("term") ?? child.trimmedText { feed.categories.append(term) }
                } else {
                    feed.categories += RSSFeedReader.categories(of: child, key: key)
                }
            case "language", "dc:language": if feed.language == nil { feed.language = child.trimmedText }
            case "entry": feed.items.append(readEntry(child, baseURL: base, context: context))
            default: break
            }
        }
        if feed.description == nil, let fallbackSubtitle {
            feed.description = fallbackSubtitle.value
            feed.descriptionIsHTML = fallbackSubtitle.isHTML
        }
        return feed
    }

    struct Context {
        /// The root element's namespace: Atom's, or one a publisher invented for it.
        var namespace: String?
        /// Atom 1.0 drops the wrapping `xhtml:div` of inline XHTML; Atom 0.3 keeps it.
        var isAtom10: Bool

        /// Atom elements by lower-cased local name, extensions as `prefix:name`.
        func key(of node: NodePointer) -> String? {
            if let uri = node.namespaceURI, uri == namespace || uri == atom10 || uri == "http://purl.org/atom/ns#" {
                return node.name.lowercased()
            }
            return FeedNamespace.key(of: node)
        }

        func text(_ node: NodePointer, base: String?) -> FeedText {
            FeedText.read(node, base: base, defaultHTML: false, dropsXHTMLDiv: isAtom10)
        }
    }

    /// The href of a `rel="alternate"` link (or one without `rel`); other relations are not the page.
    static func alternateHref(_ node: NodePointer) -> String? {
        let rel = (node.attribute("rel") ?? "alternate").lowercased()
        // Atom 0.3 feeds sometimes put the URI in the element's text.
        guard rel == "alternate", let href = node.attribute("href") ?? node.trimmedText, !href.isEmpty else { return nil }
        return href
    }

    /// `name (email)` when both are known, as feedparser writes authors.
    static func author(_ node: NodePointer) -> String? {
        let children = node.elementChildren
        guard !children.isEmpty else { return node.trimmedText }
        let name = children.first { $0.name == "name" }?.trimmedText
        let email = children.first { $0.name == "email" }?.trimmedText
        switch (name, email) {
        case let (name?, email?): return "\(name) (\(email))"
        case let (name?, nil): return name
        case let (nil, email?): return email
        default: return nil
        }
    }

    static func readEntry(_ node: NodePointer, baseURL: String?, context: Context) -> FeedItem {
        var item = FeedItem()
        let base = XMLBase.resolve(node, inherited: baseURL)
        var summary: FeedText?
        var content: FeedText?
        var mediaDescription: FeedText?
        for child in node.elementChildren {
            guard let key = context.key(of: child) else { continue }
            let childBase = XMLBase.resolve(child, inherited: base)
            switch key {
            case "id": if item.id == nil { item.id = child.trimmedText }
            case "title", "dc:title":
                if item.title == nil {
                    let text = context.text(child, base: childBase)
                    item.title = text.value
                    item.titleIsHTML = text.isHTML
                }
            case "link":
                let rel = (child.attribute("rel") ?? "alternate").lowercased()
                if rel == "enclosure", let href = child.attribute("href"), !href.isEmpty {
                    item.enclosures.append(FeedEnclosure(
                        href: URLResolver.resolve(href, against: childBase), type: child.attribute("type"),
                        length: child.attribute("length")))
                } else if item.link == nil, let href = alternateHref(child) {
                    item.link = URLResolver.resolve(href, against: childBase)
                }
            case "summary", "dc:description":
                if summary == nil { summary = context.text(child, base: childBase) }
            case "content":
                if content == nil { content = context.text(child, base: childBase) }
            case "media:group", "media:description":
                let descriptions = key == "media:group" ? child.elementChildren.filter { context.key(of: $0) == "media:description" } : [child]
                if mediaDescription == nil, let first = descriptions.first { mediaDescription = context.text(first, base: childBase) }
            case "author", "dc:creator", "dc:author":
                if let name = author(child) { item.authors.append(name) }
            case "category", "dc:subject", "media:category":
                if key == "category" {
                    if let term = child.attribute("term") ?? child.trimmedText { item.categories.append(term) }
                } else if let term = child.trimmedText {
                    item.categories.append(term)
                }
            // The last date element of a kind wins, as in feedparser (`<issued>` then `<published>`).
            case "published", "issued", "dcterms:issued":
                if let date = child.trimmedText.flatMap(FeedDateParser.parse) { item.published = date }
            case "updated", "modified", "dc:date", "dcterms:modified":
                if let date = child.trimmedText.flatMap(FeedDateParser.parse) { item.updated = date }
            default: break
            }
        }
        item.setText(summary: summary ?? mediaDescription ?? content, content: content)
        return item
    }
}
