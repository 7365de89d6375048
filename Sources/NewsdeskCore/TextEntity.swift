/// A named entity as `TextAnalyzer` reports it: a `NamedEntity` with offsets in Unicode code points
/// from the start of its sentence (like `Quantity` and `DateMention`) and the canonical name that the
/// whole text resolves it to ("Lee" → "Lee Jae-myung").
public struct TextEntity: Sendable, Equatable, Codable {
    public var text: String
    /// Code points from the start of the sentence, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: NamedEntity.Kind
    public var role: String?
    public var nationality: String?
    public var abbreviation: String?
    /// The longest name of the text that this name stands for; the name itself when it stands alone
    /// or could stand for more than one (see `TextAnalysis.aliases`).
    public var canonicalName: String

    public init(
        text: String, start: Int, end: Int, kind: NamedEntity.Kind, role: String? = nil, nationality: String? = nil,
        abbreviation: String? = nil, canonicalName: String
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.role = role
        self.nationality = nationality
        self.abbreviation = abbreviation
        self.canonicalName = canonicalName
    }
}

/// A direct quotation as `TextAnalyzer` reports it, in the sentence where it opens.
///
/// Offsets count code points from the start of that sentence and cover the words between the marks.
/// A quotation of several sentences (`"We agreed. We will sign," Lee said.`) is listed once, in the
/// sentence of its opening mark, and its `end` then lies past that sentence's end.
public struct TextQuotation: Sendable, Equatable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The speaker's name as written (for "she said", the person it stands for), when the text says.
    public var speaker: String?
    /// The speaker's canonical name over the whole text.
    public var canonicalSpeaker: String?
    public var attribution: Quotation.Attribution?

    public init(
        text: String, start: Int, end: Int, speaker: String? = nil, canonicalSpeaker: String? = nil,
        attribution: Quotation.Attribution? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.canonicalSpeaker = canonicalSpeaker
        self.attribution = attribution
    }
}

/// One entry of a text's alias table: the names written for one person, organisation or place.
public struct TextAlias: Sendable, Equatable, Codable {
    public var canonicalName: String
    public var kind: NamedEntity.Kind
    /// Every distinct form written, in order of first appearance.
    public var names: [String]
    /// Whether `canonicalName` is a short name that fits more than one full name and stays unresolved.
    public var ambiguous: Bool

    public init(canonicalName: String, kind: NamedEntity.Kind, names: [String], ambiguous: Bool = false) {
        self.canonicalName = canonicalName
        self.kind = kind
        self.names = names
        self.ambiguous = ambiguous
    }
}
