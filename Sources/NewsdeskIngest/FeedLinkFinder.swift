import Foundation

/// Finds the feeds a web page announces with `<link rel="alternate" type="application/rss+xml"
/// href="...">` (or Atom, RDF, JSON Feed), resolved against the page's `<base href>` or its URL.
///
/// ```swift
/// let feeds = FeedLinkFinder.feedLinks(in: html, pageURL: "https://example.org/blog/")
/// // ["https://example.org/blog/feed.xml"]
/// ```
public enum FeedLinkFinder {
    /// Media types that name a feed; `application/json` is what JSON Feed 1.0 sites often wrote.
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json",
        "text/xml", "application/xml",
    ]

    /// Absolute feed URLs in document order, without repeats.
    public static func feedLinks(in html: Data, pageURL: String) -> [String] {
        let document = HTMLDocumentHandle(data: html, url: pageURL)
        guard let root = document.root else { return [] }
        var base = URL(string: pageURL)
        if let href = document.first("base")?.attribute("href"), let resolved = URL(string: href, relativeTo: base) {
            base = resolved.absoluteURL
        }
        var links: [String] = []
        root.forEachElement { node in
            guard node.name == "link" || node.name == "a", let href = node.attribute("href")?.trimmingWhitespace(),
                !href.isEmpty
            else { return }
            let rel = (node.attribute("rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            let type = (node.attribute("type") ?? "").lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard rel.contains("alternate"), feedTypes.contains(type) else { return }
            guard let url = URL(string: href, relativeTo: base)?.absoluteURL, ["http", "https"].contains(url.scheme?.lowercased() ?? "")
            else { return }
            if !links.contains(url.absoluteString) { links.append(url.absoluteString) }
        }
        return links
    }

    /// Where sites usually put their feed, tried in this order when a page announces none.
    public static let commonPaths = ["/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json"]

    /// The common feed paths on the page's site (scheme, host and port of `pageURL`).
    public static func commonFeedURLs(for pageURL: String) -> [String] {
        guard let url = URL(string: pageURL), let scheme = url.scheme, let host = url.host else { return [] }
        let origin = "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
        return commonPaths.map { origin + $0 }
    }
}
