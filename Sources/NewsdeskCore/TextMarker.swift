/// A word or phrase that negates or hedges a sentence's claim, which a fact check must not ignore.
///
/// Offsets count Unicode scalars from the start of the sentence, as in `Quantity`; `cue` is the
/// marker's canonical form ("not", "no longer", "plans to", "is expected to", "n't").
public struct TextMarker: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// The claim is denied: "not", "never", "no longer", "denied", "n't".
        case negation
        /// The claim is uncertain, planned or reported: "may", "could", "plans to", "allegedly".
        case hedge
    }

    public var kind: Kind
    public var cue: String
    public var text: String
    public var start: Int
    public var end: Int

    public init(kind: Kind, cue: String, text: String, start: Int, end: Int) {
        self.kind = kind
        self.cue = cue
        self.text = text
        self.start = start
        self.end = end
    }
}
