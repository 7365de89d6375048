/// One sentence of an article with what the analyzer found in it.
///
/// Offsets inside `quantities`, `dates` and `markers` count Unicode scalars from the start of the
/// sentence; `sentence.start` places the sentence in the article. Named entities and quotations are
/// meant to join as further fields of this type, found by their own finders over the same sentence.
public struct AnalyzedSentence: Sendable, Equatable, Codable {
    public var sentence: Sentence
    public var quantities: [Quantity]
    public var dates: [DateMention]
    public var markers: [TextMarker]

    public init(sentence: Sentence, quantities: [Quantity] = [], dates: [DateMention] = [], markers: [TextMarker] = []) {
        self.sentence = sentence
        self.quantities = quantities
        self.dates = dates
        self.markers = markers
    }

    public var isNegated: Bool { markers.contains { $0.kind == .negation } }
    public var isHedged: Bool { markers.contains { $0.kind == .hedge } }
}

/// The analysis of one article: its sentences, each with quantities, dates and markers.
public struct TextAnalysis: Sendable, Equatable, Codable {
    public var published: CivilDate?
    public var sentences: [AnalyzedSentence]

    public init(published: CivilDate?, sentences: [AnalyzedSentence]) {
        self.published = published
        self.sentences = sentences
    }
}

/// Splits an article into sentences and finds in each the figures, dates and negation or hedging
/// markers that a fact check compares with its sources.
///
/// Relative dates ("yesterday", "on Friday", "last week") are resolved against `published`; without
/// it they keep their granularity but get no value. Pure and linear in the length of the text.
///
/// ```swift
/// let analyzer = TextAnalyzer()
/// let analysis = analyzer.analyze("Lee met Xi on Monday. They signed 15 agreements.", published: CivilDate(iso: "2026-01-05"))
/// analysis.sentences[0].dates[0].value        // "2026-01-05"
/// analysis.sentences[1].quantities[0].unit    // "agreements"
/// ```
public struct TextAnalyzer: Sendable {
    public struct Options: Sendable {
        /// Sentence rules to use (ISO 639-1); the finders themselves read English.
        public var language = "en"
        /// Tokens examined per sentence: a 5 MB run-on "sentence" costs bounded work. 20,000 tokens
        /// is some 40 times the longest sentence a news article plausibly holds.
        public var maxTokensPerSentence = 20_000
        public init() {}
    }

    public let options: Options
    let splitter: SentenceSplitter

    public init(options: Options = Options()) {
        self.options = options
        splitter = SentenceSplitter(language: options.language)
    }

    public func analyze(_ text: String, published: CivilDate?) -> TextAnalysis {
        let dates = DateFinder(published: published)
        let sentences = splitter.split(text).map { analyze(sentence: $0, dates: dates) }
        return TextAnalysis(published: published, sentences: sentences)
    }

    /// One sentence on its own (offsets as in `Sentence`).
    public func analyze(sentence: Sentence, published: CivilDate?) -> AnalyzedSentence {
        analyze(sentence: sentence, dates: DateFinder(published: published))
    }

    func analyze(sentence: Sentence, dates finder: DateFinder) -> AnalyzedSentence {
        var text = sentence.text
        return text.withUTF8 { bytes in
            var tokens = TokenizedSentence(bytes: bytes, tokenLimit: options.maxTokensPerSentence)
            // 1. Dates first: they claim "January 5", "2017" and "four-day" before figures are read.
            let dates = finder.find(in: &tokens)
            // 2. Figures from the tokens left, 3. markers from all tokens.
            let quantities = QuantityFinder.find(in: &tokens)
            let markers = MarkerFinder.find(in: tokens)
            return AnalyzedSentence(sentence: sentence, quantities: quantities, dates: dates, markers: markers)
        }
    }
}
