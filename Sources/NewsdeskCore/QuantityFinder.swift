/// Finds the figures of a sentence: counts, money, percentages, ranges, ratios and ordinals.
///
/// Runs after `DateFinder`, over the tokens it left. Grammar, left to right:
/// `[qualifier] [currency] figure [scale…] [range] [percent | currency word | counted noun]`, where a
/// figure is digits ("1,200.5", "350bn", "21st") or words ("nine", "twenty-five", "two dozen",
/// "a quarter", "half a million"). Not figures: numbers glued to names ("G20", "F-35", "Boeing 737",
/// "No. 10"), sports scores ("won 3-1"), clock times (claimed by the date finder).
enum QuantityFinder {
    /// A figure before its unit: the value and where it ends.
    struct Figure {
        var value: Double
        /// Index of the first token after the figure.
        var next: Int
        var currency: String?
        /// A scale word was applied ("million"), so a bare low end of a range takes the same scale.
        var scale: Double = 1
        var isOrdinal = false
        var isFraction = false
        var unit: String?
    }

    /// A qualifier phrase of up to three words, stored inline: the table is plain values, so walking
    /// it for every qualifier-start word ("a", "in", "some") retains and copies nothing.
    struct QualifierPhrase {
        var first: WordKey
        var second: WordKey
        var third: WordKey
        var count: Int
        var qualifier: Quantity.Qualifier
    }

