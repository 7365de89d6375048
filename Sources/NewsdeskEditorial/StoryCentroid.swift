/// A unit-length article vector: term numbers with weights, heaviest first.
struct ArticleVector {
    var entries: [(term: Int32, weight: Double)] = []

    /// The `count` heaviest terms (entries are kept heaviest first).
    func top(_ count: Int) -> ArraySlice<(term: Int32, weight: Double)> { entries.prefix(count) }
}

/// The sum of a story's article vectors, with its length kept up to date as articles are added.
///
/// Terms are stored in the order they were first added and looked up through a slot table, so sums
/// run in a fixed order and the same stream always gives the same scores to the last bit.
struct StoryCentroid {
    private(set) var terms: [Int32] = []
    private(set) var weights: [Double] = []
    private var slots = TermSlots()
    private var squaredNorm = 0.0

    init() {}

    init(_ vector: ArticleVector) { add(vector) }

    var isEmpty: Bool { terms.isEmpty }
    var norm: Double { squaredNorm.squareRoot() }

    func weight(_ term: Int32) -> Double {
        guard let slot = slots[term] else { return 0 }
        return weights[slot]
    }

    mutating func add(_ vector: ArticleVector) {
        for (term, weight) in vector.entries { add(term, weight) }
    }

    mutating func add(_ other: StoryCentroid) {
        for index in other.terms.indices { add(other.terms[index], other.weights[index]) }
    }

    private mutating func add(_ term: Int32, _ weight: Double) {
        if let slot = slots[term] {
            let old = weights[slot]
            weights[slot] = old + weight
            squaredNorm += (old + weight) * (old + weight) - old * old
        } else {
            slots.insert(term, terms.count)
            terms.append(term)
            weights.append(weight)
            squaredNorm += weight * weight
        }
    }

    /// Cosine with a unit-length article vector.
    func cosine(_ vector: ArticleVector) -> Double {
        let norm = self.norm
        guard norm > 0 else { return 0 }
        var dot = 0.0
        for (term, weight) in vector.entries {
            if let slot = slots[term] { dot += weight * weights[slot] }
        }
        return dot / norm
    }

    func cosine(_ other: StoryCentroid) -> Double {
        let (small, large) = terms.count <= other.terms.count ? (self, other) : (other, self)
        let norms = norm * other.norm
        guard norms > 0 else { return 0 }
        var dot = 0.0
        for index in small.terms.indices {
            if let slot = large.slots[small.terms[index]] { dot += small.weights[index] * large.weights[slot] }
        }
        return dot / norms
    }

    /// The `count` heaviest terms, heaviest first; ties go to the lower term number. One pass that
    /// keeps the best few in order, instead of sorting a big story's thousands of terms.
    func top(_ count: Int) -> [Int32] {
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        func heavier(_ a: Int, _ b: Int) -> Bool { weights[a] != weights[b] ? weights[a] > weights[b] : terms[a] < terms[b] }
        for index in terms.indices {
            if best.count == count, let last = best.last, !heavier(index, last) { continue }
            var position = best.count
            while position > 0, heavier(index, best[position - 1]) { position -= 1 }
            best.insert(index, at: position)
            if best.count > count { best.removeLast() }
        }
        return best.map { terms[$0] }
    }
}
