import NewsdeskCore

/// Finds articles that copy an earlier one: the same wire story on several sites, or a light rewrite.
///
/// Exact copies match on a hash of the normalised text; near copies on the overlap (Jaccard) of
/// their word 5-shingles. Candidates come from an index of a sample of each article's shingles,
/// so an article is compared only with articles that share text with it. Boilerplate shingles and
/// originals older than a window are left out, so the work per article stays flat.
public struct Deduplicator: Sendable {
    public struct Options: Sendable {
        /// Two texts sharing this share of their shingles are one text edited: a copy with up to
        /// about 15% of its words changed still shares more than half of its three-word shingles,
        /// while rewrites of one event by different reporters share almost none (under 0.01 on the
        /// shared story-clustering set).
        public var nearDuplicateJaccard = 0.4
        /// Shingle length in words: three words survive light edits better than five, and a run of
        /// three is still rare enough not to match by chance.
        public var shingleLength = 3
        /// One in this many shingle hashes is kept in the sample (a min-wise style sketch).
        public var sampleModulus: UInt64 = 4
        /// Originals per sampled shingle kept in the index. A shingle in this many different texts is
        /// a stock phrase or boilerplate (a byline, a standard disclaimer), not evidence of copying;
        /// it stops being looked up, so one common phrase cannot make every article a candidate of
        /// every other. Copies are not indexed, so a wire story on fifty sites counts once here.
        public var postingLimit = 16
        /// Originals remembered for near-copy matching: copies appear within days of their original,
        /// so the oldest are forgotten past this many (exact copies are still matched by hash).
        public var window = 50_000

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// For each duplicate article id, the id of the earliest article it copies; originals are absent.
    public func duplicates(in articles: [SourceArticle]) -> [Int64: Int64] {
        var stream = Stream(deduplicator: self)
        var result: [Int64: Int64] = [:]
        for entry in articles {
            if let original = stream.add(id: entry.id, text: entry.article.text) { result[entry.id] = original }
        }
        return result
    }

    /// Copy detection one article at a time, in stream order.
    public struct Stream: Sendable {
        let deduplicator: Deduplicator
        private var exact: [UInt64: Int64] = [:]
        private var sketches: [Int64: [UInt64]] = [:]
        private var index: [UInt64: [Int64]] = [:]
        /// The original of each copy found so far, so a copy of a copy links to the first.
        private var originals: [Int64: Int64] = [:]
        private var remembered: [Int64] = []
        private var forgotten = 0

        public init(deduplicator: Deduplicator = Deduplicator()) {
            self.deduplicator = deduplicator
        }

        /// The id of the earliest article this text copies, or nil when it is an original.
        public mutating func add(id: Int64, text: String) -> Int64? {
            let options = deduplicator.options
            let words = Deduplicator.wordHashes(text)
            guard words.count >= options.shingleLength else { return nil }
            let fullHash = words.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ $1) &* 0x0000_0100_0000_01b3 }
            if let original = exact[fullHash] {
                let first = originals[original] ?? original
                originals[id] = first
                return first
            }
            exact[fullHash] = id
            let sketch = deduplicator.sketch(words)
            var overlaps: [Int64: Int] = [:]
            overlaps.reserveCapacity(64)
            for hash in sketch {
                guard let list = index[hash], list.count < options.postingLimit else { continue }
                for other in list { overlaps[other, default: 0] += 1 }
            }
            let best = overlaps.compactMap { (other, shared) -> (Int64, Double)? in
                guard let otherSketch = sketches[other] else { return nil }
                let union = sketch.count + otherSketch.count - shared
                return union == 0 ? nil : (other, Double(shared) / Double(union))
            }.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
            if let (other, jaccard) = best, jaccard >= options.nearDuplicateJaccard {
                let first = originals[other] ?? other
                originals[id] = first
                return first
            }
            sketches[id] = sketch
            for hash in sketch where index[hash, default: []].count < options.postingLimit { index[hash, default: []].append(id) }
            remembered.append(id)
            if remembered.count - forgotten > options.window {
                let old = remembered[forgotten]
                forgotten += 1
                // Its index entries go too; an entry past the posting limit was never added.
                for hash in sketches.removeValue(forKey: old) ?? [] {
                    index[hash]?.removeAll { $0 == old }
                    if index[hash]?.isEmpty == true { index[hash] = nil }
                }
            }
            return nil
        }
    }

    /// The sampled hashes of the text's word shingles. Each word is hashed once; a shingle's hash
    /// mixes its words' hashes, so no shingle string is ever built.
    func sketch(_ hashes: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        let n = options.shingleLength
        for start in 0...(hashes.count - n) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in hashes[start..<start + n] {
                hash = (hash ^ word) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
            if hash % options.sampleModulus == 0 { result.append(hash) }
        }
        // A set, as a sorted array without repeats: cheaper to build than a hashed set.
        result.sort()
        var kept = 0
        for hash in result where kept == 0 || result[kept - 1] != hash {
            result[kept] = hash
            kept += 1
        }
        result.removeSubrange(kept...)
        return result
    }

    /// The FNV-1a hash of each normalised word of `text` (lower-cased, diacritics folded). ASCII text
    /// is read byte by byte without building a string per word; the hashes are the same either way.
    static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return Tokenizer.normalizedWords(in: text).map(fnv1a) }
        return text.withUTF8 { bytes in
            var hashes: [UInt64] = []
            ASCIIWords.forEach(in: bytes) { range, _ in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for index in range {
                    let byte = bytes[index]
                    hash ^= UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                    hash &*= 0x0000_0100_0000_01b3
                }
                hashes.append(hash)
            }
            return hashes
        }
    }

    /// 64-bit FNV-1a: fast, stable across runs and platforms (Swift's Hasher is seeded per process).
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
