/// Finds dates, periods and durations in a sentence and resolves them against the publication date.
///
/// Absolute: "January 5, 2026", "Jan. 5", "5 January", "2026-01-05", "May 2026", "2026", "the 1990s",
/// "Q2", "the third quarter of 2025". Relative: "Monday", "last Friday", "yesterday", "this week",
/// "earlier this month", "next year", "two days ago", "a year earlier". "since" + a date. Durations:
/// "four days", "a four-day visit", "nearly a decade", "more than three years". Clock times ("10:42",
/// "3 a.m.") are claimed so that they are not read as figures, and are not reported. Seasons are not
/// dates here. Runs before `QuantityFinder`, which skips the tokens claimed here.
struct DateFinder {
    /// A date or period found at some tokens: where it ends (exclusive) and what it means.
    struct Anchor {
        var next: Int
        var granularity: DateMention.Granularity
        var period: DatePeriod?
    }

    let resolver: DateResolver?
    /// How far back a future cue ("will", "scheduled") still governs a date, in tokens.
    static let cueWindow = 8

    init(published: CivilDate?) {
        resolver = published.map { DateResolver(published: $0) }
    }

    func find(in s: inout TokenizedSentence) -> [DateMention] {
        var result: [DateMention] = []
        let hasPast = Self.hasPastTense(s)
        var i = 0
        while i < s.count {
            let t = s.tokens[i]
            guard !s.consumed[i], t.kind == .number || t.isApostrophe || t.kind == .word && t.lex.flags.contains(.dateStart) else {
                i += 1
                continue
            }
            if let end = clockTime(s, at: i) {
                s.consume(i, end - 1)
                i = end
                continue
            }
            if let (mention, end) = match(s, at: i, hasPast: hasPast) {
                result.append(mention)
                s.consume(i, end - 1)
                i = end
                // "January 19 and 20", "June 18-22": a second day of the same month.
                if mention.kind == .date, mention.granularity == .day, let from = mention.from, let (second, next) = secondDay(s, at: end, after: from) {
                    result.append(second)
                    s.consume(end, next - 1)
                    i = next
                }
                continue
            }
            i += 1
        }
        return result
    }

    private func match(_ s: TokenizedSentence, at i: Int, hasPast: Bool) -> (DateMention, Int)? {
        let tense = Self.tense(s, before: i, hasPast: hasPast)
        // "since 2017", "since October", "since the 1990s".
        if s.isWord(i, Words.since) {
            var j = i + 1
            let afterThe = s.isWord(j, Words.the)
            if afterThe { j += 1 }
            if let anchor = modifiedAnchor(s, at: j, tense: .past), !afterThe || anchor.granularity == .decade {
                return (mention(s, i, anchor.next, kind: .since, anchor: anchor), anchor.next)
            }
            return nil
        }
        if let anchor = modifiedAnchor(s, at: i, tense: tense) {
            return (mention(s, i, anchor.next, kind: .date, anchor: anchor), anchor.next)
        }
        if let (duration, end) = duration(s, at: i, tense: tense) {
            return (duration, end)
        }
        return nil
    }

    /// An anchor with "early", "late", "mid-" before it ("mid-October", "late last month", "early 2000s").
    func modifiedAnchor(_ s: TokenizedSentence, at i: Int, tense: DateResolver.Tense) -> Anchor? {
        if let lex = s.lex(i), lex.flags.contains(.dateModifier) {
            let j = s.isSymbol(i + 1, "-") && s.isJoined(i + 1) ? i + 2 : i + 1
            if let anchor = anchor(s, at: j, tense: tense), anchor.granularity != .day { return anchor }
        }
        return anchor(s, at: i, tense: tense)
    }

    func mention(_ s: TokenizedSentence, _ from: Int, _ next: Int, kind: DateMention.Kind, anchor: Anchor) -> DateMention {
        var mention = DateMention(text: s.text(from, next - 1), start: s.tokens[from].scalarStart, end: s.tokens[next - 1].scalarEnd, kind: kind)
        mention.granularity = anchor.granularity
        mention.value = anchor.period?.value
        mention.from = anchor.period?.from
        mention.to = anchor.period?.to
        if kind == .since, let published = resolver?.published { mention.to = published }
        return mention
    }

    /// The day number in "and 20", "-22", "to 22" after a day, unless a month follows it.
    func secondDay(_ s: TokenizedSentence, at i: Int, after first: CivilDate) -> (DateMention, Int)? {
        guard i + 1 < s.count, s.isWord(i, Words.and) || s.isWord(i, Words.to) || s.tokens[i].isDash,
            s.isNumber(i + 1), !s.consumed[i + 1], s.tokens[i + 1].digits <= 2, !s.tokens[i + 1].hasDot, !s.tokens[i + 1].hasComma,
            Int(s.tokens[i + 1].value) > first.day, !((s.lex(i + 2)?.month ?? 0) > 0), !s.isSymbol(i + 2, "%"), !s.isSymbol(i + 2, ":"),
            let date = CivilDate(year: first.year, month: first.month, day: Int(s.tokens[i + 1].value))
        else { return nil }
        let anchor = Anchor(next: i + 2, granularity: .day, period: .day(date))
        return (mention(s, i + 1, i + 2, kind: .date, anchor: anchor), i + 2)
    }

    /// "10:42", "3 a.m.", "5pm": a clock time, claimed but not reported. Returns the end index.
    func clockTime(_ s: TokenizedSentence, at i: Int) -> Int? {
        let isHour = s.isNumber(i) ? s.tokens[i].value < 25 && !s.tokens[i].hasComma : (1...12).contains(s.lex(i)?.cardinal ?? 0)
        guard isHour else { return nil }
        var j = i + 1
        // "ten o'clock".
        if s.isWord(j, Words.o), j + 1 < s.count, s.tokens[j + 1].isApostrophe, s.isJoined(j + 1), s.isWord(j + 2, Words.clock) { return j + 3 }
        guard s.isNumber(i) else { return nil }
        if s.isSymbol(j, ":"), s.isJoined(j), s.isNumber(j + 1), s.isJoined(j + 1), s.tokens[j + 1].digits == 2 { j += 2 }
        if s.isWord(j, Words.am) || s.isWord(j, Words.pm) { return j + 1 }
        if s.isWord(j, Words.a) || s.isWord(j, Words.p), s.isSymbol(j + 1, "."), s.isJoined(j + 1), s.isWord(j + 2, Words.m), s.isJoined(j + 2) {
            return s.isSymbol(j + 3, ".") && s.isJoined(j + 3) ? j + 4 : j + 3
        }
        return j > i + 1 ? j : nil
    }

    /// The sentence tells of the past: an irregular past verb, or a lower-case "-ed" word.
    static func hasPastTense(_ s: TokenizedSentence) -> Bool {
        for (index, token) in s.tokens.enumerated() where token.kind == .word {
            if token.lex.flags.contains(.pastVerb) { return true }
            if !token.capitalized, token.end - token.start >= 5, !token.lex.flags.contains(.notPast), s.ends(index, with: "ed") { return true }
        }
        return false
    }

    /// Future when a cue stands within `cueWindow` tokens before `i`; else past when the sentence is.
    static func tense(_ s: TokenizedSentence, before i: Int, hasPast: Bool) -> DateResolver.Tense {
        var k = i - 1
        while k >= 0 && k >= i - cueWindow {
            if s.tokens[k].kind == .word, s.tokens[k].lex.flags.contains(.futureCue) { return .future }
            k -= 1
        }
        return hasPast ? .past : .unknown
    }
}
