import NewsdeskCore

/// A source text analysed once for the verifier: its sentences, their atoms and their words.
public struct SourceIndex: Sendable {
    public struct AnalysedSentence: Sendable {
        public var text: String
        public var vector: TermVector
        /// Comparable tokens, in order, and their keys as a set for fast overlap counts.
        public var tokens: [ComparableText.Token]
        public var keys: Set<String>
    }

    public var sentences: [AnalysedSentence]
    /// Every normalised word of the text, for name look-ups.
    public var words: Set<String>
    /// Every stemmed content word, for coverage.
    public var terms: Set<String>
    /// Every comparable token key of the text joined by spaces (and padded), for quote look-ups
    /// that forgive "said"/"stated", "nine"/"9" and quote style.
    public var comparable: String

    public init(text: String) {
        let splitter = SentenceSplitter()
        sentences = splitter.split(text).map { sentence in
            let tokens = ComparableText.tokens(sentence.text)
            return AnalysedSentence(
                text: sentence.text, vector: TermVector(counting: sentence.text), tokens: tokens, keys: Set(tokens.map(\.key)))
        }
        var words = Set<String>()
        for word in Tokenizer.normalizedWords(in: text) {
            words.insert(word)
            // "Washington's" also names Washington.
            if word.hasSuffix("'s") { words.insert(String(word.dropLast(2))) }
        }
        self.words = words
        terms = Set(Tokenizer.terms(in: text))
        comparable = " " + sentences.flatMap { $0.tokens.map(\.key) }.joined(separator: " ") + " "
    }
}

/// Quotations in a sentence.
public enum QuoteText {
    /// The spans between double quote marks (straight or curly) of at least three words.
    public static func quotes(in sentence: String) -> [String] {
        var result: [String] = []
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
}
