import Foundation
import NewsdeskCore

/// A document as the clusterer sees it.
public struct ClusterDocument: Sendable, Equatable {
    public var id: String
    public var title: String
    public var text: String
    public var published: Date?
    /// The id of the article this one copies; a copy always joins its original's story.
    public var duplicateOf: String?

    public init(id: String, title: String, text: String, published: Date?, duplicateOf: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.duplicateOf = duplicateOf
    }
}

/// Groups a stream of articles into stories, one article at a time, in the order given.
///
/// An article joins the open story whose TF-IDF centroid is most similar to it when that similarity,
/// lowered as the time since the story's last article grows, passes `Options.joinThreshold`, and
/// the article is also close enough to the story's first articles (so a story cannot drift from
/// one event to the next); otherwise it opens a new story. Names (words capitalised inside a
/// sentence) weigh more than other words; a title that many articles share ("Live updates") stops
/// counting. Candidate stories come from an inverted index of the stories' terms, never from
/// comparing with every story, and the index forgets closed stories, so the work per article stays
/// flat as the stream grows. The same input in the same order always gives the same result.
///
/// ```swift
/// let storyOf = StoryClusterer().cluster(documents)   // [document id: story id]
/// ```
public struct StoryClusterer: Sendable {
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Cluster id per document id, clusters named after their first document ("c-<id>").
    public func cluster(_ documents: [ClusterDocument]) -> [String: String] {
        var state = StreamState(options: options)
        for document in documents { state.add(document) }
        state.consolidate()
        return state.assignment
    }

    /// 1–8, then sizes about a third apart (10, 13, 17, 22, …).
    static func isReviewSize(_ count: Int) -> Bool {
        if count <= 8 { return true }
        var size = 8.0
        while Int(size) < count { size = (size * 4 / 3).rounded(.up) }
        return Int(size) == count
    }

    /// The keys with the highest counts, at most `limit`, in key order.
    static func strongest(_ hits: [Int: Int], limit: Int) -> [Int] {
        guard hits.count > limit else { return hits.keys.sorted() }
        return hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key).sorted()
    }
}
