import CLibXML2
import Foundation
import NewsdeskCore

/// Reads the items of a large feed while libxml2 is still parsing it, and frees each item's nodes
/// as soon as it has been read, so a 10,000-entry feed never holds its whole tree in memory.
///
/// libxml2 builds the tree through its SAX2 callbacks; this one wraps the end-of-element callback.
/// When an `item` (RSS, RDF) or `entry` (Atom) at the feed's top level closes, it is read with the
/// same reader code as in the whole-tree path, and its subtree is freed. Everything else (channel
/// title, links, xml:base) stays in the tree and is read as usual once parsing ends.
///
/// The one difference from the whole-tree path: RSS items resolve relative links against the
/// channel's `<link>` as far as it has been read, so a channel link written after the items does
/// not apply to them.
final class FeedItemStreamer {
    private let url: String?
    private(set) var items: [FeedItem] = []
    private var emptied: [NodePointer] = []
    private var rssItemBase: String??

    init(url: String?) {
        self.url = url
    }

    /// Installs the callback on a parser context; the streamer must outlive the parse.
    func install(on context: xmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        context.pointee.sax.pointee.endElementNs = { ctx, localName, prefix, uri in
            guard let ctx else { return }
            let parser = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
            let node = parser.pointee.node
            xmlSAX2EndElementNs(ctx, localName, prefix, uri)
            guard let node, let state = parser.pointee._private else { return }
            Unmanaged<FeedItemStreamer>.fromOpaque(state).takeUnretainedValue().ended(node)
        }
    }

    private func ended(_ node: NodePointer) {
        guard node.isElement, let parent = node.parentNode, parent.isElement else { return }
        let parentIsRoot = parent.parentNode.map { $0.pointee.type == XML_DOCUMENT_NODE } ?? false
        let root = parentIsRoot ? parent : parent.parentNode
        guard let root, root.parentNode.map({ $0.pointee.type == XML_DOCUMENT_NODE }) == true else { return }
        let rootName = root.name.lowercased()
        let item: FeedItem
        switch (node.name, rootName) {
        case ("item", "rss") where parentIsRoot || parent.name == "channel":
            item = RSSFeedReader.readItem(node, baseURL: rssBase(root: root))
        case ("item", "channel") where parentIsRoot && root.name == "channel":
            item = RSSFeedReader.readItem(node, baseURL: rssBase(root: root))
        case ("item", "rdf") where parentIsRoot:
            item = RSSFeedReader.readItem(node, baseURL: XMLBase.resolve(root, inherited: url))
        case ("entry", "feed") where parentIsRoot:
            let context = AtomFeedReader.Context(namespace: root.namespaceURI, isAtom10: root.namespaceURI == AtomFeedReader.atom10)
            item = AtomFeedReader.readEntry(node, baseURL: XMLBase.resolve(root, inherited: url), context: context)
        default:
            return
        }
        items.append(item)
        // The item's children go now. The emptied element itself stays until parsing ends: libxml2
        // appends following text to the parent's last child when that is a text node, using lengths
        // it kept for another node, so the parent's last child must not change under it.
        if let children = node.pointee.children { xmlFreeNodeList(children) }
        node.pointee.children = nil
        node.pointee.last = nil
        emptied.append(node)
    }

    /// Unlinks and frees the emptied item elements; call once the parse has finished with a document.
    func removeEmptiedItems() {
        for node in emptied {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        emptied = []
    }

    /// The base for RSS item links, as `RSSFeedReader.read` computes it, from the first item on.
    private func rssBase(root: NodePointer) -> String? {
        if let known = rssItemBase { return known }
        let baseURL = XMLBase.resolve(root, inherited: url)
        let channel = root.name == "channel" ? root : root.elementChildren.first { $0.name == "channel" }
        var base = baseURL
        if let channel {
            var feed = Feed(format: .rss20)
            RSSFeedReader.readChannel(channel, into: &feed, baseURL: baseURL)
            base = XMLBase.resolve(channel, inherited: baseURL) ?? feed.link
        }
        rssItemBase = .some(base)
        return base
    }
}
