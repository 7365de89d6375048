extension QuantityFinder {
    static func isCurrencySymbol(_ s: Unicode.Scalar) -> Bool { currencySymbols[s] != nil }

    static let currencySymbols: [Unicode.Scalar: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY", "₫": "VND", "₱": "PHP",
    ]
    /// Letters written before "$": "US$", "A$", "HK$".
    static let dollarPrefixes: [WordKey: String] = [
        WordKey("us")!: "USD", WordKey("a")!: "AUD", WordKey("au")!: "AUD", WordKey("hk")!: "HKD", WordKey("s")!: "SGD",
        WordKey("c")!: "CAD", WordKey("ca")!: "CAD", WordKey("nz")!: "NZD", WordKey("r")!: "BRL", WordKey("nt")!: "TWD",
        WordKey("mx")!: "MXN",
    ]
    /// Words before "one" that make it a pronoun ("the last one", "no one").
    static let pronounOne: Set<WordKey> = Set(["the", "last", "no", "any", "every", "each", "this", "that", "which", "another", "someone"].map { WordKey($0)! })

    /// A figure at `j`, with its currency prefix and scale words, or nil.
    static func figure(_ s: TokenizedSentence, at start: Int, rangeEnd: Bool = false) -> Figure? {
        guard start < s.count, !s.consumed[start] else { return nil }
        var j = start
        var currency: String?
        let t = s.tokens[j]
        // Currency before the figure: "$", "US$", "USD 750 million".
        if t.kind == .symbol, let code = currencySymbols[t.symbol] {
            currency = code
            j += 1
        } else if t.kind == .word, let key = t.key, s.isSymbol(j + 1, "$"), s.isJoined(j + 1), let code = dollarPrefixes[key] {
            currency = code
            j += 2
        } else if t.kind == .word, t.lex.currency != 0, t.capitalized, t.end - t.start == 3, s.isNumber(j + 1) {
            currency = TextLexicon.currencyCodes[t.lex.currency]
            j += 1
        }
        guard j < s.count, !s.consumed[j] else { return nil }
        var figure: Figure
        if s.tokens[j].kind == .number {
            guard let f = digitFigure(s, at: j, rangeEnd: rangeEnd) else { return nil }
            figure = f
        } else if s.tokens[j].kind == .word {
            guard currency == nil || s.tokens[j].lex.cardinal >= 0, let f = wordFigure(s, at: j) else { return nil }
            figure = f
        } else {
            return nil
        }
        if currency != nil {
            figure.currency = currency
            guard !figure.isOrdinal else { return nil }
        }
        // Scale words: "1.5 million", "two dozen", "$350 billion".
        var k = figure.next
        if !figure.isOrdinal && !figure.isFraction {
            while k < s.count, !s.consumed[k], let lex = s.lex(k), lex.multiplier > 0 {
                // "5 m" is five metres; only glued short scales count ("€4m").
                if !s.tokens[k].joined, s.tokens[k].end - s.tokens[k].start <= 2 { break }
                figure.value *= lex.multiplier
                figure.scale *= lex.multiplier
                k += 1
            }
            figure.next = k
            // "5 million USD" / "500 million yuan": a currency written after.
            if figure.currency == nil, k < s.count, !s.consumed[k], let lex = s.lex(k), lex.currency != 0,
                !(s.tokens[k].key == WordKey("won") && figure.scale == 1 && !s.tokens[k - 1].hasComma && s.tokens[k - 1].kind == .number && s.tokens[k - 1].value < 100)
            {
                figure.currency = TextLexicon.currencyCodes[lex.currency]
                figure.next = k + 1
            }
        }
        return figure
    }

    /// Digits at `j`, with a glued scale ("350bn"), ordinal suffix ("21st") or unit ("1.48C", "12km").
    static func digitFigure(_ s: TokenizedSentence, at j: Int, rangeEnd: Bool = false) -> Figure? {
        let t = s.tokens[j]
        // Glued to a name: "G20", "F-35", "COVID-19"; after a capitalised word: "Boeing 737", "No. 10".
        if j > 0 {
            let previous = s.tokens[j - 1]
            if t.joined && previous.kind == .word { return nil }
            if t.joined, previous.joined, previous.isDash, j > 1, s.tokens[j - 2].kind == .word { return nil }
            // The second half of "2-1" or "2026-01" outside a range the caller is reading.
            if !rangeEnd, t.joined, previous.joined, previous.isDash, j > 1, s.tokens[j - 2].kind == .number { return nil }
            if t.joined, previous.joined, previous.kind == .symbol, previous.symbol == ":" || previous.symbol == "/" || previous.symbol == "#",
                j > 1, s.tokens[j - 2].kind != .symbol
            {
                return nil
            }
            if previous.isSymbol("."), j > 1, s.tokens[j - 2].kind == .word, s.tokens[j - 2].capitalized, previous.joined { return nil }
            // A capitalised word (or "iPhone") before the figure names it, unless it is a month, a currency,
            // a qualifier or, at the start of the sentence, a function word ("Only 5 people").
            if previous.kind == .word, s.hasUppercase(j - 1), previous.lex.month == 0, previous.lex.weekday == 0,
                previous.lex.currency == 0, !previous.lex.flags.contains(.qualifierStart),
                j - 1 > s.firstWord || !previous.lex.flags.contains(.notUnit)
            {
                return nil
            }
        }
        var figure = Figure(value: t.value, next: j + 1)
        let k = j + 1
        if k < s.count, s.tokens[k].joined {
            let next = s.tokens[k]
            if next.kind == .word {
                if next.lex.multiplier > 0 {
                    figure.value *= next.lex.multiplier
                    figure.scale = next.lex.multiplier
                    figure.next = k + 1
                } else if next.key == Words.st || next.key == Words.nd || next.key == Words.rd || next.key == Words.th {
                    figure.isOrdinal = true
                    figure.next = k + 1
                } else if next.end - next.start == 1, next.capitalized, s.bytes[next.start] == UInt8(ascii: "C") || s.bytes[next.start] == UInt8(ascii: "F") {
                    figure.unit = s.bytes[next.start] == UInt8(ascii: "C") ? "celsius" : "fahrenheit"
                    figure.next = k + 1
                } else if next.capitalized || next.key == Words.am || next.key == Words.pm {
                    return nil
                } else {
                    figure.unit = s.lowercased(k)
                    figure.next = k + 1
                }
            } else if next.isSymbol(":") && s.isNumber(k + 1) {
                return nil
            } else if next.isDash, k + 1 < s.count, s.tokens[k + 1].joined, s.tokens[k + 1].kind == .word,
                s.isWord(k + 1, Words.year), s.isSymbol(k + 2, "-"), s.isWord(k + 3, Words.old)
            {
                figure.unit = "years old"
                figure.next = k + 4
            }
        }
        return figure
    }

    /// A figure in words at `j`: "nine", "twenty-five", "a dozen", "half a million", "a third", "fifth".
    static func wordFigure(_ s: TokenizedSentence, at j: Int) -> Figure? {
        let t = s.tokens[j]
        // A capitalised number word inside the sentence is a name: "One China", "World War Two".
        if t.capitalized, j > s.firstWord { return nil }
        let lex = t.lex
        // "a dozen", "a hundred", "a million", "a quarter", "a third".
        if t.key == Words.a || t.key == Words.an {
            guard let next = s.lex(j + 1), !s.consumed[j + 1] else { return nil }
            if next.multiplier >= 12, s.tokens[j + 1].end - s.tokens[j + 1].start > 2 {
                return Figure(value: next.multiplier, next: j + 2, scale: next.multiplier)
            }
            if next.fraction > 0, s.tokens[j + 1].key != Words.half, s.tokens[j + 1].key != Words.second {
                // "a third term" is an ordinal; "a third of", "by a third in 2025" a fraction.
                if next.ordinal > 0, j + 2 < s.count, s.tokens[j + 2].kind == .word,
                    !s.tokens[j + 2].lex.flags.contains(.notUnit) || s.tokens[j + 2].lex.timeUnit != nil
                {
                    return nil
                }
                return Figure(value: next.fraction, next: j + 2, isFraction: true)
            }
            return nil
        }
        if t.key == Words.half {
            if s.isWord(j + 1, Words.a) || s.isWord(j + 1, Words.an) {
                if let scale = s.lex(j + 2)?.multiplier, scale >= 100 {
                    return Figure(value: 0.5 * scale, next: j + 3, scale: scale)
                }
                if s.isWord(j + 2, Words.percentage) { return Figure(value: 0.5, next: j + 2, isFraction: true) }
                return nil
            }
            // "the first half of 2026" is a period, not a fraction.
            if j > 0, s.tokens[j - 1].lex.ordinal > 0 || s.tokens[j - 1].key == Words.the { return nil }
            if s.isWord(j + 1, Words.of) || s.isWord(j + 1, Words.the) { return Figure(value: 0.5, next: j + 1, isFraction: true) }
            return nil
        }
        if lex.ordinal > 0 {
            if t.key == Words.second, s.isNumber(j - 1) { return nil }
            return Figure(value: lex.ordinal, next: j + 1, isOrdinal: true)
        }
        guard lex.cardinal >= 0 else { return nil }
        // Cardinal words: "twenty-five", "one hundred thousand", "three hundred and five".
        var total: Double = 0
        var current = lex.cardinal
        var k = j + 1
        if lex.cardinal >= 20, s.isSymbol(k, "-"), s.isJoined(k), let unit = s.lex(k + 1), s.isJoined(k + 1), unit.cardinal > 0, unit.cardinal < 10 {
            current += unit.cardinal
            k += 2
        }
        // "two-thirds", "three-quarters", "one-third".
        if s.isSymbol(k, "-"), s.isJoined(k), let fraction = s.lex(k + 1), s.isJoined(k + 1), fraction.fraction > 0 {
            return Figure(value: current * fraction.fraction, next: k + 2, isFraction: true)
        }
        while k < s.count, s.tokens[k].kind == .word, !s.consumed[k] {
            let next = s.tokens[k].lex
            if next.multiplier == 100 {
                current = max(current, 1) * 100
            } else if next.multiplier >= 1000, s.tokens[k].end - s.tokens[k].start > 2 {
                total += max(current, 1) * next.multiplier
                current = 0
            } else if s.tokens[k].key == Words.and, current >= 100, let after = s.lex(k + 1), after.cardinal > 0, after.cardinal < 100 {
                current += after.cardinal
                k += 1
            } else if next.ordinal >= 100, current > 0 {
                // "one millionth".
                return Figure(value: (total + current) * next.ordinal, next: k + 1, isOrdinal: true)
            } else {
                break
            }
            k += 1
        }
        let value = total + current
        if t.key == Words.one, k == j + 1 {
            // "one" is a pronoun after "the", "last", "no" and before "of", "between", a verb.
            if j > 0, let previous = s.tokens[j - 1].key, pronounOne.contains(previous) { return nil }
            guard k < s.count, s.tokens[k].kind == .word else { return nil }
            let next = s.tokens[k].lex
            if next.flags.contains(.notUnit), s.tokens[k].key != Words.in_ { return nil }
            if s.tokens[k].key == Words.in_, !(s.isNumber(k + 1) || (s.lex(k + 1)?.cardinal ?? -1) > 0) { return nil }
        }
        return Figure(value: value, next: k)
    }

    /// A percent or currency word after a figure ("%", "percent", "per cent", "percentage points",
    /// "basis points", "yuan"); advances `end` past it.
    static func suffixUnit(_ s: TokenizedSentence, at end: inout Int) -> String? {
        guard end < s.count, !s.consumed[end] else { return nil }
        let t = s.tokens[end]
        if t.isSymbol("%") {
            end += 1
            return "percent"
        }
        guard t.kind == .word, let key = t.key else { return nil }
        if key == Words.percent || key == Words.pc || key == Words.pct {
            end += 1
            return "percent"
        }
        if key == Words.per, s.isWord(end + 1, Words.cent) {
            end += 2
            return "percent"
        }
        if key == Words.percentage, s.isWord(end + 1, Words.point) || s.isWord(end + 1, Words.points) {
            end += 2
            return "percentage point"
        }
        if key == Words.basis, s.isWord(end + 1, Words.point) || s.isWord(end + 1, Words.points) {
            end += 2
            return "basis point"
        }
        if key == Words.bps {
            end += 1
            return "basis point"
        }
        return nil
    }

    /// The noun a figure counts: the next word, or the one after it when the next is a modifier
    /// ("200 business executives", "two senior officials"); "km/h" whole.
    static func countedNoun(_ s: TokenizedSentence, after end: Int) -> String? {
        guard end < s.count, !s.consumed[end], s.tokens[end].kind == .word, !s.tokens[end].capitalized else { return nil }
        let first = s.tokens[end]
        guard !first.lex.flags.contains(.notUnit), first.lex.cardinal < 0, first.lex.month == 0, first.lex.multiplier == 0 else { return nil }
        if s.isSymbol(end + 1, "/"), s.isJoined(end + 1), end + 2 < s.count, s.tokens[end + 2].kind == .word, s.isJoined(end + 2) {
            return s.text(end, end + 2).lowercased()
        }
        // A hyphenated modifier is one word: "46 hand-drawn coastal charts".
        var last = end
        while s.isSymbol(last + 1, "-"), s.isJoined(last + 1), last + 2 < s.count, s.tokens[last + 2].kind == .word, s.isJoined(last + 2) { last += 2 }
        let word = s.text(end, last).lowercased()
        func plural(_ w: String) -> Bool { w.hasSuffix("s") && !w.hasSuffix("ss") }
        guard !plural(word) || last > end else { return word }
        // Up to one more modifier before the counted noun, two after a hyphenated one.
        var k = last + 1
        for _ in 0..<(last > end ? 2 : 1) {
            guard k < s.count, !s.tokens[k].joined, s.tokens[k].kind == .word, !s.consumed[k] else { break }
            let next = s.tokens[k]
            guard !next.capitalized, !next.lex.flags.contains(.notUnit), next.end - next.start > 3, next.lex.timeUnit == nil else { break }
            let candidate = s.lowercased(k)
            if plural(candidate) { return candidate }
            k += 1
        }
        return word
    }
}
