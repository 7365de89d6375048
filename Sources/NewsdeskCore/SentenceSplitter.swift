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

/// Splits text into sentences, English-first, with the sentence ends of Chinese, Japanese and Korean.
///
/// A period ends a sentence unless it closes a known abbreviation, an initial, or sits inside a
/// number, a URL or an e-mail address; a sentence never starts with a lower-case letter.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<e])
                sentences.append(Sentence(text: String(view), start: s, end: e))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            // A blank line always ends a sentence (paragraph break).
            if c == "\n", i + 1 < scalars.count, scalars[i + 1] == "\n" || scalars[i + 1] == "\r" {
                emit(i)
                i += 1
                continue
            }
            guard Self.terminals.contains(c) else {
                i += 1
                continue
            }
            let runStart = i
            while i < scalars.count, Self.terminals.contains(scalars[i]) { i += 1 }
            while i < scalars.count, Self.closers.contains(scalars[i]) { i += 1 }
            let run = scalars[runStart..<i]
            if run.contains(where: { Self.ideographicTerminals.contains($0) }) {
                emit(i)
                continue
            }
            // Otherwise a sentence end needs whitespace (or the end of text) after it.
            guard i >= scalars.count || scalars[i].properties.isWhitespace else { continue }
            var next = i
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            if next >= scalars.count {
                emit(scalars.count)
                break
            }
            let following = scalars[next]
            if following.properties.isLowercase { continue }
            let isSinglePeriod = run.first == "." && run.filter({ $0 == "." }).count == 1
                && !run.contains("!") && !run.contains("?")
            if isSinglePeriod && !endsSentence(scalars, periodAt: runStart, following: following) { continue }
            emit(i)
        }
        emit(scalars.count)
        return sentences
    }

    /// Decides whether the period at `periodAt` ends a sentence, given the next non-space character.
    private func endsSentence(_ scalars: [Unicode.Scalar], periodAt: Int, following: Unicode.Scalar) -> Bool {
        var wordStart = periodAt
        while wordStart > 0, !scalars[wordStart - 1].properties.isWhitespace,
            scalars[wordStart - 1] != "(", scalars[wordStart - 1] != "\"", scalars[wordStart - 1] != "“"
        {
            wordStart -= 1
        }
        var wordView = String.UnicodeScalarView()
        wordView.append(contentsOf: scalars[wordStart..<periodAt])
        let word = String(wordView)
        let lower = word.lowercased()
        if Self.titles.contains(lower) { return false }
        // A single capital letter is an initial ("J. K. Rowling"), and so is "U.S" inside a name.
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return false }
        if Self.abbreviations.contains(lower) || lower.contains(".") {
            // "Jan. 5", "Acme Inc. said": the abbreviation runs on; before a capital it may end the sentence.
            if following.properties.numericType != nil { return false }
            return following.properties.isUppercase && Self.sentenceStarters.contains(nextWord(scalars, after: periodAt))
        }
        return true
    }

    private func nextWord(_ scalars: [Unicode.Scalar], after index: Int) -> String {
        var i = index + 1
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        var view = String.UnicodeScalarView()
        while i < scalars.count, scalars[i].properties.isAlphabetic {
            view.append(scalars[i])
            i += 1
        }
        return String(view)
    }

    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…", "。", "！", "？", "‼", "⁇", "⁈", "⁉", "．"]
    static let ideographicTerminals: Set<Unicode.Scalar> = ["。", "！", "？", "．"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "」", "』", "）"]
    /// Titles before a name never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "rev", "hon", "pres", "messrs", "mme", "mlle", "fr", "maj", "adm", "cmdr", "supt", "insp",
    ]
    /// Abbreviations that may also close a sentence.
    static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "etc", "vs", "no", "nos", "vol", "approx", "est", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "fig", "p", "pp", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k",
        "u.n", "ave", "blvd", "rd", "mt", "ft", "govt", "intl", "assn", "bros",
    ]
    /// Words that usually open a new sentence after an abbreviation such as "Inc." or "U.S.".
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But",
        "And", "In", "On", "At", "For", "His", "Her", "Their", "Its", "Our", "There", "When", "While",
        "After", "Before", "However", "Meanwhile", "Now", "Then", "If", "As", "So", "Yet", "Still",
    ]
}
