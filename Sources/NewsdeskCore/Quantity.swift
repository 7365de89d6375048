/// A figure found in a sentence: a count, an amount of money, a percentage, a range or an ordinal.
///
/// Offsets (`start`, `end`) count Unicode scalars (code points) from the start of the sentence, end
/// exclusive, like `Sentence.start`/`end` count them in the article; add the sentence's `start` for an
/// offset in the article. The span covers the qualifier, the currency, the figure, its scale and a
/// percent sign or word ("more than $1.2 trillion", "10-15%", "4 percentage points"), not the counted
/// noun, which is given as `unit`.
public struct Quantity: Sendable, Equatable, Codable {
    /// How the text bounds the figure.
    public enum Qualifier: String, Sendable, Codable {
        /// As written ("15 agreements").
        case exact
        /// The figure or more ("more than 200", "at least 27", "over 50 million").
        case atLeast
        /// Roughly the figure ("about 15", "some 40 million", "an estimated 3,000").
        case about
        /// The figure or less, or just under it ("up to 2,000", "nearly 40%", "almost 500,000").
        case atMost
    }

    public var text: String
    public var start: Int
    public var end: Int
    /// The normalised value; nil for a range, which has `low` and `high`.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// A currency code ("USD", "KRW"), "percent", "percentage point", "basis point", "ordinal",
    /// "celsius", or the counted noun as written in lower case ("agreements"); nil when nothing follows.
    public var unit: String?
    public var qualifier: Qualifier

    public init(text: String, start: Int, end: Int, value: Double? = nil, low: Double? = nil, high: Double? = nil, unit: String?, qualifier: Qualifier = .exact) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
    }

    public var isRange: Bool { value == nil }
}
