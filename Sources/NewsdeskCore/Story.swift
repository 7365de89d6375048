import Foundation

/// An article as the editorial stages see it: its store identity, its outlet and its text.
public struct SourceArticle: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    /// The outlet that published it (feed title or page site name).
    public var outlet: String
    public var article: Article
    /// The article this one copies word for word or nearly so; a copy is never independent corroboration.
    public var duplicateOf: Int64?

    public init(id: Int64, outlet: String, article: Article, duplicateOf: Int64? = nil) {
        self.id = id
        self.outlet = outlet
        self.article = article
        self.duplicateOf = duplicateOf
    }

    public var isDuplicate: Bool { duplicateOf != nil }
}

/// A group of articles about one event.
public struct Story: Codable, Sendable, Equatable, Identifiable {
    /// Stable across runs: derived from the first article that opened the story.
    public var id: String
    public var articleIDs: [Int64]
    public var firstSeen: Date?
    public var lastSeen: Date?

    public init(id: String, articleIDs: [Int64], firstSeen: Date? = nil, lastSeen: Date? = nil) {
        self.id = id
        self.articleIDs = articleIDs
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}
