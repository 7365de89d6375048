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
/// An article joins the open story whose TF-IDF centroid is most similar to it when that similarity
/// passes `Options.joinThreshold`; otherwise it opens a new story. Candidate stories come from an
/// inverted index of the stories' terms, never from comparing with every story. The same input in
/// the same order always gives the same result.
public struct StoryClusterer: Sendable {
    public struct Options: Sendable {
        /// Cosine similarity an article needs with a story to join it. Rewrites of one event by
        /// different outlets score 0.3–0.6 against each other; unrelated stories that share a
        /// place or a country stay under 0.15.
        public var joinThreshold = 0.22
        /// A story takes no new articles after this long without one (events are short-lived).
        public var quietPeriod: TimeInterval = 4 * 86400
        /// Title words say what the article is about more than body words do.
        public var titleWeight = 3.0
        /// How many of an article's heaviest terms are used to look up candidate stories.
        public var lookupTerms = 12
        /// Centroid similarity at which two stories are one. Centroids of big stories are smoother
        /// and resemble each other more than single articles do, so the bar is higher than for joining.
        public var mergeThreshold = 0.3
        /// Terms kept per article vector: what the article is about, without its passing mentions.
        public var vectorTerms = 150
        /// Stories compared with an article: those sharing most of its lookup terms. Bounds the work
        /// per article when many open stories share a common word.
        public var candidateLimit = 32

        public init() {}

        /// Settings for threads: running topics that gather many events over weeks.
        public static var thread: Options {
            var options = Options()
            options.joinThreshold = 0.10
            options.quietPeriod = 30 * 86400
            return options
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    private struct Cluster {
        var id: String
        var members: [String]
        /// Sum of the members' unit-length TF-IDF vectors (weights frozen when each joined).
        var centroid: TermVector
        var lastSeen: Date?
    }

    /// Cluster id per document id, clusters named after their first document ("c-<id>").
    public func cluster(_ documents: [ClusterDocument]) -> [String: String] {
        var assignment: [String: String] = [:]
        var clusters: [Cluster] = []
        var clusterIndex: [String: Int] = [:]
        var documentFrequency: [String: Int] = [:]
        var seen = 0
        var postings: [String: [Int]] = [:]
        for document in documents {
            if assignment[document.id] != nil { continue }
            if let original = document.duplicateOf, let clusterID = assignment[original], let index = clusterIndex[clusterID] {
                assignment[document.id] = clusterID
                clusters[index].members.append(document.id)
                continue
            }
            let counts = termCounts(document)
            seen += 1
            for term in counts.keys { documentFrequency[term, default: 0] += 1 }
            let vector = self.vector(counts, documentFrequency: documentFrequency, documents: seen)
            var hits: [Int: Int] = [:]
            for term in vector.top(options.lookupTerms) {
                // Stories past their quiet period never take an article again (the stream comes in
                // time order): long lists drop them, so the work per article stays flat.
                if let list = postings[term], list.count > 64 {
                    postings[term] = list.filter { isOpen(clusters[$0], at: document.published) }
                }
                for index in postings[term] ?? [] { hits[index, default: 0] += 1 }
            }
            var best: (index: Int, score: Double)?
            for index in Self.strongest(hits, limit: options.candidateLimit) where !clusters[index].members.isEmpty {
                let cluster = clusters[index]
                if let last = cluster.lastSeen, let now = document.published, now.timeIntervalSince(last) > options.quietPeriod {
                    continue
                }
                let score = vector.cosine(cluster.centroid)
                if score >= options.joinThreshold, score > (best?.score ?? 0) { best = (index, score) }
            }
            let target: Int
            if let best {
                target = best.index
                clusters[target].centroid.add(vector)
                clusters[target].members.append(document.id)
                if let published = document.published {
                    clusters[target].lastSeen = max(clusters[target].lastSeen ?? published, published)
                }
            } else {
                target = clusters.count
                let id = "c-" + document.id
                clusters.append(Cluster(id: id, members: [document.id], centroid: vector, lastSeen: document.published))
                clusterIndex[id] = target
            }
            assignment[document.id] = clusters[target].id
            for term in vector.top(options.lookupTerms) where postings[term]?.last != target {
                postings[term, default: []].append(target)
            }
            // Two stories that have converged become one: the grown story absorbs any other whose
            // centroid now passes the same bar an article must pass to join. A big story's centroid
            // moves little with each article, so it is reviewed as it grows by about a third.
            guard Self.isReviewSize(clusters[target].members.count) else { continue }
            var mergeHits: [Int: Int] = [:]
            for term in clusters[target].centroid.top(options.lookupTerms) {
                for other in postings[term] ?? [] where other != target && isOpen(clusters[other], at: document.published) {
                    mergeHits[other, default: 0] += 1
                }
            }
            for other in Self.strongest(mergeHits, limit: options.candidateLimit) {
                guard clusters[target].centroid.cosine(clusters[other].centroid) >= options.mergeThreshold else { continue }
                let (keep, drop) = clusters[other].members.count > clusters[target].members.count
                    || (clusters[other].members.count == clusters[target].members.count && other < target) ? (other, target) : (target, other)
                for member in clusters[drop].members { assignment[member] = clusters[keep].id }
                clusters[keep].members += clusters[drop].members
                clusters[keep].centroid.add(clusters[drop].centroid)
                if let last = clusters[drop].lastSeen { clusters[keep].lastSeen = max(clusters[keep].lastSeen ?? last, last) }
                clusterIndex[clusters[drop].id] = keep
                clusters[drop].members = []
                clusters[drop].centroid = TermVector()
                for term in clusters[keep].centroid.top(options.lookupTerms) where postings[term]?.last != keep {
                    postings[term, default: []].append(keep)
                }
                if drop == target { break }
            }
        }
        consolidate(&clusters, assignment: &assignment, postings: postings)
        return assignment
    }

    /// 1–8, then sizes about a third apart (10, 13, 17, 22, …).
    static func isReviewSize(_ count: Int) -> Bool {
        if count <= 8 { return true }
        var size = 8.0
        while Int(size) < count { size = (size * 4 / 3).rounded(.up) }
        return Int(size) == count
    }

    /// The stories with the most shared lookup terms, at most `limit`, in index order.
    static func strongest(_ hits: [Int: Int], limit: Int) -> [Int] {
        guard hits.count > limit else { return hits.keys.sorted() }
        return hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key).sorted()
    }

