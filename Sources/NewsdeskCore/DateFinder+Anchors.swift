extension DateFinder {
    static let relativeDays: [WordKey: Int] = [
        WordKey("today")!: 0, WordKey("tonight")!: 0, WordKey("yesterday")!: -1, WordKey("tomorrow")!: 1,
    ]
    static let genericDeterminers: Set<WordKey> = Set(["a", "an", "every", "each", "any", "most", "some"].map { WordKey($0)! })
    static let partsOfDay: Set<WordKey> = Set(["morning", "afternoon", "evening"].map { WordKey($0)! })

    /// A calendar date or period starting at token `i`.
    func anchor(_ s: TokenizedSentence, at i: Int, tense: DateResolver.Tense) -> Anchor? {
        guard i < s.count, !s.consumed[i] else { return nil }
        let t = s.tokens[i]
        if t.kind == .number {
            return isoDate(s, at: i) ?? dayMonth(s, at: i, tense: tense) ?? decade(s, at: i) ?? year(s, at: i)
        }
        if t.isApostrophe { return decade(s, at: i) }
        guard t.kind == .word else { return nil }
        let lex = t.lex
        if lex.weekday > 0, t.capitalized {
            // "on a typical Saturday", "every Sunday": no one day.
            if i > 0, let previous = s.tokens[i - 1].key, Self.genericDeterminers.contains(previous) { return nil }
            if i > 1, s.tokens[i - 1].kind == .word, s.tokens[i - 1].lex.cardinal < 0, let previous = s.tokens[i - 2].key,
                previous == Words.a || previous == Words.an
            {
                return nil
            }
            return weekday(s, at: i, mode: nil, tense: tense)
        }
        if lex.month > 0, t.capitalized { return monthFirst(s, at: i, tense: tense) }
        if let key = t.key {
            if let offset = Self.relativeDays[key] {
                return Anchor(next: i + 1, granularity: .day, period: resolver.map { .day($0.published.adding(days: offset)) })
            }
            if key == Words.last || key == Words.next || key == Words.this {
                return relative(s, at: i, mode: key, tense: tense)
            }
            if key == Words.q, s.isNumber(i + 1), s.isJoined(i + 1), s.tokens[i + 1].digits == 1 {
                return quarter(s, Int(s.tokens[i + 1].value), next: i + 2, tense: tense)
            }
        }
        if lex.ordinal >= 1, lex.ordinal <= 4, s.isWord(i + 1, Words.quarter) {
            return quarter(s, Int(lex.ordinal), next: i + 2, tense: tense)
        }
        return nil
    }

    /// "last week", "this month", "next year", "last night", "this morning", "next Tuesday".
    func relative(_ s: TokenizedSentence, at i: Int, mode: WordKey, tense: DateResolver.Tense) -> Anchor? {
        guard i + 1 < s.count, s.tokens[i + 1].kind == .word else { return nil }
        let next = s.tokens[i + 1]
        if next.lex.weekday > 0, next.capitalized { return weekday(s, at: i + 1, mode: mode, tense: tense) }
        if mode == Words.last, next.key == Words.night {
            return Anchor(next: i + 2, granularity: .day, period: resolver.map { .day($0.published.adding(days: -1)) })
        }
        if mode == Words.this, let key = next.key, Self.partsOfDay.contains(key) {
            return Anchor(next: i + 2, granularity: .day, period: resolver.map { .day($0.published) })
        }
        guard let unit = next.lex.timeUnit, next.key == Words.week || next.key == Words.month || next.key == Words.year else { return nil }
        let offset = mode == Words.last ? -1 : mode == Words.next ? 1 : 0
        let granularity: DateMention.Granularity = unit == .week ? .week : unit == .month ? .month : .year
        return Anchor(next: i + 2, granularity: granularity, period: resolver?.relative(unit, offset: offset))
    }

    func weekday(_ s: TokenizedSentence, at i: Int, mode: WordKey?, tense: DateResolver.Tense) -> Anchor {
        // "Monday, January 5": the written date wins.
        if s.isSymbol(i + 1, ","), i + 2 < s.count, s.tokens[i + 2].lex.month > 0, s.tokens[i + 2].capitalized,
            let date = monthFirst(s, at: i + 2, tense: tense), date.granularity == .day
        {
            return date
        }
        return Anchor(next: i + 1, granularity: .day, period: resolver?.weekday(s.tokens[i].lex.weekday, mode: mode, tense: tense))
    }

    /// "January 5", "Jan. 5, 2026", "March 2025", "March", "July-September quarter".
    func monthFirst(_ s: TokenizedSentence, at i: Int, tense: DateResolver.Tense) -> Anchor? {
        let lex = s.tokens[i].lex
        var j = i + 1
        if lex.monthIsAbbreviation, s.isSymbol(j, "."), s.isJoined(j) { j += 1 }
        if let day = dayNumber(s, at: j) {
            var next = day.next
            var year: Int?
            if s.isSymbol(next, ","), s.isYear(next + 1) {
                year = Int(s.tokens[next + 1].value)
                next += 2
            } else if s.isYear(next) {
                year = Int(s.tokens[next].value)
                next += 1
            }
            let y = year ?? resolver?.year(month: lex.month, tense: tense)
            let period = y.flatMap { CivilDate(year: $0, month: lex.month, day: day.value) }.map { DatePeriod.day($0) }
            return Anchor(next: next, granularity: .day, period: period)
        }
        if s.isYear(j) {
            return Anchor(next: j + 1, granularity: .month, period: .month(Int(s.tokens[j].value), lex.month))
        }
        // "the July-September quarter".
        if s.isSymbol(j, "-") || s.isSymbol(j, "\u{2013}"), j + 1 < s.count, s.tokens[j + 1].lex.month > 0, s.isWord(j + 2, Words.quarter) {
            let last = s.tokens[j + 1].lex.month
            guard last - lex.month == 2, last % 3 == 0 else { return nil }
            return quarter(s, last / 3, next: j + 3, tense: tense)
        }
        // An abbreviation alone or a sentence-initial "May" is not a month.
        if lex.monthIsAbbreviation && j == i + 1 { return nil }
        if i == s.firstWord, s.tokens[i].key == WordKey("may") { return nil }
        let y = resolver?.year(month: lex.month, tense: tense)
        return Anchor(next: j, granularity: .month, period: y.flatMap { .month($0, lex.month) })
    }

    /// "5 January", "12 December 2015", "31st March".
    func dayMonth(_ s: TokenizedSentence, at i: Int, tense: DateResolver.Tense) -> Anchor? {
        guard let day = dayNumber(s, at: i), day.next < s.count else { return nil }
        var j = day.next
        let month = s.tokens[j]
        guard month.kind == .word, month.capitalized, month.lex.month > 0 else { return nil }
        j += 1
        if month.lex.monthIsAbbreviation, s.isSymbol(j, "."), s.isJoined(j) { j += 1 }
        var year: Int?
        if s.isYear(j) {
            year = Int(s.tokens[j].value)
            j += 1
        }
        let y = year ?? resolver?.year(month: month.lex.month, tense: tense)
        let period = y.flatMap { CivilDate(year: $0, month: month.lex.month, day: day.value) }.map { DatePeriod.day($0) }
        return Anchor(next: j, granularity: .day, period: period)
    }

    /// A day of the month: 1...31, one or two digits, maybe "5th".
    func dayNumber(_ s: TokenizedSentence, at i: Int) -> (value: Int, next: Int)? {
        guard s.isNumber(i), !s.consumed[i] else { return nil }
        let t = s.tokens[i]
        guard t.digits <= 2, !t.hasDot, !t.hasComma, t.value >= 1, t.value <= 31 else { return nil }
        if i > 0, t.joined, s.tokens[i - 1].kind != .symbol || s.tokens[i - 1].isDash { return nil }
        var next = i + 1
        if s.isJoined(next), s.isWord(next, Words.st) || s.isWord(next, Words.nd) || s.isWord(next, Words.rd) || s.isWord(next, Words.th) {
            next += 1
        } else if s.isJoined(next), next < s.count, s.tokens[next].kind != .symbol || s.tokens[next].symbol == ":" {
            return nil
        }
        return (Int(t.value), next)
    }

    /// "2026-01-05".
    func isoDate(_ s: TokenizedSentence, at i: Int) -> Anchor? {
        guard s.isYear(i), s.isSymbol(i + 1, "-"), s.isJoined(i + 1), s.isNumber(i + 2), s.isJoined(i + 2), s.tokens[i + 2].digits == 2,
            s.isSymbol(i + 3, "-"), s.isJoined(i + 3), s.isNumber(i + 4), s.isJoined(i + 4), s.tokens[i + 4].digits == 2,
            let date = CivilDate(year: Int(s.tokens[i].value), month: Int(s.tokens[i + 2].value), day: Int(s.tokens[i + 4].value))
        else { return nil }
        return Anchor(next: i + 5, granularity: .day, period: .day(date))
    }

    /// "1990s", "1990's", "'80s".
    func decade(_ s: TokenizedSentence, at i: Int) -> Anchor? {
        var j = i
        var start: Int
        if s.tokens[j].isApostrophe {
            guard s.isNumber(j + 1), s.isJoined(j + 1), s.tokens[j + 1].digits == 2 else { return nil }
            j += 1
            let short = Int(s.tokens[j].value)
            start = short >= 30 ? 1900 + short : 2000 + short
        } else {
            guard s.isYear(j) else { return nil }
            start = Int(s.tokens[j].value)
        }
        guard start % 10 == 0 else { return nil }
        var next = j + 1
        if s.isJoined(next), next < s.count, s.tokens[next].isApostrophe { next += 1 }
        guard s.isWord(next, Words.s), s.isJoined(next) else { return nil }
        return Anchor(next: next + 1, granularity: .decade, period: .decade(start))
    }

    /// A year: four digits, not money ("$2026"), not a percentage or a scaled figure.
    func year(_ s: TokenizedSentence, at i: Int) -> Anchor? {
        guard s.isYear(i) else { return nil }
        if i > 0, s.tokens[i].joined, s.tokens[i - 1].kind == .word || QuantityFinder.isCurrencySymbol(s.tokens[i - 1].symbol) && s.tokens[i - 1].kind == .symbol {
            return nil
        }
        let next = i + 1
        if next < s.count {
            let t = s.tokens[next]
            if t.isSymbol("%") || (t.joined && t.kind == .word && !t.isApostrophe) { return nil }
            if t.kind == .word, t.lex.multiplier > 0 || t.lex.currency != 0 || t.key == Words.percent { return nil }
            if s.isSymbol(next, ",") || s.isSymbol(next, "."), s.isJoined(next), s.isNumber(next + 1), s.isJoined(next + 1) { return nil }
        }
        return Anchor(next: next, granularity: .year, period: .year(Int(s.tokens[i].value)))
    }

    /// "Q2", "the third quarter", "the first quarter of 2026", "the second quarter of next year".
    func quarter(_ s: TokenizedSentence, _ quarter: Int, next: Int, tense: DateResolver.Tense) -> Anchor? {
        guard (1...4).contains(quarter) else { return nil }
        var j = next
        if s.isWord(j, Words.of) || s.isYear(j) {
            let k = s.isWord(j, Words.of) ? j + 1 : j
            if s.isYear(k) {
                return Anchor(next: k + 1, granularity: .quarter, period: .quarter(Int(s.tokens[k].value), quarter))
            }
            if let relative = anchor(s, at: k, tense: tense), relative.granularity == .year {
                j = relative.next
                return Anchor(next: j, granularity: .quarter, period: relative.period.flatMap { .quarter($0.from.year, quarter) })
            }
        }
        return Anchor(next: j, granularity: .quarter, period: resolver?.quarter(quarter, tense: tense))
    }
}
