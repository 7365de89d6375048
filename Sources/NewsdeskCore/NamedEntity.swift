/// A proper name found in a text: a person, an organisation, a place or another named thing.
///
/// Offsets are UTF-8 byte offsets into the analysed text, end exclusive (`text.utf8`), so that
/// `String(decoding: Array(text.utf8)[range], as: UTF8.self) == entity.text`.
///
/// ```swift
/// let entities = EntityRecognizer().entities(in: "Prime Minister Takaichi Sanae visited Seoul.")
/// // [person "Takaichi Sanae" (role "Prime Minister"), place "Seoul"]
/// ```
public struct NamedEntity: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, organization, place, other
    }

    /// UTF-8 byte offsets of the name itself, without any title or leading "The".
    public var range: Range<Int>
    /// The name as written ("Lee", "Lee Jae-myung", "Bank of Korea"); a possessive "'s" is not part of it.
    public var text: String
    public var kind: Kind
    /// A title written just before the name and kept apart from it ("Prime Minister", "Mr.", "CEO").
    public var role: String?
    /// A demonym or country written before the title ("South Korean" in "South Korean President Lee").
    /// Demonyms are never entities of their own: "Chinese" is an attribute, not a place.
    public var nationality: String?
    /// An acronym the text defines right after the name: "IMF" in "International Monetary Fund (IMF)".
    public var abbreviation: String?

    public init(
        range: Range<Int>, text: String, kind: Kind, role: String? = nil, nationality: String? = nil,
        abbreviation: String? = nil
    ) {
        self.range = range
        self.text = text
        self.kind = kind
        self.role = role
        self.nationality = nationality
        self.abbreviation = abbreviation
    }
}

/// A direct quotation and, when the text says who spoke, its speaker.
///
/// `range` covers the words between the quotation marks (UTF-8 byte offsets, end exclusive), without
/// the marks. Single quotes inside double quotes are part of the quotation; single quotes on their own
/// are not read as quotation marks.
public struct Quotation: Sendable, Equatable, Hashable, Codable {
    /// How the speaker was found.
    public enum Attribution: String, Sendable, Codable {
        /// `"…," Lee said.` / `"…," said Lee.`
        case after
        /// `Lee said: "…"`
        case before
        /// `"…," according to Lee.`
        case accordingTo
        /// `"…," she said.`, with the pronoun resolved to the only person named just before.
        case pronoun
        /// A quotation that carries on right after an attributed one: `"…," Lee said. "…"`.
        case continued
    }

    public struct Speaker: Sendable, Equatable, Hashable, Codable {
        /// The name as written at the mention used (for a pronoun, the person it stands for).
        public var name: String
        public var range: Range<Int>
        public var kind: NamedEntity.Kind
    }

    public var range: Range<Int>
    public var text: String
    public var speaker: Speaker?
    public var attribution: Attribution?
}
