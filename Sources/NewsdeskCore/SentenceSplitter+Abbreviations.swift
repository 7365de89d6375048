extension SentenceScan {
    /// Keeps the periods of abbreviations, initials and multi-period abbreviations on one line.
    ///
    /// The order follows pySBD's `AbbreviationReplacer`: possessives and initials, the language's list,
    /// multi-period abbreviations ("U.S.", "a.m."), then the exceptions that end a sentence after all
    /// ("at 5 P.M. Then", "in the U.S. The").
    mutating func markAbbreviations(_ lo: Int, _ hi: Int) {
        let text = self.text
        var i = lo
        while i < hi {
            defer { i += 1 }
            guard text[i] == "." else { continue }
            let next = i + 1 < hi ? text[i + 1] : nil
            // "Acme Inc.'s results", "Co. KG".
            if next == "'", i + 2 < hi, text[i + 2] == "s", i + 3 == hi || text[i + 3].isSpace { kept[i] = true }
            if i >= lo + 2, text[i - 2] == "C", text[i - 1] == "o", has(" KG", at: i + 1, hi) { kept[i] = true }
            var wordStart = i
            // Words longer than any abbreviation are not looked up; the bound keeps "a.a.a.a…" linear.
            while wordStart > lo, i - wordStart <= Self.longestAbbreviation, !text[wordStart - 1].isSpace { wordStart -= 1 }
            // Bidirectional marks around an Arabic "د‪.‬" are invisible; the word ends before them.
            var wordEnd = i
            while wordEnd > wordStart, text[wordEnd - 1].properties.generalCategory == .format { wordEnd -= 1 }
            let length = wordEnd - wordStart
            if length == 1, wordEnd == i { markInitial(i, wordStart: wordStart, hi) }
            if rules.abbreviationStyle != .none, length > 0, length <= Self.longestAbbreviation {
                let word = String(String.UnicodeScalarView(text[wordStart..<wordEnd])).lowercased()
                if rules.abbreviations.all.contains(word) { markListed(word, periodAt: i, hi) }
            }
            if !rules.abbreviations.spaced.isEmpty { markSpacedAbbreviation(endingAt: i, lo, hi) }
        }
        markMultiPeriodAbbreviations(lo, hi)
        unmarkAbbreviationsEndingSentences(lo, hi)
    }

    /// "J. K. Rowling", "Grant, U. S. Army": a lone capital with a period is an initial.
    private mutating func markInitial(_ i: Int, wordStart: Int, _ hi: Int) {
        let letter = text[i - 1]
        let isCapital = rules.cyrillic ? ("А"..."Я").contains(letter) || letter == "Ё" : letter.isASCIIUpper
        let isLowerInitial = rules.lowercaseInitials && letter.isASCIILower
        guard isCapital || isLowerInitial else { return }
        var after = i + 1
        if isCapital, !rules.cyrillic, after < hi, text[after] == "," { after += 1 }
        if after < hi, text[after].isSpace { kept[i] = true }
    }

    /// A listed abbreviation: whether its period goes on depends on the language and what follows.
    private mutating func markListed(_ word: String, periodAt i: Int, _ hi: Int) {
        let next = i + 1 < hi ? text[i + 1] : nil
        switch rules.abbreviationStyle {
        case .always: kept[i] = true
        case .beforeSpace: if next?.isSpace == true { kept[i] = true }
        case .none: break
        case .contextual:
            let lists = rules.abbreviations
            if lists.prepositive.contains(word) {
                // "Dr. Smith", "Gen. Lee", "Fig. 3" never end a sentence before a space.
                if next?.isSpace == true || (next == ":" && i + 2 < hi && text[i + 2].isDigit) { kept[i] = true }
            } else if lists.numeric.contains(word) {
                // "No. 5", "pp. (12)": only before a number.
                var j = i + 1
                while j < hi, text[j].isSpace { j += 1 }
                if j > i + 1, j < hi, text[j] == "(" || (j == i + 2 && text[j].isDigit) { kept[i] = true }
            } else if rules.keepsListedPeriods {
                kept[i] = true
            } else if let next {
                if ".:-?,".unicodeScalars.contains(next) {
                    kept[i] = true
                } else if next.isSpace, i + 2 < hi {
                    // "etc. and", "Inc. 5", "approx. (see"; "I" is a capital that goes on: "etc. I think".
                    let after = text[i + 2]
                    if after.isASCIILower || after.isDigit || after == "(" {
                        kept[i] = true
                    } else if after == "I", i + 3 == hi || text[i + 3].isSpace
                        || has("'m", at: i + 3, hi) || has("'ll", at: i + 3, hi) {
                        kept[i] = true
                    }
                }
            }
        }
    }

    /// Abbreviations written with spaces ("s. r. o.", "st. d. arte"): the last period is decided as for
    /// any listed word; in languages that keep listed periods the inner ones go on too.
    private mutating func markSpacedAbbreviation(endingAt i: Int, _ lo: Int, _ hi: Int) {
        for entry in rules.abbreviations.spaced where entry.count <= i - lo {
            let start = i - entry.count
            guard start == lo || text[start - 1].isSpace else { continue }
            var matches = true
            for (offset, scalar) in entry.enumerated() {
                let c = text[start + offset]
                let lower = c.isASCIIUpper ? Unicode.Scalar(c.value + 32)! : c
                if lower != scalar && String(c).lowercased() != String(scalar) { matches = false; break }
            }
            guard matches else { continue }
            markListed(String(String.UnicodeScalarView(entry)), periodAt: i, hi)
            if rules.abbreviationStyle == .always || rules.keepsListedPeriods {
                for j in start..<i where text[j] == "." { kept[j] = true }
            }
        }
    }

    /// "U.S.A.", "e.g.", "a.m.": single letters joined by periods keep all of them.
    private mutating func markMultiPeriodAbbreviations(_ lo: Int, _ hi: Int) {
        let text = self.text
        if rules.cyrillic { return markCyrillicMultiPeriodAbbreviations(lo, hi) }
        var i = lo
        while i + 3 < hi {
            guard text[i].isASCIILetter, i == 0 || !text[i - 1].isWordCharacter else { i += 1; continue }
            var k = i
            while k + 2 < hi, text[k + 1] == ".", text[k + 2].isASCIILetter { k += 2 }
            if !(k + 1 < hi && text[k + 1] == ".") { k -= 2 }
            guard k > i else { i += 1; continue }
            var j = i + 1
            while j <= k + 1 { kept[j] = true; j += 2 }
            // "at 5 P.M. Then": a time of day before a capital ends its sentence.
            if k == i + 2, "aApP".unicodeScalars.contains(text[i]), text[k] == "m" || text[k] == "M",
                k + 3 < hi, text[k + 2].isSpace, text[k + 3].isASCIIUpper
            {
                kept[k + 1] = false
            }
            i = k + 2
        }
    }

    /// Kazakh "т.б.", "т. б.", "Б.з.б.": Cyrillic letters joined by periods (a space may follow each).
    private mutating func markCyrillicMultiPeriodAbbreviations(_ lo: Int, _ hi: Int) {
        let text = self.text
        let isCyrillic = { (c: Unicode.Scalar) in c.value >= 0x400 && c.value <= 0x500 }
        var i = lo
        while i < hi {
            guard isCyrillic(text[i]), i == 0 || !text[i - 1].isWordCharacter else { i += 1; continue }
            var k = i
            while k < hi, isCyrillic(text[k]) { k += 1 }
            var periods: [Int] = []
            while k + 1 < hi, text[k] == "." {
                var letter = k + 1
                if text[letter].isSpace { letter += 1 }
                guard letter < hi, isCyrillic(text[letter]) else { break }
                periods.append(k)
                k = letter + 1
            }
            if k < hi, text[k] == ".", !periods.isEmpty {
                periods.append(k)
            } else if periods.count < 2 {
                i = max(k, i + 1)
                continue
            }
            for p in periods { kept[p] = true }
            i = k + 1
        }
    }

    /// "… in the U.S. The company" and "World War I. Then": these end a sentence before a sentence starter.
    private mutating func unmarkAbbreviationsEndingSentences(_ lo: Int, _ hi: Int) {
        let text = self.text
        guard !rules.sentenceStarters.isEmpty else { return }
        for i in lo..<hi where text[i] == "." && kept[i] {
            guard i + 2 < hi, text[i + 1].isSpace else { continue }
            var j = i + 2
            while j < hi, j - i - 2 <= 12, !text[j].isSpace { j += 1 }
            guard j < hi, text[j].isSpace else { continue }
            let next = String(String.UnicodeScalarView(text[(i + 2)..<j]))
            guard rules.sentenceStarters.contains(next) else { continue }
            for ending in Self.endingAbbreviations where ending.count <= i - lo {
                let start = i - ending.count
                if zip(ending, text[start..<i]).allSatisfy({ $0 == "?" || $0 == $1 }) { kept[i] = false; break }
            }
        }
    }

    /// Longer than every entry of every list (Dutch "acc.thema's m." is the longest, 15 scalars).
    static let longestAbbreviation = 24

    /// pySBD's list; "?" stands for any character, as the unescaped "." of its pattern does.
    static let endingAbbreviations: [[Unicode.Scalar]] = ["U.S", "U.K", "E.U", "U.S.A", "I", "i?v", "I?V"]
        .map { Array($0.unicodeScalars) }

    func has(_ literal: String, at i: Int, _ hi: Int) -> Bool {
        var j = i
        for scalar in literal.unicodeScalars {
            guard j < hi, text[j] == scalar else { return false }
            j += 1
        }
        return true
    }
}
