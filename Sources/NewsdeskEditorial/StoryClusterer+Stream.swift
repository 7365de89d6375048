import Foundation
import NewsdeskCore

extension StoryClusterer {
    /// One story as the stream builds it.
    struct Story {
        var id: String
        var members: [String]
        /// Sum of the members' unit-length TF-IDF vectors (weights frozen when each joined).
        var centroid: StoryCentroid
        /// Sum of the first `Options.anchorSize` members' vectors: what the story began as.
        var anchor: StoryCentroid
        var anchorCount: Int
        var firstSeen: Date?
        var lastSeen: Date?

        mutating func see(_ time: Date?) {
            guard let time else { return }
            firstSeen = min(firstSeen ?? time, time)
            lastSeen = max(lastSeen ?? time, time)
        }
    }

    /// The clusterer's state while it reads a stream, one article at a time.
    struct StreamState {
        let options: Options
        private(set) var assignment: [String: String] = [:]
        private var stories: [Story] = []
        private var storyIndex: [String: Int] = [:]
        private var table = ClusterTermTable()
        /// Stories by index term (the heaviest terms of their articles), oldest first.
        private var postings: [Int32: [Int]] = [:]
        /// Articles seen per normalised title.
        private var titleCounts: [UInt64: Int] = [:]
        /// Similarities computed between an article or story and a story: the work done, for tests.
        private(set) var comparisons = 0

        init(options: Options) {
            self.options = options
        }

        mutating func add(_ document: ClusterDocument) {
            // The same article sent twice stays where it first went.
            if assignment[document.id] != nil { return }
            let time = document.published.map { published in options.now.map { min(published, $0) } ?? published }
            if let original = document.duplicateOf, let clusterID = assignment[original], let index = storyIndex[clusterID] {
                assignment[document.id] = clusterID
                stories[index].members.append(document.id)
                stories[index].see(time)
                return
            }
            let vector = self.vector(document)
            var best: (index: Int, score: Double)?
            if !vector.entries.isEmpty {
                var hits: [Int: Int] = [:]
                for (term, _) in vector.top(options.lookupTerms) {
                    for index in postings[term] ?? [] { hits[index, default: 0] += 1 }
                }
                for index in StoryClusterer.strongest(hits, limit: options.candidateLimit) where isOpen(stories[index], at: time) {
                    let story = stories[index]
                    comparisons += 1
                    let score = story.centroid.cosine(vector) * decay(from: story.lastSeen, to: time)
                    guard score >= options.joinThreshold, score > (best?.score ?? 0) else { continue }
                    guard options.anchorThreshold <= 0 || story.anchor.cosine(vector) >= options.anchorThreshold else { continue }
                    best = (index, score)
                }
            }
            let target: Int
            if let best {
                target = best.index
                stories[target].centroid.add(vector)
                if stories[target].anchorCount < options.anchorSize {
                    stories[target].anchor.add(vector)
                    stories[target].anchorCount += 1
                }
                stories[target].members.append(document.id)
                stories[target].see(time)
            } else {
                target = stories.count
                let id = "c-" + document.id
                let centroid = StoryCentroid(vector)
                stories.append(Story(id: id, members: [document.id], centroid: centroid, anchor: centroid, anchorCount: 1, firstSeen: time, lastSeen: time))
                storyIndex[id] = target
            }
            assignment[document.id] = stories[target].id
            // An article with no words (no title, no text) stays a story of its own, out of the index.
            guard !vector.entries.isEmpty else { return }
            for (term, _) in vector.top(options.lookupTerms) { post(target, under: term, at: time) }
            // A story of one article has just failed to join each of its candidates, at a lower bar.
            let size = stories[target].members.count
            if size > 1, StoryClusterer.isReviewSize(size) { reviewMerges(target, at: time) }
        }

        /// The article's unit-length TF-IDF vector, names weighted up, cut to its heaviest terms.
        private mutating func vector(_ document: ClusterDocument) -> ArticleVector {
            var titleWeight = options.titleWeight
            let titleWords = Tokenizer.normalizedWords(in: document.title)
            if !titleWords.isEmpty {
                let key = Deduplicator.fnv1a(titleWords.joined(separator: " "))
                let seen = titleCounts[key, default: 0]
                titleCounts[key] = seen + 1
                if seen >= options.repeatedTitleLimit { titleWeight = 0 }
            }
            let terms = ArticleTerms(title: document.title, text: document.text, titleWeight: titleWeight, table: &table)
            table.count(terms.counts.lazy.map(\.term))
            let rareName = Int(Double(table.documents) * options.rareNameShare)
            var entries = terms.counts.map { term, count in
                let boost = terms.names.contains(term) && table.documentFrequency[Int(term)] <= max(rareName, 1) ? options.nameWeight : 1
                return (term: term, weight: (1 + log(count)) * table.idf(term) * boost)
            }
            entries.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
            if entries.count > options.vectorTerms { entries.removeSubrange(options.vectorTerms...) }
            let norm = entries.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            guard norm > 0 else { return ArticleVector() }
            for index in entries.indices { entries[index].weight /= norm }
            return ArticleVector(entries: entries)
        }

