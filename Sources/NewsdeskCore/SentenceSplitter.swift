/// A sentence and where it stands in the text it came from.
public struct Sentence: Codable, Sendable, Equatable {
    public var text: String
    /// Offsets in Unicode code points (as Python counts them), end exclusive.
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Splits text into sentences with the Golden Rules of pragmatic_segmenter and pySBD, for English and
/// 22 other languages (ISO 639-1 codes; unknown codes get the English rules).
///
/// A sentence ends at a terminal mark (`.`, `!`, `?`, `。`, `।`, `։`, `።`, `؟`, …) unless a rule keeps it:
/// abbreviations (per language), initials, multi-period abbreviations such as "U.S." and "a.m.",
/// numbers, URLs and e-mail addresses, ellipses before lower-case words, and marks inside quotations,
/// parentheses and brackets. A line break always ends a sentence, and inline lists ("1.) … 2.) …",
/// "a. … b. …") are broken before each item. The work is linear in the length of the text.
///
/// ```swift
/// let sentences = SentenceSplitter(language: "en").split("Mr. Lee met Xi in Beijing. They signed a deal.")
/// // ["Mr. Lee met Xi in Beijing.", "They signed a deal."]
/// ```
public struct SentenceSplitter: Sendable {
    public let language: String
    let rules: Rules

    public init(language: String = "en") {
        self.language = language
        rules = Rules.forLanguage(language)
    }

    public func split(_ text: String) -> [Sentence] {
        var scan = SentenceScan(text: Array(text.unicodeScalars), rules: rules)
        return scan.sentences()
    }
}

/// The working state of one split: the text as scalars and what the rules decided about each position.
struct SentenceScan {
    let text: [Unicode.Scalar]
    let rules: SentenceSplitter.Rules
    /// A terminal mark at this index does not end a sentence.
    var kept: [Bool]
    /// A new line (segment) starts at this index: after a line break, or before an inline list item.
    var lineStart: [Bool]
    /// A sentence ends just before this index whatever the marks say (after `."` before a capital).
    var cut: [Bool]

    init(text: [Unicode.Scalar], rules: SentenceSplitter.Rules) {
        self.text = text
        self.rules = rules
        kept = Array(repeating: false, count: text.count)
        lineStart = Array(repeating: false, count: text.count + 1)
        cut = Array(repeating: false, count: text.count + 1)
    }

    mutating func sentences() -> [Sentence] {
        guard !text.isEmpty else { return [] }
        // 1. Lines: every line break ends a segment; inline lists get breaks before their items.
        for i in text.indices where text[i] == "\n" || text[i] == "\r" { lineStart[i + 1] = true }
        lineStart[0] = true
        markListItems()
        var result: [Sentence] = []
        var lo = 0
        for i in 1...text.count where lineStart[i] || i == text.count {
            // 2. Rules over one line, then 3. boundaries.
            markAbbreviations(lo, i)
            markNumbers(lo, i)
            markPunctuationRuns(lo, i)
            markEnclosedPunctuation(lo, i)
            collectSentences(lo, i, into: &result)
            lo = i
        }
        return result
    }

    /// Walks one line and emits a sentence at each terminal mark that no rule kept.
    private func collectSentences(_ lo: Int, _ hi: Int, into result: inout [Sentence]) {
        let text = self.text
        var start = lo
        var i = lo
        var atStart = true
        let terminals = rules.terminals
        let quotedSentences = rules.quotedSentences
        // Where the last search for each closing mark ended, so that sentence starts never rescan.
        var closings: [Unicode.Scalar: (from: Int, at: Int)] = [:]
        while i < hi {
            let c = text[i]
            if atStart {
                if c.isSpace { i += 1; continue }
                atStart = false
                if quotedSentences, let close = quotedSentenceEnd(from: i, hi, closings: &closings) {
                    emit(start, close + 1, into: &result)
                    start = close + 1
                    i = start
                    atStart = true
                    continue
                }
                // ". . .", "! ! !", ".  ": a run of marks and spaces opening a sentence stands alone.
                if quotedSentences, Self.runMarks.contains(c), !kept[i] {
                    var end = i
                    while end < hi, text[end] == " " || (Self.runMarks.contains(text[end]) && !kept[end]) { end += 1 }
                    if end - i >= 2 {
                        emit(start, end, into: &result)
                        start = end
                        i = end
                        atStart = true
                        continue
                    }
                }
            }
            if cut[i] && i > start {
                emit(start, i, into: &result)
                start = i
                atStart = true
                continue
            }
            if terminals.contains(c) && !kept[i] {
                // "?!", "!!", "??" and "!?" end a sentence together; other marks that follow start the next.
                var end = i + 1
                if c == "!" || c == "?", end < hi, text[end] == "!" || text[end] == "?" { end += 1 }
                while end < hi, Self.closers.contains(text[end]), !cut[end] { end += 1 }
                emit(start, end, into: &result)
                start = end
                i = end
                atStart = true
                continue
            }
            i += 1
        }
        emit(start, hi, into: &result)
    }

    /// A sentence that opens with a quotation or parenthesis and closes it before a capital:
    /// `"Hello," "Stop it." He left.` or `(He was late.) Then`. Returns the closing index.
    private func quotedSentenceEnd(from i: Int, _ hi: Int, closings: inout [Unicode.Scalar: (from: Int, at: Int)]) -> Int? {
        let open = text[i]
        let close: Unicode.Scalar
        var minimumInside = 1
        var optionalSpace = false
        switch open {
        case "(": close = ")"; minimumInside = 2
        case "\"", "'": close = open
        case "“": close = "”"
        case "「": close = "」"; minimumInside = 0
        case "（": close = "）"; minimumInside = 0; optionalSpace = true
        default: return nil
        }
        var j = i + 1
        if let last = closings[close], last.from <= j, last.at >= j {
            j = last.at
        } else {
            while j < hi, text[j] != close { j += 1 }
            closings[close] = (i + 1, j)
        }
        guard j < hi, j - i - 1 >= minimumInside else { return nil }
        if open == "\"" || open == "'" || open == "“", text[j - 1] == "," { return nil }
        var k = j + 1
        if k < hi, text[k].isSpace { k += 1 } else if !optionalSpace { return nil }
        guard k < hi, text[k].isASCIIUpper else { return nil }
        return j
    }

    private func emit(_ start: Int, _ end: Int, into result: inout [Sentence]) {
        var s = start
        var e = end
        while s < e, text[s].isSpace { s += 1 }
        while e > s, text[e - 1].isSpace { e -= 1 }
        guard s < e else { return }
        // Encoded by hand: appending scalars to a String's scalar view one by one is slow.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e - s + 8)
        for scalar in text[s..<e] {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        result.append(Sentence(text: String(decoding: bytes, as: UTF8.self), start: s, end: e))
    }

    static let runMarks: SentenceSplitter.ScalarSet = ["。", "．", ".", "！", "!", "?", "？"]
    static let closers: SentenceSplitter.ScalarSet = ["\"", "'", "”", "’", ")", "]", "»", "」", "』", "）"]
}

extension Unicode.Scalar {
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) || (value >= 0x1C && value <= 0x1F) }
        return properties.isWhitespace
    }
    var isASCIIUpper: Bool { value >= 0x41 && value <= 0x5A }
    var isASCIILower: Bool { value >= 0x61 && value <= 0x7A }
    var isASCIILetter: Bool { isASCIIUpper || isASCIILower }
    var isDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType == .decimal
    }
    /// A character of a word as Python's `\w` sees it.
    var isWordCharacter: Bool {
        if value < 0x80 { return isASCIILetter || isDigit || value == 0x5F }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
