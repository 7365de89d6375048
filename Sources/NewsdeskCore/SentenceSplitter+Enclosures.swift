extension SentenceScan {
    /// Keeps the marks inside quotations, parentheses and brackets on one line: `"Stop!" he said`,
    /// `(see p. 5.)`, `« Vraiment ? »`, `「はい。」`.
    mutating func markEnclosedPunctuation(_ lo: Int, _ hi: Int) {
        let text = self.text
        switch rules.enclosures {
        case .chinese:
            markPairs("《", "》", lo, hi)
            markPairs("「", "」", lo, hi)
        case .japanese:
            markPairs("（", "）", lo, hi, innermost: true)
            markPairs("「", "」", lo, hi, innermost: true)
        case .standard, .german, .slovak:
            markSingleQuotes("'", "'", lo, hi)
            markSingleQuotes("‘", "’", lo, hi)
            if rules.enclosures == .german {
                if text[lo..<hi].contains("„") {
                    markPairs("„", "“", lo, hi)
                } else {
                    markGermanCommaQuotes(lo, hi)
                }
            } else {
                markPairs("\"", "\"", lo, hi)
            }
            markPairs("[", "]", lo, hi)
            markPairs("(", ")", lo, hi, innermost: true)
            markPairs("«", "»", lo, hi)
            markDashPairs(lo, hi)
            markPairs("“", "”", lo, hi)
            if rules.enclosures == .slovak { markPairs("„", "“", lo, hi) }
        }
    }

    /// Each opener pairs with the first closer after it; with `innermost`, a later opener restarts.
    private mutating func markPairs(_ open: Unicode.Scalar, _ close: Unicode.Scalar, _ lo: Int, _ hi: Int, innermost: Bool = false) {
        let text = self.text
        var i = lo
        var opened: Int?
        while i < hi {
            let c = text[i]
            if let start = opened {
                if c == close {
                    keepMarks(start + 1, i)
                    opened = nil
                } else if innermost, c == open {
                    opened = i
                }
            } else if c == open {
                opened = i
            }
            i += 1
        }
    }

    /// `'Hello.' said he`: a single quote after a space, closed by a quote not followed by a letter
    /// (so "don't" stays inside). Skipped when the line has a word with a leading apostrophe
    /// ("'tis") and no quote before a space, as pySBD does.
    private mutating func markSingleQuotes(_ open: Unicode.Scalar, _ close: Unicode.Scalar, _ lo: Int, _ hi: Int) {
        let text = self.text
        if open == "'" {
            let quoteBeforeSpace = (lo..<hi).contains { text[$0] == "'" && $0 + 1 < hi && text[$0 + 1].isSpace }
            if !quoteBeforeSpace && hasLeadingApostropheWord(lo, hi) { return }
        }
        var i = lo
        while i < hi {
            guard text[i] == open, i > lo, text[i - 1].isSpace else { i += 1; continue }
            var j = i + 1
            var lastApostrophe: Int?
            var closing: Int?
            while j < hi {
                if text[j] == close {
                    if j + 1 < hi, text[j + 1].isASCIILetter {
                        lastApostrophe = j
                        j += 2
                        continue
                    }
                    closing = j
                    break
                }
                j += 1
            }
            guard let end = closing ?? lastApostrophe else { return }
            keepMarks(i + 1, end)
            i = end + 1
        }
    }

    /// Whether some word starts with an apostrophe after a space and a quote closes it later ("'tis").
    private func hasLeadingApostropheWord(_ lo: Int, _ hi: Int) -> Bool {
        let text = self.text
        var i = lo + 1
        while i < hi {
            if text[i] == "'", text[i - 1].isSpace {
                var j = i + 1
                while j < hi, text[j] != "'" || (j + 1 < hi && text[j + 1].isASCIILetter) { j += 1 }
                if j + 1 < hi, !text[j + 1].isSpace { return true }
                // Openers before j would find the same closing quote, so the scan goes on after it.
                i = j
            }
            i += 1
        }
        return false
    }

    /// German ",,Hallo!“ written with two commas.
    private mutating func markGermanCommaQuotes(_ lo: Int, _ hi: Int) {
        let text = self.text
        var i = lo
        while i + 1 < hi {
            guard text[i] == ",", text[i + 1] == "," else { i += 1; continue }
            var j = i + 2
            while j < hi, text[j] != "“" { j += 1 }
            guard j < hi else { return }
            keepMarks(i + 2, j)
            i = j + 1
        }
    }

    /// "--like this.--": marks between two double dashes.
    private mutating func markDashPairs(_ lo: Int, _ hi: Int) {
        let text = self.text
        var i = lo
        while i + 1 < hi {
            guard text[i] == "-", text[i + 1] == "-" else { i += 1; continue }
            var j = i + 2
            while j < hi, text[j] != "-" { j += 1 }
            guard j + 1 < hi, text[j + 1] == "-" else { i = j + 1; continue }
            keepMarks(i + 2, j)
            i = j + 2
        }
    }

    private mutating func keepMarks(_ start: Int, _ end: Int) {
        guard start < end else { return }
        for j in start..<end where Self.enclosedTerminals.contains(text[j]) { kept[j] = true }
    }

    static let enclosedTerminals: SentenceSplitter.ScalarSet = [".", "。", "．", "！", "!", "?", "？"]
}