        /// Adds a story under an index term. A list that grows past the limit drops the stories that
        /// can no longer take articles, then, if still long, its oldest half: work per article stays
        /// bounded however long the stream runs.
        private mutating func post(_ story: Int, under term: Int32, at time: Date?) {
            guard postings[term]?.last != story else { return }
            postings[term, default: []].append(story)
            guard let list = postings[term], list.count > options.postingLimit else { return }
            var kept = list.filter { isOpen(stories[$0], at: time) }
            if kept.count > options.postingLimit / 2 { kept.removeFirst(kept.count - options.postingLimit / 2) }
            postings[term] = kept
        }

        /// Whether a story can still take articles at `time`: it has members, has not been quiet
        /// for longer than the quiet period and is still inside its open window.
        private func isOpen(_ story: Story, at time: Date?) -> Bool {
            guard !story.members.isEmpty else { return false }
            guard let time else { return true }
            if let last = story.lastSeen, time.timeIntervalSince(last) > options.quietPeriod { return false }
            if let window = options.openWindow, let first = story.firstSeen, time.timeIntervalSince(first) > window { return false }
            return true
        }

        /// How much of a similarity is left after the time between two moments.
        private func decay(from earlier: Date?, to later: Date?) -> Double {
            guard let scale = options.decayScale, let earlier, let later else { return 1 }
            let gap = abs(later.timeIntervalSince(earlier)) - options.decayGrace
            return gap > 0 ? exp(-gap / scale) : 1
        }

        /// Two stories that have converged become one: the grown story absorbs any other whose
        /// centroid now passes the merge bar, when their beginnings resemble each other too. A big
        /// story's centroid moves little with each article, so it is reviewed as it grows by about a third.
        private mutating func reviewMerges(_ target: Int, at time: Date?) {
            var hits: [Int: Int] = [:]
            for term in stories[target].centroid.top(options.lookupTerms) {
                for other in postings[term] ?? [] where other != target && isOpen(stories[other], at: time) {
                    hits[other, default: 0] += 1
                }
            }
            for other in StoryClusterer.strongest(hits, limit: options.mergeCandidates) {
                let a = stories[target], b = stories[other]
                comparisons += 1
                guard a.centroid.cosine(b.centroid) * decay(from: a.lastSeen, to: b.lastSeen) >= options.mergeThreshold else { continue }
                guard options.anchorThreshold <= 0 || a.anchor.cosine(b.anchor) >= options.anchorThreshold else { continue }
                let keepOther = b.members.count > a.members.count || (b.members.count == a.members.count && other < target)
                let (keep, drop) = keepOther ? (other, target) : (target, other)
                absorb(drop, into: keep)
                for term in stories[keep].centroid.top(options.lookupTerms) { post(keep, under: term, at: time) }
                if drop == target { break }
            }
        }

        private mutating func absorb(_ drop: Int, into keep: Int) {
            for member in stories[drop].members { assignment[member] = stories[keep].id }
            stories[keep].members += stories[drop].members
            stories[keep].centroid.add(stories[drop].centroid)
            stories[keep].see(stories[drop].firstSeen)
            stories[keep].see(stories[drop].lastSeen)
            storyIndex[stories[drop].id] = keep
            stories[drop].members = []
            stories[drop].centroid = StoryCentroid()
            stories[drop].anchor = StoryCentroid()
        }

        /// A last look at the stories that stayed small: an article read early in the stream was
        /// weighed against few others and may have missed the story that grew later. A story of one
        /// or two articles joins the larger story (three articles or more) whose centroid passes the
        /// bar an article must pass to join (time and anchor included), the most similar one; small
        /// stories are taken in the order they opened, so the result stays deterministic.
        /// Candidates come from the same inverted index, looked up with a wider set of the small
        /// story's terms (its few articles may share only some of the big story's heaviest ones), and
        /// at most `candidateLimit` of them are compared, so the pass stays linear in the stories.
        mutating func consolidate() {
            let isLarge = stories.map { $0.members.count >= 3 }
            for small in stories.indices where (1...2).contains(stories[small].members.count) {
                var hits: [Int: Int] = [:]
                for term in stories[small].centroid.top(options.lookupTerms * 4) {
                    for index in postings[term] ?? [] where isLarge[index] && index != small { hits[index, default: 0] += 1 }
                }
                var best: (index: Int, score: Double)?
                for index in StoryClusterer.strongest(hits, limit: options.candidateLimit) where !stories[index].members.isEmpty {
                    let a = stories[small], b = stories[index]
                    comparisons += 1
                    if let first = a.lastSeen, let second = b.lastSeen, abs(first.timeIntervalSince(second)) > options.quietPeriod { continue }
                    let score = a.centroid.cosine(b.centroid) * decay(from: a.lastSeen, to: b.lastSeen)
                    guard score >= options.joinThreshold, score > (best?.score ?? 0) else { continue }
                    guard options.anchorThreshold <= 0 || a.anchor.cosine(b.anchor) >= options.anchorThreshold else { continue }
                    best = (index, score)
                }
                if let target = best?.index { absorb(small, into: target) }
            }
        }
    }
}
