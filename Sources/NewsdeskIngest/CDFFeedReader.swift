import CLibXML2
import Foundation
import NewsdeskCore

/// Microsoft's Channel Definition Format: `<CHANNEL HREF>` with `TITLE`, `ABSTRACT`, `LASTMOD` and
/// nested `ITEM`s. Element names are matched without case, as CDF files are written either way.
enum CDFFeedReader {
    static func read(root: NodePointer, baseURL: String?) -> Feed {
        var feed = Feed(format: .rss20)
        feed.link = root.attribute("HREF").map { URLResolver.resolve($0, against: baseURL) }
        feed.updated = root.attribute("LASTMOD").flatMap(FeedDateParser.parse)
        for child in root.elementChildren {
            switch child.name.uppercased() {
            case "TITLE": feed.title = child.trimmedText
            case "ABSTRACT": feed.description = child.trimmedText
            case "ITEM": feed.items.append(readItem(child, baseURL: baseURL))
            default: break
            }
        }
        return feed
    }

    private static func readItem(_ node: NodePointer, baseURL: String?) -> FeedItem {
        var item = FeedItem()
        item.link = node.attribute("HREF").map { URLResolver.resolve($0, against: baseURL) }
        item.updated = node.attribute("LASTMOD").flatMap(FeedDateParser.parse)
        for child in node.elementChildren {
            switch child.name.uppercased() {
            case "TITLE": item.title = child.trimmedText
            case "ABSTRACT": item.summary = child.trimmedText
            default: break
            }
        }
        return item
    }
}
