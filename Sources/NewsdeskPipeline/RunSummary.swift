import Foundation

/// What one pass of the pipeline did, for the closing summary and for tests.
public struct RunSummary: Sendable, Codable, Equatable {
    public var sources = 0
    public var sourcesFailed = 0
    public var sourcesNotModified = 0
    /// Sources skipped because their `Retry-After` or backoff time has not come yet.
    public var sourcesWaiting = 0
    public var newArticles = 0
    public var pagesFailed = 0
    public var articles = 0
    public var duplicates = 0
    public var stories = 0
    public var published = 0
    public var held = 0
    public var seconds = 0.0
    public var siteDirectory: String?

    public init() {}

    public var description: String {
        """
        sources: \(sources) (\(sourcesFailed) failed, \(sourcesNotModified) unchanged, \(sourcesWaiting) waiting) · articles: \(articles) (\(newArticles) new, \
        \(pagesFailed) pages failed, \(duplicates) duplicates) · stories: \(stories) · briefs: \(published) published, \
        \(held) held · \(String(format: "%.1f", seconds)) s
        """
    }
}
