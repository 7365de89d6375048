import Foundation
import NewsdeskIngest
import NewsdeskStore

/// Moves sources between the store and OPML subscription lists; folders are stored as a category
/// with nested folder names joined by "/".
public enum SourceImport {
    /// What an import did.
    public struct Outcome: Sendable, Equatable {
        public var added = 0
        public var duplicates = 0
        /// `xmlUrl` values that are not http(s) URLs, skipped.
        public var invalid: [String] = []
    }

    public static func run(_ document: OPMLDocument, into store: SQLiteStore, now: Date = Date()) throws -> Outcome {
        var outcome = Outcome()
        for feed in document.feeds {
            guard let url = URL(string: feed.url), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                outcome.invalid.append(feed.url)
                continue
            }
            let category = feed.folders.isEmpty ? nil : feed.folders.joined(separator: "/")
            if try store.addSource(url: feed.url, title: feed.title, category: category, now: now).added {
                outcome.added += 1
            } else {
                outcome.duplicates += 1
            }
        }
        return outcome
    }

    public static func export(_ sources: [SourceRecord], now: Date? = nil) -> String {
        let feeds = sources.map { source in
            OPMLFeed(url: source.url, title: source.title, folders: source.category?.split(separator: "/").map(String.init) ?? [])
        }
        return OPMLWriter.write(OPMLDocument(title: "newsdesk sources", feeds: feeds), created: now)
    }
}
