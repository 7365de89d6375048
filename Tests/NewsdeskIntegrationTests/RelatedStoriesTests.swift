import Foundation
import NewsdeskCore
import NewsdeskEditorial
import Testing

/// The indexed ranking of related stories gives exactly what scoring every pair gives.
struct RelatedStoriesTests {
    /// Every pair scored and every list fully sorted: the plain definition of the ranking.
    static func reference(_ briefs: [Brief], limit: Int) -> [String: [String]] {
        let vectors = briefs.map { TermVector(counting: ([$0.headline] + $0.allSentences.map(\.text)).joined(separator: " ")) }
        var result: [String: [String]] = [:]
        for (i, brief) in briefs.enumerated() {
            let ranked = briefs.indices.filter { $0 != i }.map { ($0, vectors[i].cosine(vectors[$0])) }.sorted { a, b in
                if (a.1 > 0.05) != (b.1 > 0.05) { return a.1 > 0.05 }
                if a.1 > 0.05, a.1 != b.1 { return a.1 > b.1 }
                let da = briefs[a.0].newsDate ?? .distantPast
                let db = briefs[b.0].newsDate ?? .distantPast
                return da != db ? da > db : briefs[a.0].storyID < briefs[b.0].storyID
            }
            result[brief.storyID] = ranked.prefix(limit).map { briefs[$0.0].storyID }
        }
        return result
    }

    /// Briefs of words drawn from a small vocabulary (seeded), so many pairs share some words, some
    /// share none, and some dates are equal.
    static func briefs(_ count: Int) -> [Brief] {
        let vocabulary = "harbour council budget storm rail strike comet survey bridge court energy water vote plant".split(separator: " ")
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            let words = (0..<(3 + next(6))).map { _ in String(vocabulary[next(vocabulary.count)]) }
            let date = Date(timeIntervalSince1970: 1_767_225_600 + Double(next(20)) * 3600)
            let text = index % 17 == 0 ? "Zebra quokka \(index)." : words.joined(separator: " ") + "."
            return Brief(
                storyID: "r\(index)", keyphrase: "", headline: "Story \(index)", metaDescription: text, slug: "r\(index)",
                lead: [BriefSentence(text: text, citations: [1])], sections: [], differences: [], sources: [],
                engine: "extractive", written: date, newsDate: index % 11 == 0 ? nil : date)
        }
    }

    @Test(arguments: [1, 2, 5, 60, 240])
    func theIndexedRankingEqualsScoringEveryPair(_ count: Int) {
        let briefs = Self.briefs(count)
        for limit in [1, 4] {
            #expect(RelatedStories.related(briefs, limit: limit) == Self.reference(briefs, limit: limit), "\(count) briefs, limit \(limit)")
        }
    }
}
