/// A date, a period or a duration found in a sentence, resolved against the publication date.
///
/// Offsets count Unicode scalars from the start of the sentence, as in `Quantity`. A `date` covers a
/// whole period at its granularity: `value` is "2026-01-05" (day), "2026-W02" (ISO week), "2026-01"
/// (month), "2026-Q1" (quarter), "2026" (year) or "1990s" (decade); `from` and `to` are its first and
/// last days. A `since` mention ("since 2017") is the period from its anchor to the publication date;
/// its `value` is the anchor's. A `duration` ("a four-day visit", "nearly a decade") has an `amount`,
/// a `unit` and a `qualifier` and no calendar position.
public struct DateMention: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case date, since, duration }

    public enum Granularity: String, Sendable, Codable { case day, week, month, quarter, year, decade }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var value: String?
    public var granularity: Granularity?
    /// First and last day of the period (dates and `since`), when it could be placed on the calendar.
    public var from: CivilDate?
    public var to: CivilDate?
    public var amount: Double?
    public var unit: DurationUnit?
    public var qualifier: Quantity.Qualifier?

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// The unit of a duration.
public enum DurationUnit: String, Sendable, Codable, CaseIterable {
    case second, minute, hour, day, week, month, year, decade, century

    var plural: String { self == .century ? "centuries" : rawValue + "s" }
}
