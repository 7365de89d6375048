import Foundation

/// Splits text into words and normalises them for matching.
///
/// Words are maximal runs of letters and digits; an apostrophe, hyphen, period or comma inside a run
/// ("Jae-myung", "don't", "1.5", "1,200") stays part of the word. Ideographic characters are single
/// words, so Chinese and Japanese text can be matched without a dictionary.
public enum Tokenizer {
    /// The words of `text`, in order, as they are written.
    public static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var start: String.Index?
        func flush(_ end: String.Index) {
            if let s = start { result.append(text[s..<end]) }
            start = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isIdeograph(scalar) {
                flush(index)
                let next = scalars.index(after: index)
                result.append(text[index..<next])
                index = next
                continue
            }
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if start != nil, isJoiner(scalar) {
                let next = scalars.index(after: index)
                if next < scalars.endIndex, isWordScalar(scalars[next]), !isIdeograph(scalars[next]) {
                    // A joiner between two word characters keeps the word together.
                    let joinsNumbers = scalar == "." || scalar == ","
                    if !joinsNumbers || (isDigit(scalars[scalars.index(before: index)]) && isDigit(scalars[next]))
                    {
                        index = next
                        continue
                    }
                }
                flush(index)
            } else {
                flush(index)
            }
            index = scalars.index(after: index)
        }
        flush(scalars.endIndex)
        return result
    }

    /// Lower-cased words with diacritics removed, for matching across spellings.
    public static func normalizedWords(in text: String) -> [String] {
        words(in: text).map { normalize($0) }
    }

    /// Case- and diacritic-folded form of one word; curly apostrophes become straight ones.
    public static func normalize<S: StringProtocol>(_ word: S) -> String {
        normalize(String(word))
    }

    /// Case- and diacritic-folded form of one word; curly apostrophes become straight ones.
    public static func normalize(_ word: String) -> String {
        // Fast path: plain ASCII needs only lower-casing (often not even that), without
        // Foundation's Unicode folding.
        var upper = 0
        for byte in word.utf8 {
            if byte >= 0x80 { return fold(word) }
            if byte >= 65 && byte <= 90 { upper += 1 }
        }
        if upper == 0 { return word }
        return String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
            var count = 0
            for byte in word.utf8 {
                buffer[count] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    private static func fold(_ word: String) -> String {
        var folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.contains("’") { folded = folded.replacingOccurrences(of: "’", with: "'") }
        return folded
    }

    /// Content words: normalised, stop words removed, lightly stemmed.
    public static func terms(in text: String) -> [String] {
        normalizedWords(in: text).compactMap { word in
            if StopWords.english.contains(word) { return nil }
            if word.count < 2 && !(word.unicodeScalars.first.map(isIdeograph) ?? false) { return nil }
            return Stemmer.stem(word)
        }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // ASCII fast path: Unicode property look-ups dominate tokenizing otherwise.
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType != nil
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." || scalar == "," || scalar == "\u{2011}"
    }

    /// CJK ideographs, kana and Hangul syllables count as one word each.
    public static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x3040 { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }
}

/// A light English suffix stripper: enough to match "agreements" with "agreement" and "signed" with "signs".
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.count > 4, bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return word
        }
        for (suffix, replacement) in rules where bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix) {
            // ASCII only here, so a byte count is a letter count.
            guard bytes.count - suffix.count + replacement.utf8.count >= 3 else { continue }
            let base = String(decoding: bytes.dropLast(suffix.count), as: UTF8.self) + replacement
            // "noted" must not become "not", nor "canned" "can": a stem never lands on a function word.
            return protectedStems.contains(base) ? word : base
        }
        return word
    }

    private static let protectedStems: Set<String> = [
        "not", "can", "may", "will", "did", "does", "was", "had", "has", "are", "the", "and", "for", "but", "nor",
        "any", "all", "one", "two", "six", "ten", "new", "now", "yet", "off", "out", "own", "per", "too", "who",
    ]

    /// Longest suffixes first; each rule maps a suffix (as bytes) to what replaces it.
    private static let rules: [([UInt8], String)] = [
        ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"),
        ("ements", "ement"), ("ments", "ment"), ("ings", ""), ("ies", "y"), ("ing", ""),
        ("ied", "y"), ("ed", ""), ("es", "e"), ("s", ""),
    ].map { (Array($0.0.utf8), $0.1) }
}
