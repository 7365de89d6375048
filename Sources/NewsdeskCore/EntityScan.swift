/// The working state of one recognition: tokens, their word classes and the names found so far.
struct EntityScan {
    typealias Role = EntityLexicon.Role

    let bytes: [UInt8]
    let tokens: [EntityToken]
    let options: EntityRecognizer.Options
    var entities: [NamedEntity] = []
    /// For each entity, the token indices of its first and last word.
    var entityTokens: [ClosedRange<Int>] = []
    /// Sentences mostly in capitals: only gazetteer names are read there.
    var shouting: Set<Int32> = []
    /// Headline-style sentences, nearly every word capitalised: gazetteer names and family names only.
    var headlines: Set<Int32> = []

    init(bytes: [UInt8], options: EntityRecognizer.Options) {
        self.bytes = bytes
        self.options = options
        tokens = EntityTokenizer.tokens(bytes)
        (shouting, headlines) = Self.sentenceStyles(tokens)
    }

    func key(_ i: Int) -> String { EntityLexicon.key(bytes, tokens[i].start, tokens[i].end) }
    func roles(_ i: Int) -> Role {
        let k = key(i)
        let r = EntityLexicon.roles(k)
        // "Director-General", "President-elect": a hyphenated word whose first part is a title.
        if r.isEmpty, let dash = k.firstIndex(of: "-") {
            let head = EntityLexicon.roles(String(k[..<dash]))
            if head.contains(.title) { return .title }
        }
        return r
    }