    /// Whether a story can still take articles at `time`: it has members and has not been quiet
    /// for longer than the quiet period.
    private func isOpen(_ cluster: Cluster, at time: Date?) -> Bool {
        guard !cluster.members.isEmpty else { return false }
        guard let last = cluster.lastSeen, let time else { return true }
        return time.timeIntervalSince(last) <= options.quietPeriod
    }

    /// A last look at the stories that stayed small: an article read early in the stream was
    /// weighed against few others and may have missed the story that grew later. A story of one
    /// or two articles joins the larger story (three articles or more) whose centroid passes the
    /// bar an article must pass to join, the most similar one; small stories are taken in the
    /// order they opened, so the result stays deterministic.
    /// Candidates come from the same inverted index as in the stream, looked up with a wider set of
    /// the small story's terms (its few articles may share only some of the big story's heaviest
    /// ones), so the pass stays linear in the number of stories.
    private func consolidate(_ clusters: inout [Cluster], assignment: inout [String: String], postings: [String: [Int]]) {
        let isLarge = clusters.map { $0.members.count >= 3 }
        for small in clusters.indices where (1...2).contains(clusters[small].members.count) {
            var candidates = Set<Int>()
            for term in clusters[small].centroid.top(options.lookupTerms * 4) {
                for index in postings[term] ?? [] where isLarge[index] && index != small { candidates.insert(index) }
            }
            var best: (index: Int, score: Double)?
            for index in candidates.sorted() where !clusters[index].members.isEmpty {
                if let a = clusters[small].lastSeen, let b = clusters[index].lastSeen, abs(a.timeIntervalSince(b)) > options.quietPeriod {
                    continue
                }
                let score = clusters[small].centroid.cosine(clusters[index].centroid)
                if score >= options.joinThreshold, score > (best?.score ?? 0) { best = (index, score) }
            }
            guard let target = best?.index else { continue }
            for member in clusters[small].members { assignment[member] = clusters[target].id }
            clusters[target].members += clusters[small].members
            clusters[target].centroid.add(clusters[small].centroid)
            clusters[small].members = []
            clusters[small].centroid = TermVector()
        }
    }

    /// Sublinear TF times IDF over the stream so far, cut to the heaviest terms, unit length:
    /// long articles do not outweigh short ones, and rare passing mentions do not add noise.
    private func vector(_ counts: [String: Double], documentFrequency: [String: Int], documents: Int) -> TermVector {
        var weights: [String: Double] = [:]
        for (term, count) in counts {
            let idf = log(Double(documents + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1
            weights[term] = (1 + log(count)) * idf
        }
        if weights.count > options.vectorTerms {
            let kept = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(options.vectorTerms)
            weights = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return TermVector() }
        return TermVector(weights.mapValues { $0 / norm })
    }

    private func termCounts(_ document: ClusterDocument) -> [String: Double] {
        var counts: [String: Double] = [:]
        for term in Tokenizer.terms(in: document.text) { counts[term, default: 0] += 1 }
        for term in Tokenizer.terms(in: document.title) { counts[term, default: 0] += options.titleWeight }
        return counts
    }
}
