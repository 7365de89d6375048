/// Writes a `TextAnalysis` as compact JSON into a byte buffer: `newsdesk text annotate` prints tens of
/// megabytes for a large batch, so it skips the generic encoders.
///
/// The shape: `{"published", "sentences": [{"text", "start", "end", "quantities", "dates", "markers",
/// "entities", "quotations"}], "aliases": [{"canonical", "kind", "names", "ambiguous"}]}`.
public struct TextAnnotationWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ analysis: TextAnalysis) {
        raw("{\"published\":")
        if let published = analysis.published { string(published.iso) } else { raw("null") }
        raw(",\"sentences\":[")
        for (n, item) in analysis.sentences.enumerated() {
            if n > 0 { raw(",") }
            raw("{\"text\":"); string(item.sentence.text)
            raw(",\"start\":"); number(item.sentence.start)
            raw(",\"end\":"); number(item.sentence.end)
            raw(",\"quantities\":[")
            for (k, q) in item.quantities.enumerated() {
                if k > 0 { raw(",") }
                span(q.text, q.start, q.end)
                if let value = q.value { raw(",\"value\":"); number(value) }
                if let low = q.low, let high = q.high { raw(",\"low\":"); number(low); raw(",\"high\":"); number(high) }
                raw(",\"unit\":"); optional(q.unit)
                raw(",\"qualifier\":"); string(q.qualifier.rawValue)
                raw("}")
            }
            raw("],\"dates\":[")
            for (k, d) in item.dates.enumerated() {
                if k > 0 { raw(",") }
                span(d.text, d.start, d.end)
                raw(",\"kind\":"); string(d.kind.rawValue)
                if d.kind == .duration {
                    raw(",\"amount\":"); number(d.amount ?? 0)
                    raw(",\"unit\":"); optional(d.unit?.rawValue)
                    raw(",\"qualifier\":"); optional(d.qualifier?.rawValue)
                } else {
                    raw(",\"value\":"); optional(d.value)
                    raw(",\"granularity\":"); optional(d.granularity?.rawValue)
                    raw(",\"from\":"); optional(d.from?.iso)
                    raw(",\"to\":"); optional(d.to?.iso)
                }
                raw("}")
            }
            raw("],\"markers\":[")
            for (k, m) in item.markers.enumerated() {
                if k > 0 { raw(",") }
                span(m.text, m.start, m.end)
                raw(",\"kind\":"); string(m.kind.rawValue)
                raw(",\"cue\":"); string(m.cue)
                raw("}")
            }
            raw("],\"entities\":[")
            for (k, e) in item.entities.enumerated() {
                if k > 0 { raw(",") }
                span(e.text, e.start, e.end)
                raw(",\"kind\":"); string(e.kind.rawValue)
                raw(",\"role\":"); optional(e.role)
                raw(",\"nationality\":"); optional(e.nationality)
                raw(",\"canonical\":"); string(e.canonicalName)
                raw("}")
            }
            raw("],\"quotations\":[")
            for (k, q) in item.quotations.enumerated() {
                if k > 0 { raw(",") }
                span(q.text, q.start, q.end)
                raw(",\"speaker\":"); optional(q.speaker)
                raw(",\"canonicalSpeaker\":"); optional(q.canonicalSpeaker)
                raw(",\"attribution\":"); optional(q.attribution?.rawValue)
                raw("}")
            }
            raw("]}")
        }
        raw("],\"aliases\":[")
        for (n, alias) in analysis.aliases.enumerated() {
            if n > 0 { raw(",") }
            raw("{\"canonical\":"); string(alias.canonicalName)
            raw(",\"kind\":"); string(alias.kind.rawValue)
            raw(",\"names\":[")
            for (k, name) in alias.names.enumerated() {
                if k > 0 { raw(",") }
                string(name)
            }
            raw("],\"ambiguous\":"); raw(alias.ambiguous ? "true" : "false")
            raw("}")
        }
        raw("]}")
    }

    public mutating func newline() { bytes.append(0x0A) }
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    private mutating func span(_ text: String, _ start: Int, _ end: Int) {
        raw("{\"text\":"); string(text)
        raw(",\"start\":"); number(start)
        raw(",\"end\":"); number(end)
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    private mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else if value.isFinite {
            bytes.append(contentsOf: String(value).utf8)
        } else {
            raw("null")
        }
    }

    private mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Clean runs are copied whole; only quotes, backslashes and control bytes are escaped one by one.
    private mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var clean = 0
            for i in 0..<utf8.count {
                let c = utf8[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<i]))
                escape(c)
                clean = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ c: UInt8) {
        switch c {
        case 0x22: bytes.append(0x5C); bytes.append(0x22)
        case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
        case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
        default: bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(c >> 4)], Self.hex[Int(c & 0xF)]])
        }
    }
}
