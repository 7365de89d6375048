/// One line of JSON Lines input holding a flat object of string fields, read without decoding the
/// strings until they are asked for: batch commands compare a field's raw bytes with the previous
/// line's to reuse work done for the same source text.
///
/// Anything else (nested values, numbers, broken syntax, an invalid escape) makes `init` fail;
/// callers fall back to a full JSON decoder.
public struct FlatJSONLine: Sendable {
    public let bytes: [UInt8]
    /// Each key with the byte range of its value between the quotes, still escaped.
    public private(set) var fields: [String: Range<Int>] = [:]

    public init?(_ line: String) {
        bytes = Array(line.utf8)
        var i = 0
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 } }
        /// The range inside a string that starts at `i` (on its opening quote); `i` ends past the closing quote.
        func string() -> Range<Int>? {
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            let start = i + 1
            i = start
            while i < bytes.count {
                switch bytes[i] {
                case 0x22:
                    i += 1
                    return start..<(i - 1)
                case 0x5C: i += 2
                case 0..<0x20: return nil
                default: i += 1
                }
            }
            return nil
        }
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x7B else { return nil }
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1 } else {
            while true {
                skipSpace()
                guard let keyRange = string(), let key = Self.unescape(bytes[keyRange]) else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { return nil }
                i += 1
                skipSpace()
                guard let value = string(), Self.hasValidEscapes(bytes[value]) else { return nil }
                fields[key] = value
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; break }
                return nil
            }
        }
        skipSpace()
        guard i == bytes.count else { return nil }
    }

    /// The raw (escaped) bytes of a field's value.
    public func raw(_ key: String) -> ArraySlice<UInt8>? {
        fields[key].map { bytes[$0] }
    }

    /// A field's decoded value, or nil when it is missing.
    public func string(_ key: String) -> String? {
        raw(key).flatMap(Self.unescape)
    }

    /// Decodes JSON string escapes, including `\u` surrogate pairs; nil for an invalid escape.
    public static func unescape(_ raw: ArraySlice<UInt8>) -> String? {
        guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        guard walk(raw, { out.append($0) }, { out.append(contentsOf: String($0).utf8) }) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every escape in the raw value is valid, without decoding it.
    static func hasValidEscapes(_ raw: ArraySlice<UInt8>) -> Bool {
        !raw.contains(0x5C) || walk(raw, { _ in }, { _ in })
    }

    /// Walks a raw JSON string value, handing plain bytes and escaped scalars to the two sinks.
    private static func walk(_ raw: ArraySlice<UInt8>, _ byte: (UInt8) -> Void, _ scalar: (Unicode.Scalar) -> Void) -> Bool {
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.endIndex else { return nil }
            var value: UInt32 = 0
            for b in raw[at..<(at + 4)] {
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            guard b == 0x5C else {
                byte(b)
                i += 1
                continue
            }
            guard i + 1 < raw.endIndex else { return false }
            let e = raw[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: byte(e)
            case 0x62: byte(0x08)
            case 0x66: byte(0x0C)
            case 0x6E: byte(0x0A)
            case 0x72: byte(0x0D)
            case 0x74: byte(0x09)
            case 0x75:
                guard var code = hex4(i) else { return false }
                i += 4
                if (0xD800..<0xDC00).contains(code) {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 1 < raw.endIndex, raw[i] == 0x5C, raw[i + 1] == 0x75, let low = hex4(i + 2),
                        (0xDC00..<0xE000).contains(low)
                    else { return false }
                    i += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let value = Unicode.Scalar(code) else { return false }
                scalar(value)
            default: return false
            }
        }
        return true
    }
}
