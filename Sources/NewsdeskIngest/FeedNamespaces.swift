/// Namespace URIs the feed readers recognise.
enum FeedNamespace {
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    static let media = "http://search.yahoo.com/mrss/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Namespaces that mean "the feed's own vocabulary": none, RSS 0.9/1.0, and the URIs some
    /// publishers invented for RSS 2.0.
    static let core: Set<String> = [
        rss10, rss090, "http://backend.userland.com/rss", "http://backend.userland.com/rss2",
        "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#",
    ]

    /// The short name a reader switches on: the local name for core elements, `prefix:local` with a
    /// canonical prefix for known extensions, nil for unknown namespaces.
    /// Names are lower-cased: feeds write `<TiTlE>` and `<pubdate>`.
    static func key(of node: NodePointer) -> String? {
        let name = node.name.lowercased()
        guard let uri = node.namespaceURI else { return name }
        if core.contains(uri) || uri.hasPrefix("http://backend.userland.com/rss") { return name }
        switch uri {
        case dublinCore: return "dc:" + name
        case dublinCoreTerms: return "dcterms:" + name
        case content: return "content:" + name
        case itunes, "http://example.com/DTDs/PodCast-1.0.dtd": return "itunes:" + name
        case media, "http://search.yahoo.com/mrss": return "media:" + name
        case xhtml: return "xhtml:" + name
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": return "atom:" + name
        default:
            // iTunes element names are often written with other casing of the URI.
            if uri.lowercased() == itunes { return "itunes:" + name }
            return nil
        }
    }
}
