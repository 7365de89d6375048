import NewsdeskCore

/// Ranks other briefs by how much they share with a brief: its words and its names.
public enum RelatedStories {
    /// For each story id, up to `limit` related story ids, most related first. Stories with nothing
    /// in common are still listed after the related ones (newest first), so every page offers a path on.
    public static func related(_ briefs: [Brief], limit: Int = 4) -> [String: [String]] {
        let vectors = briefs.map { brief in
            TermVector(counting: ([brief.headline] + brief.allSentences.map(\.text)).joined(separator: " "))
        }
        var result: [String: [String]] = [:]
        for (i, brief) in briefs.enumerated() {
            let others = briefs.indices.filter { $0 != i }.map { j in (j, vectors[i].cosine(vectors[j])) }
            let ranked = others.sorted { a, b in
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
}
