/// Keeps the harmless declarations of an inline `style` attribute: a fixed set of properties, and for
/// `background*`, `border*`, `margin*` and `padding*` only plain keywords, colours and small lengths.
/// Anything that does not read as simple `property: value;` pairs (expressions, `url(...)`, escapes,
/// comments) removes the whole attribute.
enum CSSSanitizer {
    static func sanitize(_ style: String) -> String {
        let bytes = removingURLs(Array(style.utf8))
        guard passesGauntlet(bytes) else { return "" }
        var clean: [String] = []
        for declaration in bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            let parts = declaration.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
            let property = trimmed(parts[0])
            if parts.count == 1 {
                guard property.isEmpty else { return "" }
                continue
            }
            // Trailing spaces stay, as written: `border: medium none ;`.
            let value = trimmedLeft(parts[1])
            guard !property.isEmpty, property.allSatisfy(isNameByte), !value.contains(UInt8(ascii: ":")) else { return "" }
            if value.isEmpty { continue }
            let name = String(decoding: property, as: UTF8.self)
            let text = String(decoding: value, as: UTF8.self)
            let lower = name.lowercased()
            if allowedProperties.contains(lower) {
                clean.append("\(name): \(text);")
            } else if let family = lower.split(separator: "-").first, boxFamilies.contains(String(family)) {
                let words = value.split(whereSeparator: { $0 <= 0x20 })
                if words.allSatisfy({ allowedKeywords.contains(String(decoding: $0, as: UTF8.self)) || isSimpleValue(Array($0)) }) {
                    clean.append("\(name): \(text);")
                }
            }
        }
        return clean.joined(separator: " ")
    }

    /// Replaces each `url(...)` with a space.
    static func removingURLs(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + 3 <= bytes.count, bytes[i] | 0x20 == UInt8(ascii: "u"), bytes[i + 1] | 0x20 == UInt8(ascii: "r"),
                bytes[i + 2] | 0x20 == UInt8(ascii: "l")
            {
                var j = i + 3
                while j < bytes.count, bytes[j] <= 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "("), let close = bytes[j...].firstIndex(of: UInt8(ascii: ")")) {
                    output.append(UInt8(ascii: " "))
                    i = close + 1
                    continue
                }
            }
            output.append(bytes[i])
            i += 1
        }
        return output
    }

    /// Only letters, digits, whitespace and `:,;#%.!`, hyphens between word characters, quoted words
    /// and parenthesised numbers may appear.
    static func passesGauntlet(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if isWordByte(b) || b <= 0x20 || ":,;#%.!".utf8.contains(b) {
                i += 1
            } else if b == UInt8(ascii: "-"), i > 0, i + 1 < bytes.count, isWordByte(bytes[i - 1]), isWordByte(bytes[i + 1]) {
                i += 1
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                guard let close = bytes[(i + 1)...].firstIndex(of: b), close > i + 1,
                    bytes[(i + 1)..<close].allSatisfy({ isWordByte($0) || $0 <= 0x20 })
                else { return false }
                i = close + 1
            } else if b == UInt8(ascii: "(") {
                guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: ")")), close > i + 1,
                    bytes[(i + 1)..<close].allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ",") || $0 <= 0x20 })
                else { return false }
                i = close + 1
            } else {
                return false
            }
        }
        return true
    }

    /// `#hex`, `rgb(...)`, or a length of at most two digits each side of the point.
    static func isSimpleValue(_ word: [UInt8]) -> Bool {
        if word.first == UInt8(ascii: "#") {
            return word.count > 1 && word.dropFirst().allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
        }
        if word.starts(with: "rgb(".utf8) { return true }
        var i = 0
        var digits = 0
        while i < word.count, word[i] >= 48, word[i] <= 57 { i += 1; digits += 1 }
        guard digits <= 2 else { return false }
        if i < word.count, word[i] == UInt8(ascii: ".") { i += 1 }
        digits = 0
        while i < word.count, word[i] >= 48, word[i] <= 57 { i += 1; digits += 1 }
        guard digits <= 2 else { return false }
        let unit = String(decoding: word[i...], as: UTF8.self)
        return ["", "cm", "em", "ex", "in", "mm", "pc", "pt", "px", "%", ",", ")"].contains(unit)
    }

    static func trimmedLeft(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let f = slice.first, f <= 0x20 { slice.removeFirst() }
        if slice.allSatisfy({ $0 <= 0x20 }) { return [] }
        return slice
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let f = slice.first, f <= 0x20 { slice.removeFirst() }
        while let l = slice.last, l <= 0x20 { slice.removeLast() }
        return slice
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_") || b >= 0x80
    }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool { isWordByte(b) || b == UInt8(ascii: "-") }

    static let boxFamilies: Set<String> = ["background", "border", "margin", "padding"]

    static let allowedProperties: Set<String> = [
        "azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color",
        "border-left-color", "border-right-color", "border-top-color", "clear", "color", "cursor", "direction",
        "display", "elevation", "float", "font", "font-family", "font-size", "font-style", "font-variant",
        "font-weight", "height", "letter-spacing", "line-height", "overflow", "pause", "pause-after",
        "pause-before", "pitch", "pitch-range", "richness", "speak", "speak-header", "speak-numeral",
        "speak-punctuation", "speech-rate", "stress", "text-align", "text-decoration", "text-indent",
        "unicode-bidi", "vertical-align", "voice-family", "volume", "white-space", "width",
    ]

    static let allowedKeywords: Set<String> = [
        "!important", "aqua", "auto", "black", "block", "blue", "bold", "both", "bottom", "brown", "center",
        "collapse", "dashed", "dotted", "fuchsia", "gray", "green", "italic", "left", "lime", "maroon",
        "medium", "navy", "none", "normal", "nowrap", "olive", "pointer", "purple", "red", "right", "silver",
        "solid", "teal", "top", "transparent", "underline", "white", "yellow",
    ]
}
