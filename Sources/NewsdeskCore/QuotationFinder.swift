/// Finds direct quotations and their speakers over the tokens and names of one `EntityScan`.
///
/// 1. Quotation marks are paired: curly “…” (and «…», „…“), straight "…" by alternation. A line break
///    inside an open quotation closes it when the next paragraph opens another (a quotation that runs
///    on over paragraphs) and drops it otherwise, so a stray mark costs nothing past its paragraph.
/// 2. The speaker is read after the closing mark (`"…," Lee said`, `"…," said Lee, the …`,
///    `"…," according to Lee`), then before the opening mark (`Lee said: "…"`), then from the
///    quotation just before (`"…," Lee said. "…"`).
/// 3. "he" or "she" stands for the last person named before it when only one person is named in the
///    sentences just before (and outside quotations); otherwise the speaker stays unknown.
struct QuotationFinder {
    let scan: EntityScan
    private let tokens: [EntityToken]
    /// Entity index by the token index of its first and of its last word.
    private let entityStartingAt: [Int: Int]
    private let entityEndingAt: [Int: Int]

    init(scan: EntityScan) {
        self.scan = scan
        tokens = scan.tokens
        var starts: [Int: Int] = [:]
        var ends: [Int: Int] = [:]
        for (index, span) in scan.entityTokens.enumerated() {
            starts[span.lowerBound] = index
            ends[span.upperBound] = index
        }
        entityStartingAt = starts
        entityEndingAt = ends
    }

    private struct Pair {
        var open: Int
        var close: Int
        /// Closed by a line break before a paragraph that opens a new quotation.
        var runsOn: Bool
    }

    func quotations() -> [Quotation] {
        let pairs = pairMarks()
        var result: [Quotation] = []
        var runsOn: [Bool] = []
        var previous: (pair: Pair, speaker: Quotation.Speaker?)?
        let quoted = pairs.map { tokens[$0.open].end..<tokens[$0.close].start }
        for pair in pairs {
            var content = tokens[pair.open].end..<tokens[pair.close].start
            content = trimmed(content)
            guard !content.isEmpty else { continue }
            let words = (pair.open + 1..<pair.close).reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
            var found = speakerAfter(pair, quoted: quoted) ?? speakerBefore(pair, quoted: quoted)
            if found == nil, let (last, speaker) = previous, let speaker, continues(from: last, to: pair) {
                found = (speaker, .continued)
            }
            let endsLikeSpeech = endsWithPunctuation(content)
            guard words >= scan.options.minQuoteWords || (found != nil && endsLikeSpeech) else { continue }
            let quote = Quotation(
                range: content, text: String(decoding: scan.bytes[content], as: UTF8.self), speaker: found?.0,
                attribution: found?.1)
            result.append(quote)
            runsOn.append(pair.runsOn)
            previous = (pair, found?.0)
        }
        // A paragraph that runs on into the next quotation takes that quotation's speaker.
        for index in result.indices.reversed().dropFirst() where runsOn[index] && result[index].speaker == nil {
            if let next = result[index + 1].speaker {
                result[index].speaker = next
                result[index].attribution = .continued
            }
        }
        return result
    }

