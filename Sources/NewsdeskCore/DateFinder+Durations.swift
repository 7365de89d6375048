extension DateFinder {
    /// Words that may stand between a figure and its time unit ("five consecutive days").
    static let durationFillers: Set<WordKey> = Set(["consecutive", "straight", "full", "more", "long", "successive"].map { WordKey($0)! })
    /// Words after which "a year", "a week" is a duration ("for a week", "within a month"), not a rate
    /// ("$80 a barrel", "twice a year").
    static let durationLeads: Set<WordKey> = Set(["for", "within", "in", "after", "over", "than", "least", "nearly", "almost", "about",
                                                  "around", "roughly", "under", "past", "last", "next", "spent", "took", "lasted"].map { WordKey($0)! })

    static let singularUnits: [DurationUnit: WordKey] = Dictionary(uniqueKeysWithValues: DurationUnit.allCases.map { ($0, WordKey($0.rawValue)!) })

    /// A duration, or a date counted back ("two days ago", "a year earlier"), at token `i`.
    func duration(_ s: TokenizedSentence, at i: Int, tense: DateResolver.Tense) -> (DateMention, Int)? {
        var qualifier = Quantity.Qualifier.exact
        var j = i
        var from = i
        // "over five years" tells when, not how long at least: no qualifier, and not in the span.
        if s.tokens[i].key == Words.over {
            j += 1
            from = j
        } else if let (q, length) = QuantityFinder.qualifier(s, at: i) {
            qualifier = q
            j += length
        }
        // "the next decade", "the past decade": one decade.
        if j == i, let key = s.tokens[i].key, key == Words.next || key == Words.past || key == Words.last,
            s.isWord(i + 1, Words.decade) || s.isWord(i + 1, Words.century)
        {
            return (durationMention(s, i + 1, i + 2, amount: 1, unit: s.tokens[i + 1].lex.timeUnit!, qualifier: .exact), i + 2)
        }
        guard let amount = amount(s, at: j) else { return nil }
        var k = amount.next
        // "a four-day visit", "a 90-day pause"; "34-year-old" is an age, left to the quantity finder.
        if !amount.isArticle, s.isSymbol(k, "-"), s.isJoined(k), k + 1 < s.count, s.isJoined(k + 1), let unit = s.tokens[k + 1].lex.timeUnit,
            s.tokens[k + 1].key == Self.singularUnits[unit]
        {
            if s.isSymbol(k + 2, "-"), s.isJoined(k + 2), s.isWord(k + 3, Words.old) { return nil }
            return (durationMention(s, from, k + 2, amount: amount.value, unit: unit, qualifier: qualifier), k + 2)
        }
        while !amount.isArticle, k < s.count, let key = s.tokens[k].key, Self.durationFillers.contains(key) { k += 1 }
        guard k < s.count, !s.consumed[k], let unit = s.tokens[k].lex.timeUnit, s.tokens[k].kind == .word else { return nil }
        if amount.isArticle {
            // "a second" is too often an ordinal; "a year" only after a lead word or before "ago".
            guard unit != .second else { return nil }
            let led = qualifier != .exact || from > i || (i > 0 && s.tokens[i - 1].key.map { Self.durationLeads.contains($0) } == true)
            let counted = s.isWord(k + 1, Words.ago) || s.isWord(k + 1, Words.earlier)
            guard led || counted || unit == .decade || unit == .century else { return nil }
        }
        if s.isWord(k + 1, Words.old) { return nil }
        // "two days ago", "a year earlier": a date counted back from the publication date.
        if s.isWord(k + 1, Words.ago) || s.isWord(k + 1, Words.earlier), qualifier == .exact, amount.value == amount.value.rounded() {
            let granularity: DateMention.Granularity
            switch unit {
            case .day, .hour, .minute, .second: granularity = .day
            case .week: granularity = .week
            case .month: granularity = .month
            default: granularity = .year
            }
            let n = Int(amount.value)
            let period: DatePeriod?
            switch unit {
            case .decade: period = resolver?.relative(.year, offset: -10 * n)
            case .century: period = resolver?.relative(.year, offset: -100 * n)
            case .hour, .minute, .second: period = resolver?.relative(.day, offset: 0)
            default: period = resolver?.relative(unit, offset: -n)
            }
            let anchor = Anchor(next: k + 2, granularity: granularity, period: period)
            return (mention(s, from, k + 2, kind: .date, anchor: anchor), k + 2)
        }
        return (durationMention(s, from, k + 1, amount: amount.value, unit: unit, qualifier: qualifier), k + 1)
    }

    func durationMention(_ s: TokenizedSentence, _ from: Int, _ next: Int, amount: Double, unit: DurationUnit, qualifier: Quantity.Qualifier) -> DateMention {
        var mention = DateMention(text: s.text(from, next - 1), start: s.tokens[from].scalarStart, end: s.tokens[next - 1].scalarEnd, kind: .duration)
        mention.amount = amount
        mention.unit = unit
        mention.qualifier = qualifier
        return mention
    }

    /// How many units: digits, number words ("four", "twenty-five"), "a"/"an" (one), "half a".
    func amount(_ s: TokenizedSentence, at j: Int) -> (value: Double, next: Int, isArticle: Bool)? {
        guard j < s.count, !s.consumed[j] else { return nil }
        let t = s.tokens[j]
        if t.kind == .number {
            if j > 0, t.joined, s.tokens[j - 1].kind == .word || QuantityFinder.isCurrencySymbol(s.tokens[j - 1].symbol) { return nil }
            if t.hasComma && t.value < 1000 { return nil }
            return (t.value, j + 1, false)
        }
        guard t.kind == .word, let key = t.key else { return nil }
        if key == Words.a || key == Words.an { return (1, j + 1, true) }
        if key == Words.half, s.isWord(j + 1, Words.a) || s.isWord(j + 1, Words.an) { return (0.5, j + 2, false) }
        let lex = t.lex
        guard lex.cardinal >= 0, !t.capitalized || j == s.firstWord else { return nil }
        var value = lex.cardinal
        var next = j + 1
        if lex.cardinal >= 20, s.isSymbol(next, "-"), s.isJoined(next), let unit = s.lex(next + 1), s.isJoined(next + 1), unit.cardinal > 0, unit.cardinal < 10 {
            value += unit.cardinal
            next += 2
        }
        if let scale = s.lex(next)?.multiplier, scale == 100 {
            value *= 100
            next += 1
        }
        return (value, next, false)
    }
}
