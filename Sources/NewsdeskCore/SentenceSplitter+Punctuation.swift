extension SentenceScan {
    /// Ellipses, runs of `!`/`?`, marks before quotes and lower-case words, "Yahoo!", Arabic colons.
    mutating func markPunctuationRuns(_ lo: Int, _ hi: Int) {
        let text = self.text
        // `."` or `!'` then one space and a capital: the sentence ends after the quote, whatever
        // the quotation rules kept.
        for i in lo..<hi where i + 3 < hi && Self.quoteEnders.contains(text[i]) {
            if Self.quotes.contains(text[i + 1]), text[i + 2].isSpace, text[i + 3].isASCIIUpper { cut[i + 2] = true }
        }
        let colonsAndCommas = rules.colonsAndCommas
        var i = lo
        while i < hi {
            let c = text[i]
            if c == "." {
                var end = i
                while end < hi, text[end] == "." { end += 1 }
                if end - i >= 3 {
                    markEllipsis(i, end, lo, hi)
                } else if markSpacedEllipsis(i, lo, hi) {
                    // " . . . " is one unit; a fourth period after it is a real end.
                    i += 5
                    continue
                }
                i = end
                continue
            }
            if c == "!" || c == "?" {
                var end = i
                while end < hi, text[end] == "!" || text[end] == "?" { end += 1 }
                // "Hello!!! World": three or more marks after a word are emphasis, not an end.
                if end - i >= 3, i > lo, !text[i - 1].isSpace, end == hi || text[end].isSpace {
                    for j in i..<end { kept[j] = true }
                }
                markExclamationOrQuestion(end - 1, lo, hi)
                i = end
                continue
            }
            if colonsAndCommas {
                if c == ":", i > lo, i + 1 < hi, text[i - 1].isDigit, text[i + 1].isDigit { kept[i] = true }
                if c == "،", isArabicCommaBetweenWords(i, hi) { kept[i] = true }
            }
            i += 1
        }
    }

    /// "Wait... What" ends after the third period, "Wait.... What" after the fourth; an ellipsis before
    /// a lower-case word goes on ("and... so"). Periods left over after threes are real ends.
    private mutating func markEllipsis(_ start: Int, _ end: Int, _ lo: Int, _ hi: Int) {
        var k = end
        while k < hi, text[k].isSpace { k += 1 }
        let beforeCapital = k > end && k < hi && text[k].isASCIIUpper
        var last = end
        if end - start >= 4, end - start > 4 || (start > lo && !text[start - 1].isSpace), end + 1 < hi,
            text[end].isSpace, text[end + 1].isASCIIUpper
        {
            for j in (end - 4)..<(end - 1) { kept[j] = true }
            last = end - 4
        } else if beforeCapital {
            kept[end - 3] = true
            kept[end - 2] = true
            last = end - 3
        }
        var j = start
        while j + 3 <= last {
            for k in j..<(j + 3) { kept[k] = true }
            j += 3
        }
    }

    /// ". . ." between words, and ". . . ." closing a line after a lower-case word.
    private mutating func markSpacedEllipsis(_ i: Int, _ lo: Int, _ hi: Int) -> Bool {
        guard i + 4 < hi, text[i + 1] == " ", text[i + 2] == ".", text[i + 3] == " ", text[i + 4] == "." else { return false }
        if i > lo, text[i - 1].isSpace, i + 5 < hi, text[i + 5].isSpace {
            kept[i] = true; kept[i + 2] = true; kept[i + 4] = true
            return true
        } else if i > lo, text[i - 1].isASCIILower, i + 6 < hi, text[i + 5] == " ", text[i + 6] == ".", i + 7 == hi {
            kept[i] = true; kept[i + 2] = true; kept[i + 4] = true; kept[i + 6] = true
            return true
        }
        return false
    }

    /// `!` or `?` that goes on: before a quote ("'Stop!' she said"), `!` before a lower-case word or
    /// ", and", inside words such as "Yahoo!", and (Kazakh) before a dash.
    private mutating func markExclamationOrQuestion(_ i: Int, _ lo: Int, _ hi: Int) {
        let next = i + 1 < hi ? text[i + 1] : nil
        if next == "'" || next == "\"" { kept[i] = true }
        if rules.cyrillic {
            var j = i + 1
            while j < hi, text[j].isSpace { j += 1 }
            if j < hi, text[j] == "-" || text[j] == "—" { kept[i] = true }
        }
        guard text[i] == "!" else { return }
        if next == ",", i + 3 < hi, text[i + 2].isSpace, text[i + 3].isASCIILower { kept[i] = true }
        if next?.isSpace == true, i + 2 < hi, text[i + 2].isASCIILower { kept[i] = true }
        // "Yahoo!", "Yum!", "Y!J", "!Kung", "!Xun".
        if endsWith("Yahoo", at: i, lo) || endsWith("Yum", at: i, lo) || (endsWith("Y", at: i, lo) && next == "J") {
            kept[i] = true
        }
        if i == lo || text[i - 1].isSpace, has("Kung", at: i + 1, hi) || has("Xun", at: i + 1, hi)
            || has("Xuun", at: i + 1, hi) || has("Xũ", at: i + 1, hi)
        {
            kept[i] = true
        }
    }

    static let quotes: SentenceSplitter.ScalarSet = ["\"", "'", "“", "”"]
    static let quoteEnders: SentenceSplitter.ScalarSet = ["!", "?", ".", "-"]

    /// Arabic "،" followed by one word and another "،" separates list items, not sentences.
    private func isArabicCommaBetweenWords(_ i: Int, _ hi: Int) -> Bool {
        guard i + 2 < hi, text[i + 1].isSpace, !text[i + 2].isSpace else { return false }
        var j = i + 2
        while j < hi, !text[j].isSpace, text[j] != "،" { j += 1 }
        return j > i + 2 && j < hi && text[j] == "،"
    }

    private func endsWith(_ word: String, at i: Int, _ lo: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard i - lo >= scalars.count else { return false }
        return text[(i - scalars.count)..<i].elementsEqual(scalars)
    }
}
