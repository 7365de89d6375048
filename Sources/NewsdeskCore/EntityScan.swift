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

    init(bytes: [UInt8], options: EntityRecognizer.Options) {
        self.bytes = bytes
        self.options = options
        tokens = EntityTokenizer.tokens(bytes)
        shouting = Self.shoutingSentences(tokens)
    }

    func key(_ i: Int) -> String { EntityLexicon.key(bytes, tokens[i].start, tokens[i].end) }
    func roles(_ i: Int) -> Role { EntityLexicon.roles(key(i)) }

    /// Whether token `i` is a word that can be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.capitalised), !t.flags.contains(.ideograph) else { return false }
        if t.flags.contains(.allCaps) && t.length <= 6 { return true }
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
            while run.count < options.maxRunWords, let next = continuation(after: j) {
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
        return true
    }

    /// The token indices that carry a run on after token `j`: a capitalised word, or a particle, "of",
    /// "&" or an initial's period followed by one.
    private func continuation(after j: Int) -> [Int]? {
        let last = tokens[j]
        if last.flags.contains(.possessive) && key(j) != "people" { return nil }
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
            guard t.flags.isDisjoint(with: [.capitalised, .digit]), isNameWord(next + 1),
                !tokens[next + 1].flags.contains(.sentenceInitial)
            else { return nil }
            let r = roles(next)
            if r.contains(.particle) { return [next, next + 1] }
            let k = key(next)
            if (k == "of" || k == "for") && roles(j).contains(.ofHead) { return [next, next + 1] }
            return nil
        }
        if t.kind == .punct && t.start == last.end {
            if t.mark == 0x2E {
                // "John F. Kennedy", "Mr. Lee", "Dr. Park": the period of an initial or a title.
                let initial = last.length == 1 && EntityTokenizer.isASCIIUpper(bytes[last.start])
                let title = roles(j).contains(.title) && EntityLexicon.nonTerminalAbbreviations.contains(key(j))
                if (initial || title) && isNameWord(next + 1) { return [next + 1] }
            } else if t.mark == 0x26, isNameWord(next + 1) {
                return [next + 1]
            }
        }
        return nil
    }

    private static func shoutingSentences(_ tokens: [EntityToken]) -> Set<Int32> {
        var result: Set<Int32> = []
        var sentence: Int32 = -1
        var words = 0
        var caps = 0
        func close() {
            if words >= 3 && caps * 2 > words { result.insert(sentence) }
        }
        for t in tokens where t.kind == .word && !t.flags.contains(.digit) {
            if t.sentence != sentence {
                close()
                sentence = t.sentence
                words = 0
                caps = 0
            }
            words += 1
            if t.flags.contains(.allCaps) || (t.length == 1 && t.flags.contains(.capitalised)) { caps += 1 }
        }
        close()
        return result
    }

    /// A one-word name that is a word of a person's full name in the same text is that person: "Lee"
    /// after "Lee Jae-myung", "Macron" after "Emmanuel Macron".
    private mutating func promoteSurnames() {
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
