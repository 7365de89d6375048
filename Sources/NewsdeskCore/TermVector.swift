/// A sparse bag of weighted terms with cosine similarity.
public struct TermVector: Sendable, Equatable {
    public private(set) var weights: [String: Double]
    public private(set) var norm: Double

    public init(_ weights: [String: Double] = [:]) {
        self.weights = weights
        self.norm = Self.computeNorm(weights)
    }

    /// Raw term counts of a text's content words.
    public init(counting text: String) {
        var counts: [String: Double] = [:]
        for term in Tokenizer.terms(in: text) { counts[term, default: 0] += 1 }
        self.init(counts)
    }

    public func cosine(_ other: TermVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var dot = 0.0
        for (term, weight) in small {
            if let w = large[term] { dot += weight * w }
        }
        return dot / (norm * other.norm)
    }

    public mutating func add(_ other: TermVector, scale: Double = 1) {
        for (term, weight) in other.weights { weights[term, default: 0] += weight * scale }
        norm = Self.computeNorm(weights)
    }

    /// Weights multiplied by a per-term factor (an inverse document frequency, say).
    public func weighted(by factor: (String) -> Double) -> TermVector {
        TermVector(Dictionary(uniqueKeysWithValues: weights.map { ($0.key, $0.value * factor($0.key)) }))
    }

    /// The `count` heaviest terms, heaviest first; ties broken by the term so results are stable.
    public func top(_ count: Int) -> [String] {
        weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
    }

    public var terms: Dictionary<String, Double>.Keys { weights.keys }

    private static func computeNorm(_ weights: [String: Double]) -> Double {
        weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
