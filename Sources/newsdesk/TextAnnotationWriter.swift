import NewsdeskCore

/// Writes a `TextAnalysis` as compact JSON into a byte buffer: `newsdesk text annotate` prints tens of
/// megabytes for a large batch, so it skips the generic encoders.
struct TextAnnotationWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ analysis: TextAnalysis) {
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
            raw("]}")
        }
        raw("]}")
    }

    mutating func newline() { bytes.append(0x0A) }
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

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

    private mutating func string(_ text: String) {
        bytes.append(0x22)
        for c in text.utf8 {
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(c >> 4)], Self.hex[Int(c & 0xF)]])
            default: bytes.append(c)
            }
        }
        bytes.append(0x22)
    }
}