    /// Whether token `i` is a word that can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.capitalised), !t.flags.contains(.ideograph) else { return false }
        if t.flags.contains(.allCaps) {
            // "IMF", "NATO", "UNESCO"; longer words in capitals are shouting ("BREAKING").
            return t.length <= 6 || Gazetteer.lookup(key(i)) != nil
        }
        let r = roles(i)
        return !r.contains(.function) && !r.contains(.weekday)
    }

    mutating func findEntities() {
        var i = 0
        let n = tokens.count
        while i < n {
            guard isNameWord(i), !isDateMonth(i) else {
                i += 1
                continue
            }
            var run = [i]
            var j = i
            var afterOf = false
            while run.count < options.maxRunWords, let next = continuation(after: j, afterOf: afterOf) {
                if next.count == 2 && !afterOf {
                    let k = key(next[0])
                    afterOf = k == "of" || k == "for"
                }
                run.append(contentsOf: next)
                j = next.last!
            }
            process(run)
            i = j + 1
        }
        promoteSurnames()
    }

    /// A month name opens no name ("May", "March"), though it may end one ("Theresa May").
    private func isDateMonth(_ i: Int) -> Bool {
        guard roles(i).contains(.month) else { return false }
        // "May said": a speaker, not a month.
        return !speechFollows(i)
    }

    /// The token indices that carry a run on after token `j`: a capitalised word, or a particle, "of",
    /// "&" or an initial's period followed by one.
    private func continuation(after j: Int, afterOf: Bool) -> [Int]? {
        let last = tokens[j]
        if last.flags.contains(.possessive) {
            // "People's Bank", "St. Peter's Square", "St. Patrick's Day": a possessive inside a name.
            guard key(j) == "people"
                || (isNameWord(j + 1) && !roles(j + 1).isDisjoint(with: [.placeSuffix, .orgSuffix, .eventSuffix])
                    && Gazetteer.lookup(key(j)) == nil)
            else { return nil }
        }
        let next = j + 1
        guard next < tokens.count else { return nil }
        let t = tokens[next]
        if t.kind == .word {
            if isNameWord(next) {
                if roles(next).contains(.month) && next + 1 < tokens.count && tokens[next + 1].flags.contains(.digit) {
                    return nil
                }
                // A quotation's first word never continues a name outside it.
                if t.flags.contains(.sentenceInitial) { return nil }
                return [next]
            }
            guard t.flags.isDisjoint(with: [.capitalised, .digit]) else { return nil }
            let r = roles(next)
            if r.contains(.particle), next + 2 < tokens.count, tokens[next + 1].kind == .word,
                !tokens[next + 1].flags.contains(.capitalised), roles(next + 1).contains(.particle), isNameWord(next + 2)
            {
                // "Ursula von der Leyen": two particles in a row.
                return [next, next + 1, next + 2]
            }
            guard isNameWord(next + 1), !tokens[next + 1].flags.contains(.sentenceInitial) else { return nil }
            if r.contains(.particle) { return [next, next + 1] }
            let k = key(next)
            if (k == "of" || k == "for") && roles(j).contains(.ofHead) { return [next, next + 1] }
            // "Organisation for Economic Co-operation and Development": "and" inside a name with "of"/"for".
            if k == "and" && afterOf { return [next, next + 1] }
            return nil
        }
        if t.kind == .punct && t.start == last.end {
            if t.mark == 0x2E {
                // "John F. Kennedy", "Mr. Lee", "Dr. Park": the period of an initial or a title.
                let initial = last.length == 1 && EntityTokenizer.isASCIIUpper(bytes[last.start])
                let k = key(j)
                let title = (roles(j).contains(.title) && EntityLexicon.nonTerminalAbbreviations.contains(k))
                    || k == "st" || k == "jr" || k == "sr"
                if (initial || title) && isNameWord(next + 1) { return [next + 1] }
            } else if t.mark == 0x26, isNameWord(next + 1) {
                return [next + 1]
            }
        }
        return nil
    }

    /// Sentences mostly in capitals (more than half the words), and headlines (five words or more, at
    /// least three in four capitalised).
    private static func sentenceStyles(_ tokens: [EntityToken]) -> (Set<Int32>, Set<Int32>) {
        var result: Set<Int32> = []
        var headlines: Set<Int32> = []
        var sentence: Int32 = -1
        var words = 0
        var caps = 0
        var capitalised = 0
        var endsWithMark = false
        func close() {
            if words >= 3 && caps * 2 > words { result.insert(sentence) }
            if words >= 5 && capitalised * 4 >= words * 3 && !endsWithMark { headlines.insert(sentence) }
        }
        for t in tokens {
            if t.kind == .punct {
                // Headlines carry no final period: a sentence that ends with one is prose.
                endsWithMark = t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F
                continue
            }
            guard t.kind == .word && !t.flags.contains(.digit) else { continue }
            if t.sentence != sentence {
                close()
                sentence = t.sentence
                words = 0
                caps = 0
                capitalised = 0
            }
            endsWithMark = false
            words += 1
            if t.flags.contains(.capitalised) { capitalised += 1 }
            if t.flags.contains(.allCaps) || (t.length == 1 && t.flags.contains(.capitalised)) { caps += 1 }
        }
        close()
        return (result, headlines)
    }

    /// A one-word name that is a word of a person's full name in the same text is that person: "Lee"
    /// after "Lee Jae-myung", "Macron" after "Emmanuel Macron". A name of unknown kind joined by "and"
    /// or "or" to a name of known kind takes that kind: "between Goma and Bukavu".
    private mutating func promoteSurnames() {
        for index in entities.indices.dropFirst() {
            let (a, b) = (entityTokens[index - 1], entityTokens[index])
            guard b.lowerBound == a.upperBound + 2, tokens[a.upperBound + 1].kind == .word else { continue }
            let k = key(a.upperBound + 1)
            guard k == "and" || k == "or" else { continue }
            if entities[index].kind == .other && entities[index - 1].kind != .other {
                entities[index].kind = entities[index - 1].kind
            } else if entities[index - 1].kind == .other && entities[index].kind != .other {
                entities[index - 1].kind = entities[index].kind
            }
        }
        var personWords: Set<String> = []
        for (e, span) in zip(entities, entityTokens) where e.kind == .person && span.count > 1 {
            personWords.insert(key(span.lowerBound))
            personWords.insert(key(span.upperBound))
        }
        guard !personWords.isEmpty else { return }
        for index in entities.indices where entities[index].kind == .other {
            let span = entityTokens[index]
            if span.count == 1 && personWords.contains(key(span.lowerBound)) { entities[index].kind = .person }
        }
    }
}