    /// Step 1: opening and closing marks, paired.
    private func pairMarks() -> [Pair] {
        var pairs: [Pair] = []
        var open: Int?
        let limit = scan.options.maxQuoteBytes
        for i in tokens.indices {
            let t = tokens[i]
            if let o = open, t.start - tokens[o].end > limit { open = nil }
            switch t.kind {
            case .openQuote:
                open = i
            case .closeQuote:
                if let o = open, tokens[o].kind == .openQuote {
                    pairs.append(Pair(open: o, close: i, runsOn: false))
                    open = nil
                }
            case .straightQuote:
                if let o = open {
                    pairs.append(Pair(open: o, close: i, runsOn: false))
                    open = nil
                } else {
                    open = i
                }
            case .newline:
                if let o = open {
                    let next = i + 1 < tokens.count ? tokens[i + 1].kind : .newline
                    if next == .openQuote || next == .straightQuote {
                        pairs.append(Pair(open: o, close: i, runsOn: true))
                    }
                    open = nil
                }
            default:
                break
            }
        }
        return pairs
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        let b = scan.bytes
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x0A || b[lo] == 0x0D || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x0A || b[hi - 1] == 0x0D || b[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    private func endsWithPunctuation(_ range: Range<Int>) -> Bool {
        guard let last = scan.bytes[range].last else { return false }
        // , . ! ? and the last byte of "…" or "—".
        return last == 0x2C || last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6 || last == 0x94
    }

    private func isBoundary(_ t: EntityToken) -> Bool {
        switch t.kind {
        case .newline, .openQuote, .closeQuote, .straightQuote: return true
        case .punct: return t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F || t.mark == 0x3B
        case .word: return false
        }
    }

    private func isSpeechVerb(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.kind == .word && !t.flags.contains(.capitalised) && scan.roles(i).contains(.speech)
    }

    private func isPronoun(_ i: Int) -> Bool {
        scan.isWord(i, "he") || scan.isWord(i, "she")
    }

    private func isAccordingTo(_ i: Int) -> Bool {
        scan.isWord(i, "according") && scan.isWord(i + 1, "to")
    }

    private func speaker(entity index: Int) -> Quotation.Speaker {
        let e = scan.entities[index]
        return Quotation.Speaker(name: e.text, range: e.range, kind: e.kind)
    }

    /// The first entity starting in `lo..<hi`, people first.
    private func firstEntity(in lo: Int, _ hi: Int) -> Int? {
        var any: Int?
        var i = lo
        while i < hi {
            if let e = entityStartingAt[i] {
                if scan.entities[e].kind == .person { return e }
                if any == nil { any = e }
                i = scan.entityTokens[e].upperBound + 1
                continue
            }
            i += 1
        }
        return any
    }

    /// Step 2, after the closing mark.
    private func speakerAfter(_ pair: Pair, quoted: [Range<Int>]) -> (Quotation.Speaker, Quotation.Attribution)? {
        guard !pair.runsOn else { return nil }
        var start = pair.close + 1
        if start < tokens.count, tokens[start].kind == .punct, tokens[start].mark == 0x2C { start += 1 }
        var end = start
        while end < tokens.count, end - start < 24, !isBoundary(tokens[end]) { end += 1 }
        guard start < end else { return nil }
        for v in start..<end {
            if isAccordingTo(v) {
                if let e = firstEntity(in: v + 2, min(end, v + 6)) { return (speaker(entity: e), .accordingTo) }
                return nil
            }
            guard isSpeechVerb(v) else { continue }
            // Subject before the verb: `"…," Lee said`, `"…," Park, a researcher at …, said`.
            if v > start {
                if let e = firstEntity(in: start, v) { return (speaker(entity: e), .after) }
                if let p = (start..<v).first(where: isPronoun) {
                    return resolve(pronoun: p, quoted: quoted).map { ($0, .pronoun) }
                }
                // "the ministry said": a speaker with no name.
                return nil
            }
            // After the verb: `"…," said Lee`, `"…," said Finance Minister Katayama`.
            if let e = firstEntity(in: v + 1, min(end, v + 6)) { return (speaker(entity: e), .after) }
            if v + 1 < end, isPronoun(v + 1) { return resolve(pronoun: v + 1, quoted: quoted).map { ($0, .pronoun) } }
            return nil
        }
        return nil
    }

    /// Step 2, before the opening mark: `Lee said: "…"`, `According to Lee, "…"`.
    private func speakerBefore(_ pair: Pair, quoted: [Range<Int>]) -> (Quotation.Speaker, Quotation.Attribution)? {
        var end = pair.open
        var lo = end
        while lo > 0, end - lo < 24, !isBoundary(tokens[lo - 1]) { lo -= 1 }
        guard lo < end else { return nil }
        if tokens[end - 1].kind == .punct && (tokens[end - 1].mark == 0x3A || tokens[end - 1].mark == 0x2C) { end -= 1 }
        for a in lo..<end where isAccordingTo(a) {
            if let e = firstEntity(in: a + 2, min(end, a + 6)) { return (speaker(entity: e), .accordingTo) }
        }
        // The speech verb nearest the quotation, and the name nearest before it.
        guard let v = (lo..<end).last(where: isSpeechVerb) else { return nil }
        // The nearest person before the verb ("Dr. Okonjo-Iweala, who leads the WTO, said:"), else the
        // nearest name, else a pronoun.
        var nearest: Int?
        var i = v - 1
        while i >= lo {
            if let e = entityEndingAt[i] {
                if scan.entities[e].kind == .person { return (speaker(entity: e), .before) }
                if nearest == nil { nearest = e }
            } else if nearest == nil, isPronoun(i) {
                return resolve(pronoun: i, quoted: quoted).map { ($0, .pronoun) }
            }
            i -= 1
        }
        return nearest.map { (speaker(entity: $0), .before) }
    }

    /// Whether `pair` carries on the quotation `last`: the same paragraph, nothing quoted between, and
    /// at most a short attribution in between.
    private func continues(from last: Pair, to pair: Pair) -> Bool {
        if last.runsOn { return true }
        guard pair.open > last.close, pair.open - last.close <= 40 else { return false }
        for i in (last.close + 1)..<pair.open where tokens[i].kind == .newline { return false }
        return true
    }

    /// Step 3: the one person named in the last few sentences before `p`, outside quotations.
    private func resolve(pronoun p: Int, quoted: [Range<Int>]) -> Quotation.Speaker? {
        let sentence = tokens[p].sentence
        let pronounStart = tokens[p].start
        var people: [Int] = []
        // Entities are in text order: start from the last one before the pronoun (binary search), so
        // that the work per pronoun is bounded by the few sentences searched.
        var lo = 0
        var hi = scan.entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if scan.entities[mid].range.upperBound <= pronounStart { lo = mid + 1 } else { hi = mid }
        }
        var index = lo - 1
        while index >= 0 {
            let e = scan.entities[index]
            let span = scan.entityTokens[index]
            // Sentences count terminal marks and line breaks alike: six is about three sentences back.
            if tokens[span.lowerBound].sentence < sentence - 6 || people.count >= 8 { break }
            if e.kind == .person && !isQuoted(e.range.lowerBound, quoted) { people.append(index) }
            index -= 1
        }
        guard let latest = people.first else { return nil }
        let words = Set(nameKeys(latest))
        var best = latest
        for other in people.dropFirst() {
            let otherWords = nameKeys(other)
            // Two different people named just before: "he" is ambiguous.
            guard otherWords.contains(where: words.contains) else { return nil }
            if otherWords.count > nameKeys(best).count { best = other }
        }
        return speaker(entity: best)
    }

    /// Whether `offset` lies inside one of the quotations, which are sorted and do not overlap.
    private func isQuoted(_ offset: Int, _ quoted: [Range<Int>]) -> Bool {
        var lo = 0
        var hi = quoted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoted[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < quoted.count && quoted[lo].contains(offset)
    }

    private func nameKeys(_ entity: Int) -> [String] {
        scan.entityTokens[entity].compactMap { tokens[$0].kind == .word ? scan.key($0) : nil }
    }
}
