import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import Testing

struct FlatJSONLineTests {
    /// Strings that exercise every escape: quotes, backslashes, control characters, non-ASCII text
    /// and characters outside the Basic Multilingual Plane (surrogate pairs when escaped).
    static let alphabet: [String] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "€", "이", "😀", "“", ":", ",", "{", "}"]

    static func randomString(_ generator: inout SplitMix) -> String {
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    @Test func readsWhatFoundationWritesEscapedOrNot() throws {
        var generator = SplitMix(seed: 7)
        for round in 0..<2_000 {
            var object: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                object[Self.randomString(&generator)] = Self.randomString(&generator)
            }
            // Python's json.dumps escapes every non-ASCII character; Foundation writes them as UTF-8.
            let written = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let line = round.isMultiple(of: 2) ? written : Self.asciiEscaped(written)
            let flat = try #require(FlatJSONLine(line), "line \(line)")
            #expect(Set(flat.fields.keys) == Set(object.keys))
            for (key, value) in object { #expect(flat.string(key) == value, "key \(key) in \(line)") }
        }
    }

    @Test func mutatedLinesAreRejectedOrAgreeWithFoundation() throws {
        var generator = SplitMix(seed: 11)
        let base = #"{"source":"Lee said \"fifteen\" deals \u00e9t\u00e9 \ud83d\ude00 signed.","claim":"Lee signed 15 deals."}"#
        let bytes = Array(base.utf8)
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x3A], [0x2C], Array("\\u".utf8), Array("\\ud83d".utf8), [0x0A], [0xFF], [0x31]]
        for _ in 0..<5_000 {
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: mutated.remove(at: at)
                case 1: mutated.insert(contentsOf: pieces.randomElement(using: &generator)!, at: at)
                default: mutated.replaceSubrange(at..<min(mutated.count, at + 2), with: pieces.randomElement(using: &generator)!)
                }
                if mutated.isEmpty { mutated = [0x7B] }
            }
            let line = String(decoding: mutated, as: UTF8.self)
            let reference = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            guard let flat = FlatJSONLine(line) else { continue }
            // Whatever the flat reader accepts is a JSON object that Foundation reads the same way.
            let strings = try #require(reference as? [String: String], "accepted invalid or non-flat \(line)")
            #expect(Set(flat.fields.keys) == Set(strings.keys), "\(line)")
            for (key, value) in strings { #expect(flat.string(key) == value, "\(line)") }
        }
    }

    @Test func rejectsWhatIsNotAFlatObjectOfStrings() {
        for line in ["", "[]", "{", #"{"a":1}"#, #"{"a":{"b":"c"}}"#, #"{"a":"b",}"#, #"{"a":"b"} x"#, #"{"a" "b"}"#, "{\"a\":\"\u{01}\"}"] {
            #expect(FlatJSONLine(line) == nil, "\(line)")
        }
        #expect(FlatJSONLine(#"{"a":"\ud83d"}"#) == nil, "a lone surrogate is not text")
        #expect(FlatJSONLine(#"{"a":"\x"}"#) == nil)
        #expect(FlatJSONLine(#" { } "#)?.fields.isEmpty == true)
    }

    static func asciiEscaped(_ text: String) -> String {
        var out = ""
        for unit in text.utf16 {
            if unit < 0x80 { out.unicodeScalars.append(Unicode.Scalar(UInt8(unit))) } else { out += String(format: "\\u%04x", unit) }
        }
        return out
    }
}
