import Foundation
import NewsdeskCore

/// A plain extractive summary of several documents about one topic, within a word budget: the
/// sentences closest to what the documents share (their TF-IDF centroid) and, given a query, to
/// what the reader asked, without two sentences that say the same thing.
///
/// ```swift
/// let text = Summarizer().summarize(documents, words: 250, query: "What caused the outage?")
/// ```
public struct Summarizer: Sendable {
    public struct Options: Sendable {
        /// How much the query counts beside the centroid (0 ignores it).
        public var queryWeight = 0.6
        /// A sentence this similar to one already chosen adds nothing.
        public var redundancyLimit = 0.4
        /// Weight of the penalty for resembling what is already chosen (maximal marginal relevance).
        public var noveltyWeight = 0.3
        /// Terms kept in the centroid.
        public var centroidTerms = 120
        /// Sentences shorter than this are usually headings, datelines or fragments.
        public var minimumWords = 8
        public var maximumWords = 55

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    struct Candidate {
        var text: String
        var document: Int
        var position: Int
        var words: Int
        var vector: TermVector
        var score = 0.0
    }

    /// At most `words` words; whole sentences, the last perhaps cut to fill the budget.
    public func summarize(_ documents: [String], words budget: Int, query: String? = nil) -> String {
        guard budget > 0 else { return "" }
        let splitter = SentenceSplitter()
        var candidates: [Candidate] = []
        var documentFrequency: [String: Int] = [:]
        var documentCounts: [[String: Double]] = []
        for (number, document) in documents.enumerated() {
            var counts: [String: Double] = [:]
            var position = 0
            for paragraph in document.components(separatedBy: "\n") where !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
                for sentence in splitter.split(paragraph) {
                    let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    // Words as evaluation tools count them: runs between spaces.
                    let count = text.split(whereSeparator: \.isWhitespace).count
                    let vector = TermVector(counting: text)
                    for (term, weight) in vector.weights { counts[term, default: 0] += weight }
                    if count >= options.minimumWords, count <= options.maximumWords, !text.hasSuffix("?") {
                        candidates.append(Candidate(text: text, document: number, position: position, words: count, vector: vector))
                    }
                    position += 1
                }
            }
            for term in counts.keys { documentFrequency[term, default: 0] += 1 }
            documentCounts.append(counts)
        }
        guard !candidates.isEmpty else { return "" }
        let total = Double(max(1, documents.count))
        func idf(_ term: String) -> Double { log((total + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1 }
        // The centroid: each document's terms, TF-IDF weighted and normalised, summed.
        var centroid = TermVector()
        for counts in documentCounts where !counts.isEmpty {
            let vector = TermVector(counts).weighted(by: idf)
            centroid.add(vector, scale: vector.norm > 0 ? 1 / vector.norm : 0)
        }
        centroid = TermVector(Dictionary(uniqueKeysWithValues: centroid.top(options.centroidTerms).map { ($0, centroid.weights[$0]!) }))
        let queryVector = query.map { TermVector(counting: $0).weighted(by: idf) }
        for i in candidates.indices {
            let weighted = candidates[i].vector.weighted(by: idf)
            candidates[i].vector = weighted
            var score = weighted.cosine(centroid)
            if let queryVector, queryVector.norm > 0 { score += options.queryWeight * weighted.cosine(queryVector) }
            // Early sentences of an article carry its news; a light preference, not a lead baseline.
            score += 0.05 / Double(1 + candidates[i].position)
            candidates[i].score = score
        }
        var chosen: [Candidate] = []
        var used = 0
        var remaining = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.document, $0.position) < ($1.document, $1.position) }
        var filler: Candidate?
        while used < budget, !remaining.isEmpty {
            var best: (index: Int, value: Double)?
            for (index, candidate) in remaining.enumerated() {
                let similarity = chosen.map { $0.vector.cosine(candidate.vector) }.max() ?? 0
                if similarity > options.redundancyLimit { continue }
                let value = candidate.score - options.noveltyWeight * similarity
                if best == nil || value > best!.value { best = (index, value) }
            }
            guard let pick = best else { break }
            let candidate = remaining.remove(at: pick.index)
            if used + candidate.words <= budget {
                chosen.append(candidate)
                used += candidate.words
            } else if filler == nil {
                filler = candidate
            }
        }
        // Sentences in the order the documents tell them.
        var text = chosen.sorted { ($0.document, $0.position) < ($1.document, $1.position) }.map(\.text)
        if let filler, used < budget {
            let words = filler.text.split(whereSeparator: \.isWhitespace)
            let room = budget - used
            if room >= 5 { text.append(words.prefix(room).joined(separator: " ")) }
        }
        return Self.limit(text.joined(separator: " "), to: budget)
    }

    /// The text cut to at most `budget` space-separated words.
    static func limit(_ text: String, to budget: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > budget else { return text }
        return words.prefix(budget).joined(separator: " ")
    }
}