    static let qualifierPhrases: [QualifierPhrase] = {
        let list: [(String, Quantity.Qualifier)] = [
            ("more than", .atLeast), ("over", .atLeast), ("above", .atLeast), ("at least", .atLeast), ("upwards of", .atLeast),
            ("in excess of", .atLeast), ("exceeding", .atLeast), ("just over", .atLeast), ("greater than", .atLeast),
            ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast), ("well over", .atLeast),
            ("nearly", .atMost), ("almost", .atMost), ("up to", .atMost), ("less than", .atMost), ("fewer than", .atMost),
            ("under", .atMost), ("below", .atMost), ("just under", .atMost), ("at most", .atMost), ("no more than", .atMost),
            ("as many as", .atMost), ("as much as", .atMost), ("a maximum of", .atMost), ("just shy of", .atMost),
            ("about", .about), ("around", .about), ("roughly", .about), ("approximately", .about), ("some", .about),
            ("an estimated", .about), ("estimated", .about), ("close to", .about), ("circa", .about), ("approx", .about),
            ("more or less", .about),
        ]
        return list.map { phrase, qualifier in
            let words = phrase.split(separator: " ").map { WordKey(String($0))! }
            precondition(words.count <= 3, "qualifier phrases hold at most three words")
            return QualifierPhrase(
                first: words[0], second: words.count > 1 ? words[1] : words[0], third: words.count > 2 ? words[2] : words[0],
                count: words.count, qualifier: qualifier)
        }
        .sorted { $0.count > $1.count }
    }()

    static var qualifierStarts: [String] {
        ["more", "over", "above", "at", "upwards", "in", "exceeding", "just", "greater", "no", "a", "well", "nearly",
         "almost", "up", "less", "fewer", "under", "below", "as", "about", "around", "roughly", "approximately", "some",
         "an", "estimated", "close", "circa", "approx", "on"]
    }

    /// Matches a qualifier phrase at `i`: its qualifier and length in tokens.
    static func qualifier(_ s: TokenizedSentence, at i: Int) -> (Quantity.Qualifier, Int)? {
        guard let lex = s.lex(i), lex.flags.contains(.qualifierStart), let key = s.tokens[i].key else { return nil }
        return qualifierPhrases.withUnsafeBufferPointer { phrases in
            for phrase in phrases where phrase.first == key && i + phrase.count <= s.count {
                if phrase.count > 1 && !s.isWord(i + 1, phrase.second) { continue }
                if phrase.count > 2 && !s.isWord(i + 2, phrase.third) { continue }
                return (phrase.qualifier, phrase.count)
            }
            return nil
        }
    }

    /// The percent word or sign right after token `index`, without consuming it.
    static func suffixUnitAhead(_ s: TokenizedSentence, _ index: Int) -> String? {
        var end = index
        return suffixUnit(s, at: &end)
    }

    /// The figures of the sentence, in order.
    static func find(in s: inout TokenizedSentence) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < s.count {
            if s.consumed[i] || s.tokens[i].kind == .symbol && !isCurrencySymbol(s.tokens[i].symbol) {
                i += 1
                continue
            }
            if let (quantity, next) = parse(&s, at: i) {
                if let quantity { result.append(quantity) }
                s.consume(i, next - 1)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    /// One quantity starting at `start`; a nil quantity with an index means "skip these tokens" (a score).
    static func parse(_ s: inout TokenizedSentence, at start: Int) -> (Quantity?, Int)? {
        var j = start
        var qualifier = Quantity.Qualifier.exact
        var between = false
        if let (q, length) = Self.qualifier(s, at: j) {
            qualifier = q
            j += length
        } else if s.isWord(j, Words.between) {
            between = true
            j += 1
        }
        guard j < s.count, !s.consumed[j], var first = figure(s, at: j) else { return nil }
        var end = first.next
        var low: Double?
        var high: Double?
        var unit = first.unit ?? suffixUnit(s, at: &end)
        // "one in five": a ratio.
        if !first.isOrdinal, !first.isFraction, unit == nil, s.isWord(end, Words.in_), let second = figure(s, at: end + 1),
            second.value > 0, !second.isOrdinal, !second.isFraction, second.currency == nil, first.value < second.value
        {
            first.value /= second.value
            first.isFraction = true
            end = second.next
        }
        // Ranges: "between 3 and 5", "10 to 15", "10-15%", "$3bn-$5bn".
        let joiner = end
        let isDashJoin = joiner < s.count && s.tokens[joiner].isDash
            && (s.tokens[joiner].joined || s.tokens[joiner].symbol != "-")
        let isToJoin = s.isWord(joiner, Words.to) && !s.isWord(start - 1, Words.from)
        if !first.isOrdinal, !first.isFraction,
            between ? s.isWord(joiner, Words.and) : (isDashJoin || isToJoin),
            joiner + 1 < s.count, !s.consumed[joiner + 1], let second = figure(s, at: joiner + 1, rangeEnd: true), !second.isOrdinal, !second.isFraction
        {
            var lo = first.value
            if first.scale == 1, second.scale > 1, first.currency == nil || first.currency == second.currency { lo *= second.scale }
            // "rose 7.5% to 10,320 won", "4 percentage points to 41 percent": a change, not a range.
            let sameUnit = (unit == nil || unit == second.unit || second.unit == nil && suffixUnitAhead(s, second.next) == unit)
                && (first.currency == nil || second.currency == nil || first.currency == second.currency)
                && !(unit != nil && first.currency == nil && second.currency != nil)
            if lo < second.value, sameUnit {
                low = lo
                high = second.value
                end = second.next
                if first.currency == nil { first.currency = second.currency }
                unit = second.unit ?? suffixUnit(s, at: &end) ?? unit
            } else if isDashJoin, s.tokens[joiner].symbol == "-", first.currency == nil, second.currency == nil, unit == nil {
                // "won 3-1": a score, not a quantity.
                return (nil, second.next)
            }
        } else if between {
            return nil
        }
        if first.isOrdinal {
            unit = "ordinal"
        } else if unit == nil, let currency = first.currency {
            unit = currency
        } else if unit == nil, !first.isFraction {
            unit = countedNoun(s, after: end)
        }
        let endToken = end - 1
        var quantity = Quantity(text: s.text(start, endToken), start: s.tokens[start].scalarStart, end: s.tokens[endToken].scalarEnd,
                                unit: unit, qualifier: qualifier)
        if let low, let high {
            quantity.low = low
            quantity.high = high
        } else {
            quantity.value = first.value
        }
        return (quantity, end)
    }
}
