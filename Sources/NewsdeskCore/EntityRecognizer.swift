/// Finds the names of people, organisations, places and other things in English news text.
///
/// Names are read from capitalisation in context, in one pass over UTF-8 tokens:
/// 1. runs of capitalised words, joined by name particles ("de", "van", "bin"), initials ("John F.
///    Kennedy") and, after words such as "Bank" or "Institute", by "of" and "for";
/// 2. a run's first word is dropped at the start of a sentence when it is a common word ("Officials",
///    "However"); function words ("The", "In") never belong to a name;
/// 3. a leading demonym becomes the name's nationality and a title its role ("South Korean President
///    Lee Jae-myung" → person "Lee Jae-myung", role "President", nationality "South Korean");
/// 4. the kind comes from the gazetteer, then suffixes ("Inc.", "Group", "University", "Province"),
///    then context ("said" after a name, a title before it), then the shape of the words;
/// 5. over the whole text, a one-word name that repeats a word of a person's full name is a person.
///
/// Demonyms and similar adjectives ("Chinese", "South Korean", "Muslim") are never entities: they are
/// recorded as the `nationality` of the name they qualify. A leading "The" is not part of a name.
///
/// ```swift
/// let found = EntityRecognizer().entities(in: "Chinese President Xi Jinping met Lee in Beijing.")
/// found.map(\.text)  // ["Xi Jinping", "Lee", "Beijing"]
/// ```
public struct EntityRecognizer: Sendable {
    public struct Options: Sendable {
        /// The longest name read from capitalisation, in words. Real names rarely pass six words
        /// ("Organisation for Economic Co-operation and Development"); a longer capitalised run is a
        /// headline or shouting, where only gazetteer names are taken.
        public var maxEntityWords = 8
        /// Runs are cut here while being read, so one endless capitalised run costs linear time.
        public var maxRunWords = 64
        /// A quotation longer than this (in bytes) is taken for an unbalanced mark and dropped.
        public var maxQuoteBytes = 6_000
        /// Shorter quotations with no speaker are scare quotes or titles ("the “One China” policy").
        public var minQuoteWords = 4

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The names in `text`, in order of appearance.
    public func entities(in text: String) -> [NamedEntity] {
        analyze(text).entities
    }

    /// Names and direct quotations with their speakers, from one pass over the text.
    public func analyze(_ text: String) -> EntityAnalysis {
        analyze(bytes: Array(text.utf8))
    }

    /// The same over the UTF-8 bytes of a text, for callers that hold them already.
    func analyze(bytes: [UInt8]) -> EntityAnalysis {
        var scan = EntityScan(bytes: bytes, options: options)
        scan.findEntities()
        let quotes = QuotationFinder(scan: scan).quotations()
        return EntityAnalysis(entities: scan.entities, quotations: quotes)
    }
}

/// What `EntityRecognizer.analyze` finds in one text.
public struct EntityAnalysis: Sendable, Equatable {
    public var entities: [NamedEntity]
    public var quotations: [Quotation]
}
