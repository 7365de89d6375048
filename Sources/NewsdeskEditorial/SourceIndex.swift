import NewsdeskCore

/// A source text analysed once for the verifier: its sentences, their comparable tokens and the
/// words they use.
///
/// Token keys are interned: every distinct key of the text gets a small integer, so that the
/// verifier compares and counts integers rather than hashing strings. A claim's words are looked up
/// in ``vocabulary``; a word the source never uses has no number and can match nothing.
public struct SourceIndex: Sendable {
    public struct AnalysedSentence: Sendable {
        public var text: String
        /// Where the sentence's tokens lie in ``SourceIndex/tokens``.
        public var tokenRange: Range<Int>
        /// The distinct token ids of the sentence.
        var distinctIDs: [Int32]
    }

    public var sentences: [AnalysedSentence]
    /// The comparable tokens of the whole text, sentence after sentence.
    public var tokens: [ComparableText.Token]
    /// Each token's key as its number in ``vocabulary``.
    var ids: [Int32]
    /// The distinct token keys of the text, numbered from zero.
    public var vocabulary: [String: Int32]
    /// What each vocabulary entry is to the verifier, by id.
    var kinds: [WordKind]
    /// Token positions where a sentence begins: a sentence of the splitter, or one the splitter
    /// kept inside a quotation.
    var sentenceStarts: [Bool]

    public init(text: String) {
        let split = SentenceSplitter().split(text)
        var tokens: [ComparableText.Token] = []
        var ids: [Int32] = []
        var vocabulary: [String: Int32] = [:]
        var kinds: [WordKind] = []
        var starts: [Bool] = []
        var sentences: [AnalysedSentence] = []
        sentences.reserveCapacity(split.count)
        for sentence in split {
            let lower = tokens.count
            var distinct: [Int32] = []
            for (offset, token) in ComparableText.tokens(sentence.text).enumerated() {
                let id: Int32
                if let known = vocabulary[token.key] {
                    id = known
                } else {
                    id = Int32(kinds.count)
                    vocabulary[token.key] = id
                    kinds.append(WordKind(key: token.key))
                }
                if !distinct.contains(id) { distinct.append(id) }
                tokens.append(token)
                ids.append(id)
                starts.append(offset == 0 || token.startsSentence)
            }
            sentences.append(AnalysedSentence(text: sentence.text, tokenRange: lower..<tokens.count, distinctIDs: distinct))
        }
        self.sentences = sentences
        self.tokens = tokens
        self.ids = ids
        self.vocabulary = vocabulary
        self.kinds = kinds
        self.sentenceStarts = starts
    }

    /// The ids of `keys` in this text; a key the text never uses gets a negative number of its own
    /// (distinct keys stay distinct), so it equals nothing here.
    func ids(of keys: [String]) -> [Int32] {
        var unknown: [String: Int32] = [:]
        return keys.map { key in
            if let id = vocabulary[key] { return id }
            if let id = unknown[key] { return id }
            let id = -Int32(unknown.count) - 1
            unknown[key] = id
            return id
        }
    }

    /// Whether the text uses a word, compared as comparable tokens ("Washington's" names Washington).
    public func uses(_ word: String) -> Bool {
        let keys = ComparableText.tokens(word).map(\.key)
        return !keys.isEmpty && keys.allSatisfy { vocabulary[$0] != nil }
    }

    /// Whether the keys occur here one after another, in order (across sentence boundaries).
    func containsRun(_ keys: [String]) -> Bool {
        let run = keys.compactMap { vocabulary[$0] }
        guard run.count == keys.count, let first = run.first else { return false }
        var i = 0
        while i + run.count <= ids.count {
            if ids[i] == first {
                var j = 1
                while j < run.count, ids[i + j] == run[j] { j += 1 }
                if j == run.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// The verifier's classes of a token key, looked up once per distinct key.
struct WordKind: Sendable {
    var isFunction: Bool
    var isQualifier: Bool

    init(key: String) {
        isFunction = Verifier.functionWords.contains(key)
        isQualifier = Verifier.qualifiers.contains(key)
    }
}

/// Quotations in a sentence.
public enum QuoteText {
    /// The spans between double quote marks (straight or curly) of at least three words.
    public static func quotes(in sentence: String) -> [String] {
        var result: [String] = []
        // Most sentences quote nothing: look for a quote mark's bytes before walking characters.
        guard hasQuoteMark(sentence) else { return result }
        var current: String?
        for character in sentence {
            if character == "\"" || character == "“" || character == "”" {
                if let open = current {
                    if Tokenizer.words(in: open).count >= 3 { result.append(open) }
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current!.append(character)
            }
        }
        return result
    }

    /// Whether the text holds a straight or curly double quote mark (U+201C is E2 80 9C, U+201D E2 80 9D).
    static func hasQuoteMark(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x22 || (previous == (0xE2, 0x80) && (byte == 0x9C || byte == 0x9D)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
