import Foundation
import NewsdeskCore
import NewsdeskIngest

/// Finds the feed behind a URL a person typed: the URL itself when it is a feed, else a feed the
/// page announces with `<link rel="alternate">`, else a feed at one of the usual paths (/feed,
/// /rss, /feed.xml, ...). Every candidate is fetched and parsed before it is accepted.
///
/// ```swift
/// let found = try await FeedDiscoverer(fetcher: fetcher).discover("https://example.org/")
/// print(found.url, found.title ?? "")
/// ```
public struct FeedDiscoverer: Sendable {
    /// How the feed was found.
    public enum Route: String, Sendable {
        case direct = "the URL is a feed"
        case linkElement = "announced by the page's <link rel=\"alternate\">"
        case commonPath = "found at a usual feed path"
    }

    /// A feed that was fetched and parsed.
    public struct Discovered: Sendable {
        public var url: String
        public var title: String?
        public var route: Route
    }

    public let fetcher: HTTPFetcher

    public init(fetcher: HTTPFetcher) {
        self.fetcher = fetcher
    }

    public func discover(_ url: String) async throws -> Discovered {
        // 1. The URL itself: a fetch error here is the user's to see (wrong address, site down).
        let page = try await fetcher.fetch(url)
        if let feed = try? FeedParser().parse(page.body, url: page.finalURL) {
            return Discovered(url: page.movedPermanentlyTo ?? url, title: feed.title, route: .direct)
        }
        var tried: [String] = []
        // 2. Feeds the page announces, then 3. the usual paths on its site.
        let announced = FeedLinkFinder.feedLinks(in: page.body, pageURL: page.finalURL)
        let common = FeedLinkFinder.commonFeedURLs(for: page.finalURL).filter { !announced.contains($0) }
        for (candidates, route) in [(announced, Route.linkElement), (common, Route.commonPath)] {
            for candidate in candidates where candidate != page.finalURL {
                tried.append(candidate)
                guard let response = try? await fetcher.fetch(candidate), let feed = try? FeedParser().parse(response.body, url: response.finalURL)
                else { continue }
                return Discovered(url: response.movedPermanentlyTo ?? candidate, title: feed.title, route: route)
            }
        }
        throw DiscoveryError.noFeed(url: url, announced: announced.count, tried: tried.count)
    }
}

/// Why no feed was found behind a URL.
public enum DiscoveryError: Error, Equatable, Sendable, CustomStringConvertible {
    case noFeed(url: String, announced: Int, tried: Int)

    public var description: String {
        switch self {
        case .noFeed(let url, let announced, let tried):
            "no feed found at \(url): the page announces \(announced == 0 ? "none" : "\(announced), none of which parse") "
                + "and none of the \(tried) addresses tried is a feed; give the feed's own URL"
        }
    }
}
