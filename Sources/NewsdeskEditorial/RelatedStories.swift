import Foundation
import NewsdeskCore

/// Ranks other briefs by how much they share with a brief: its words and its names.
public enum RelatedStories {
    /// Cosine above which two briefs count as related.
    static let threshold = 0.05

    /// For each story id, up to `limit` related story ids, most related first. Stories with nothing
    /// in common are still listed after the related ones (newest first), so every page offers a path on.
    ///
    /// Only briefs that share a term are scored: each brief's dot products are summed over the
    /// posting lists of its terms (integer term ids, dense accumulators), briefs in parallel, and the
    /// best `limit` are kept without sorting the rest — 10,000 briefs take seconds, not minutes.
    public static func related(_ briefs: [Brief], limit: Int = 4) -> [String: [String]] {
        let count = briefs.count
        guard count > 0, limit > 0 else { return [:] }
        // 1. Term vectors as (term id, weight) lists, and posting lists per term id.
        var termIDs: [String: Int] = [:]
        var documents: [[(term: Int, weight: Double)]] = []
        var norms: [Double] = []
        for brief in briefs {
            let vector = TermVector(counting: ([brief.headline] + brief.allSentences.map(\.text)).joined(separator: " "))
            documents.append(vector.weights.map { term, weight in
                if let id = termIDs[term] { return (id, weight) }
                termIDs[term] = termIDs.count
                return (termIDs.count - 1, weight)
            })
            norms.append(vector.norm)
        }
        var postings = [[(document: Int32, weight: Double)]](repeating: [], count: termIDs.count)
        for (document, terms) in documents.enumerated() {
            for (term, weight) in terms { postings[term].append((Int32(document), weight)) }
        }
        let (vectors, lists, lengths) = (documents, postings, norms)
        // 2. Newest first, then by id: the order of the fill-in and of ties.
        let newest = briefs.indices.sorted(by: { earlier(briefs, $0, $1) })
        var result = [[String]](repeating: [], count: count)
        let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let size = (count + chunks - 1) / chunks
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var dots = [Double](repeating: 0, count: count)
                var touched: [Int] = []
                for i in chunk * size..<min((chunk + 1) * size, count) {
                    for (term, weight) in vectors[i] {
                        for (document, other) in lists[term] where Int(document) != i {
                            if dots[Int(document)] == 0 { touched.append(Int(document)) }
                            dots[Int(document)] += weight * other
                        }
                    }
                    // 3. The best related briefs: higher cosine first, equal ones newest first.
                    var best: [(index: Int, score: Double)] = []
                    for j in touched {
                        let score = lengths[i] > 0 && lengths[j] > 0 ? dots[j] / (lengths[i] * lengths[j]) : 0
                        dots[j] = 0
                        guard score > threshold else { continue }
                        let candidate = (j, score)
                        if best.count == limit, let last = best.last, !ranksBefore(briefs, candidate, last) { continue }
                        let position = best.firstIndex { !ranksBefore(briefs, $0, candidate) } ?? best.count
                        best.insert(candidate, at: position)
                        if best.count > limit { best.removeLast() }
                    }
                    touched.removeAll(keepingCapacity: true)
                    // 4. Filled up with the newest briefs that are not already there.
                    var chosen = best.map(\.index)
                    for j in newest where chosen.count < limit {
                        if j != i, !chosen.contains(j) { chosen.append(j) }
                    }
                    slots[i] = chosen.map { briefs[$0].storyID }
                }
            }
        }
        var byID: [String: [String]] = [:]
        for (index, brief) in briefs.enumerated() { byID[brief.storyID] = result[index] }
        return byID
    }

    private static func ranksBefore(_ briefs: [Brief], _ a: (index: Int, score: Double), _ b: (index: Int, score: Double)) -> Bool {
        a.score != b.score ? a.score > b.score : earlier(briefs, a.index, b.index)
    }

    /// Newer first; equal dates by story id.
    private static func earlier(_ briefs: [Brief], _ a: Int, _ b: Int) -> Bool {
        let da = briefs[a].newsDate ?? .distantPast
        let db = briefs[b].newsDate ?? .distantPast
        return da != db ? da > db : briefs[a].storyID < briefs[b].storyID
    }
}
