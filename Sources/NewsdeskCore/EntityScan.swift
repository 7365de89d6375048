/// The working state of one recognition: tokens, their word classes and the names found so far.
struct EntityScan {
    typealias Role = EntityLexicon.Role

    let bytes: [UInt8]
    let tokens: [EntityToken]
    let options: EntityRecognizer.Options
    let roleCache: EntityRoleCache
    var entities: [NamedEntity] = []
    /// For each entity, the token indices of its first and last word.
    var entityTokens: [ClosedRange<Int>] = []
    /// Sentences mostly in capitals: only gazetteer names are read there.
    var shouting: [Bool] = []
    /// Headline-style sentences, nearly every word capitalised: gazetteer names and family names only.
    var headlines: [Bool] = []

    init(bytes: [UInt8], options: EntityRecognizer.Options) {
        self.bytes = bytes
        self.options = options
        tokens = EntityTokenizer.tokens(bytes)
        roleCache = EntityRoleCache(count: tokens.count)
        (shouting, headlines) = Self.sentenceStyles(tokens)
    }

    func key(_ i: Int) -> String { EntityLexicon.key(bytes, tokens[i].start, tokens[i].end) }

    /// Whether token `i` is the lower-case ASCII word `literal`, in any case.
    @inline(__always)
    func isWord(_ i: Int, _ literal: StaticString) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount {
            var c = bytes[t.start + k]
            if c >= 0x41 && c <= 0x5A { c += 32 }
            if c != p[k] { return false }
        }
        return true
    }

    /// The gazetteer entry of token `i`.
    func gazetteer(_ i: Int) -> Gazetteer.Entry? { Gazetteer.lookup(bytes, tokens[i].start, tokens[i].end) }
    func roles(_ i: Int) -> Role {
        roleCache.roles(i) {
            let t = tokens[i]
            let r = EntityLexicon.roles(bytes, t.start, t.end)
            // "Director-General", "President-elect": a hyphenated word whose first part is a title.
            if r.isEmpty, t.kind == .word, let dash = bytes[t.start..<t.end].firstIndex(of: 0x2D),
                EntityLexicon.roles(bytes, t.start, dash).contains(.title)
            {
                return .title
            }
            return r
        }
    }

    /// Whether token `i` is a word that can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.capitalised), !t.flags.contains(.ideograph) else { return false }
        if t.flags.contains(.allCaps) {
            // "IMF", "NATO", "UNESCO"; longer words in capitals are shouting ("BREAKING").
            return t.length <= 6 || gazetteer(i) != nil
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
                    afterOf = isWord(next[0], "of") || isWord(next[0], "for")
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
            guard isWord(j, "people")
                || (isNameWord(j + 1) && !roles(j + 1).isDisjoint(with: .nameSuffix)
                    && gazetteer(j) == nil)
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
            guard !t.flags.contains(.capitalised), !t.flags.contains(.digit) else { return nil }
            let r = roles(next)
            if r.contains(.particle), next + 2 < tokens.count, tokens[next + 1].kind == .word,
                !tokens[next + 1].flags.contains(.capitalised), roles(next + 1).contains(.particle), isNameWord(next + 2)
            {
                // "Ursula von der Leyen": two particles in a row.
                return [next, next + 1, next + 2]
            }
            guard isNameWord(next + 1), !tokens[next + 1].flags.contains(.sentenceInitial) else { return nil }
            if r.contains(.particle) { return [next, next + 1] }
            if (isWord(next, "of") || isWord(next, "for")) && roles(j).contains(.ofHead) { return [next, next + 1] }
            // "Organisation for Economic Co-operation and Development": "and" inside a name with "of"/"for".
            if afterOf && isWord(next, "and") { return [next, next + 1] }
            return nil
        }
        if t.kind == .punct && t.start == last.end {
            if t.mark == 0x2E {
                // "John F. Kennedy", "Mr. Lee", "Dr. Park": the period of an initial or a title.
                let initial = last.length == 1 && EntityTokenizer.isASCIIUpper(bytes[last.start])
                let title = (roles(j).contains(.title) && EntityLexicon.nonTerminalAbbreviations.contains(key(j)))
                    || isWord(j, "st") || isWord(j, "jr") || isWord(j, "sr")
                if (initial || title) && isNameWord(next + 1) { return [next + 1] }
            } else if t.mark == 0x26, isNameWord(next + 1) {
                return [next + 1]
            }
        }
        return nil
    }

    /// Sentences mostly in capitals (more than half the words), and headlines (five words or more, at
    /// least three in four capitalised).
    private static func sentenceStyles(_ tokens: [EntityToken]) -> ([Bool], [Bool]) {
        let count = Int(tokens.last?.sentence ?? 0) + 1
        var result = [Bool](repeating: false, count: count)
        var headlines = [Bool](repeating: false, count: count)
        var sentence: Int32 = -1
        var words = 0
        var caps = 0
        var capitalised = 0
        var endsWithMark = false
        func close() {
            guard sentence >= 0 else { return }
            if words >= 3 && caps * 2 > words { result[Int(sentence)] = true }
            if words >= 5 && capitalised * 4 >= words * 3 && !endsWithMark { headlines[Int(sentence)] = true }
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
            guard isWord(a.upperBound + 1, "and") || isWord(a.upperBound + 1, "or") else { continue }
            if entities[index].kind == .other && entities[index - 1].kind != .other {
                entities[index].kind = entities[index - 1].kind
            } else if entities[index - 1].kind == .other && entities[index].kind != .other {
                entities[index - 1].kind = entities[index].kind
            }
        }
        var personWords: [Int] = []
        for (e, span) in zip(entities, entityTokens) where e.kind == .person && span.count > 1 {
            personWords.append(span.lowerBound)
            personWords.append(span.upperBound)
        }
        guard !personWords.isEmpty else { return }
        for index in entities.indices where entities[index].kind == .other {
            let span = entityTokens[index]
            guard span.count == 1 else { continue }
            let t = tokens[span.lowerBound]
            let word = bytes[t.start..<t.end]
            if personWords.contains(where: { bytes[tokens[$0].start..<tokens[$0].end].elementsEqual(word) }) {
                entities[index].kind = .person
            }
        }
    }
}
