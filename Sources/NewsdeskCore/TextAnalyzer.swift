/// One sentence of an article with what the analyzer found in it.
///
/// Offsets inside `quantities`, `dates`, `markers`, `entities` and `quotations` count Unicode scalars
/// from the start of the sentence; `sentence.start` places the sentence in the article. A quotation
/// belongs to the sentence where it opens and may end past it.
public struct AnalyzedSentence: Sendable, Equatable, Codable {
    public var sentence: Sentence
    public var quantities: [Quantity]
    public var dates: [DateMention]
    public var markers: [TextMarker]
    public var entities: [TextEntity]
    public var quotations: [TextQuotation]

    public init(
        sentence: Sentence, quantities: [Quantity] = [], dates: [DateMention] = [], markers: [TextMarker] = [],
        entities: [TextEntity] = [], quotations: [TextQuotation] = []
    ) {
        self.sentence = sentence
        self.quantities = quantities
        self.dates = dates
        self.markers = markers
        self.entities = entities
        self.quotations = quotations
    }

    private enum CodingKeys: String, CodingKey { case sentence, quantities, dates, markers, entities, quotations }

    /// Analyses written before entities and quotations joined decode with both empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sentence = try c.decode(Sentence.self, forKey: .sentence)
        quantities = try c.decode([Quantity].self, forKey: .quantities)
        dates = try c.decode([DateMention].self, forKey: .dates)
        markers = try c.decode([TextMarker].self, forKey: .markers)
        entities = try c.decodeIfPresent([TextEntity].self, forKey: .entities) ?? []
        quotations = try c.decodeIfPresent([TextQuotation].self, forKey: .quotations) ?? []
    }

    public var isNegated: Bool { markers.contains { $0.kind == .negation } }
    public var isHedged: Bool { markers.contains { $0.kind == .hedge } }
}

/// The analysis of one article: its sentences, each with quantities, dates, markers, names and
/// quotations, and the article's alias table (which names stand for one person, organisation or place).
public struct TextAnalysis: Sendable, Equatable, Codable {
    public var published: CivilDate?
    public var sentences: [AnalyzedSentence]
    public var aliases: [TextAlias]

    public init(published: CivilDate?, sentences: [AnalyzedSentence], aliases: [TextAlias] = []) {
        self.published = published
        self.sentences = sentences
        self.aliases = aliases
    }

    private enum CodingKeys: String, CodingKey { case published, sentences, aliases }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        published = try c.decodeIfPresent(CivilDate.self, forKey: .published)
        sentences = try c.decode([AnalyzedSentence].self, forKey: .sentences)
        aliases = try c.decodeIfPresent([TextAlias].self, forKey: .aliases) ?? []
    }
}

/// Splits an article into sentences and finds in each the figures, dates, negation or hedging
/// markers, names and quotations that a fact check compares with its sources.
///
/// Names and quotations are read once over the whole text and then placed in their sentences: the
/// recognizer needs the whole text to call "Lee" a person after "Lee Jae-myung", to resolve "she
/// said" to a person named sentences before, and to follow a quotation over several sentences or
/// paragraphs. Each is listed in the sentence where it starts.
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
        /// Whether to find names, quotations and the alias table (about a third of the work).
        public var findsEntities = true
        public init() {}
    }

    public let options: Options
    let splitter: SentenceSplitter
    let recognizer = EntityRecognizer()

    public init(options: Options = Options()) {
        self.options = options
        splitter = SentenceSplitter(language: options.language)
    }

    public func analyze(_ text: String, published: CivilDate?) -> TextAnalysis {
        let dates = DateFinder(published: published)
        var sentences = splitter.split(text).map { analyze(sentence: $0, dates: dates) }
        let aliases = options.findsEntities ? placeEntities(of: text, in: &sentences) : []
        return TextAnalysis(published: published, sentences: sentences, aliases: aliases)
    }

    /// One sentence on its own (offsets as in `Sentence`), without names and quotations, which need
    /// the whole text.
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
