import CLibXML2
import Foundation
import NewsdeskCore

/// Atom 0.3 and 1.0 wire format, with xml:base resolution of links.
enum AtomFeedReader {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static func read(root: NodePointer, baseURL: String?) -> Feed {
        var feed = Feed(format: root.namespaceURI == atom10 ? .atom10 : .atom03)
        let feedBase = root.attribute("base", namespace: xmlNamespace).map { URLResolver.resolve($0, against: baseURL) } ?? baseURL
        feed.language = root.attribute("lang", namespace: xmlNamespace)
        for child in root.elementChildren {
            switch child.name {
            case "title": feed.title = child.trimmedText
            case "subtitle", "tagline": feed.description = child.trimmedText
            case "link":
                let rel = child.attribute("rel") ?? "alternate"
                if rel == "alternate", let href = child.attribute("href") {
                    feed.link = URLResolver.resolve(href, against: feedBase)
                }
            case "entry": feed.items.append(readEntry(child, baseURL: feedBase))
            default: break
            }
        }
        return feed
    }

    private static func readEntry(_ node: NodePointer, baseURL: String?) -> FeedItem {
        var item = FeedItem()
        let base = node.attribute("base", namespace: xmlNamespace).map { URLResolver.resolve($0, against: baseURL) } ?? baseURL
        for child in node.elementChildren {
            switch child.name {
            case "id": item.id = child.trimmedText
            case "title": item.title = child.trimmedText
            case "link":
                let rel = child.attribute("rel") ?? "alternate"
                if rel == "alternate", item.link == nil, let href = child.attribute("href") {
                    item.link = URLResolver.resolve(href, against: base)
                }
            case "summary": item.summary = child.trimmedText
            case "content": item.content = child.trimmedText
            case "author":
                if let name = child.elementChildren.first(where: { $0.name == "name" })?.trimmedText {
                    item.authors.append(name)
                }
            case "category":
                if let term = child.attribute("term") ?? child.attribute("label") { item.categories.append(term) }
            case "published", "issued": item.published = child.trimmedText.flatMap(FeedDateParser.parse)
            case "updated", "modified": item.updated = child.trimmedText.flatMap(FeedDateParser.parse)
            default: break
            }
        }
        if item.published == nil { item.published = item.updated }
        return item
    }
}
