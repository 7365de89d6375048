import NewsdeskCore

/// Checks sentences against the sources they cite: every figure, date, name and quote must be
/// found there, with the same polarity, and the sentence's content words must be covered.
///
/// ```swift
/// let verdict = Verifier().verify("Lee signed 15 agreements.", against: [SourceIndex(text: source)])
/// ```
public struct Verifier: Sendable {
    /// No tunable thresholds yet: every content word must be accounted for by the aligned passage.
    public struct Options: Sendable {
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The verdict on one sentence against the sources it cites (each numbered for the evidence).
    ///
    /// The sentence is aligned with the run of one to three consecutive source sentences that
    /// covers most of its words. Every word it adds to that passage must be accounted for, and
    /// no negation, hedge or qualifier of the passage may be dropped: a changed figure, date, name,
    /// unit or title shows up as an added word, "could" stated as "will" as both.
    public func verify(_ sentence: String, against sources: [(number: Int, index: SourceIndex)]) -> SentenceVerdict {
        verify(sentence, against: sources, cutShort: false)
    }

    /// `cutShort`: the sentence is a source sentence's beginning, ended with "…" on purpose, so
    /// what follows its last word in the source is not a dropped qualifier.
    func verify(_ sentence: String, against sources: [(number: Int, index: SourceIndex)], cutShort: Bool) -> SentenceVerdict {
        guard !sources.isEmpty else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["the sentence cites no source"])
        }
        let claim = ComparableText.tokens(sentence)
        let claimFunction = claim.map { Self.functionWords.contains($0.key) }
        guard claimFunction.contains(false) else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["the sentence has no checkable content"])
        }
        // The claim's words as each source numbers them, looked up once per source.
        let keys = claim.map(\.key)
        let claimIDs = sources.map { $0.index.ids(of: keys) }
        let candidates = candidatePassages(claimIDs: claimIDs, isFunction: claimFunction, in: sources)
        guard !candidates.isEmpty else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["no source sentence shares its words"])
        }
        // Of the passages that cover the sentence best, the one that accounts for most of it decides.
        var best: SentenceVerdict?
        for passage in candidates {
            let verdict = check(
                sentence, claim: claim, claimIDs: claimIDs[passage.source], claimFunction: claimFunction, passage: passage,
                sources: sources, cutShort: cutShort)
            if verdict.status == .supported { return verdict }
            if best == nil || verdict.reasons.count < best!.reasons.count { best = verdict }
        }
        return best!
    }

    private func check(
        _ sentence: String, claim: [ComparableText.Token], claimIDs: [Int32], claimFunction: [Bool], passage: Passage,
        sources: [(number: Int, index: SourceIndex)], cutShort: Bool
    ) -> SentenceVerdict {
        let index = sources[passage.source].index
        let range = passage.tokenRange
        let passageIDs = index.ids[range]
        let passageFunction = range.map { index.kinds[Int(index.ids[$0])].isFunction }
        var reasons: [String] = []
        var contradicted = false
        var reported = Set<String>()
        let passageContext = Self.contexts(Array(passageIDs), isFunction: passageFunction)
        let claimContext = Self.contexts(claimIDs, isFunction: claimFunction)
        for position in claim.indices where !claimFunction[position] {
            let token = claim[position]
            let id = claimIDs[position]
            let found: Bool
            if Self.isSignificant(token) {
                // A figure, name, date, unit or qualifier must stand where the source has it: next to
                // at least one of the same words ("3" after "Blackhawks", "not" before "realize").
                // Each side where the sentence has a neighbour must match the source's.
                let mine = claimContext[position]
                found = passageContext.indices.contains { j in
                    passageIDs[range.lowerBound + j] == id
                        && (mine.previous == Self.none || mine.previous == passageContext[j].previous)
                        && (mine.next == Self.none || mine.next == passageContext[j].next)
                }
            } else {
                found = passageIDs.contains(id)
            }
            if !found, reported.insert(token.key).inserted {
                let (reason, conflicts) = describeAddition(token, passage: index.tokens[range])
                reasons.append(reason)
                contradicted = contradicted || conflicts
            }
        }
        // Words of the aligned stretch that change what it claims, and that the sentence left out.
        let contentIDs = claimIDs.indices.filter { !claimFunction[$0] }.map { claimIDs[$0] }
        let matched = Self.alignedPositions(contentIDs, Array(passageIDs))
        if var first = matched.first, var last = matched.last {
            let starts = index.sentenceStarts[range]
            func qualifierOrFunction(_ offset: Int) -> Bool {
                let kind = index.kinds[Int(passageIDs[range.lowerBound + offset])]
                return kind.isQualifier || kind.isFunction
            }
            // "More than 200", "not" before the first word: qualifiers right outside the stretch count too.
            // The stretch never grows across a sentence boundary: the next sentence's "Only" is not this one's.
            for _ in 0..<2 where first > 0 && !starts[range.lowerBound + first] && qualifierOrFunction(first - 1) {
                first -= 1
            }
            for _ in 0..<2 where !cutShort && last + 1 < range.count && !starts[range.lowerBound + last + 1]
                && qualifierOrFunction(last + 1)
            {
                last += 1
            }
            var dropped = Set<Int32>()
            for offset in first...last {
                let id = passageIDs[range.lowerBound + offset]
                guard index.kinds[Int(id)].isQualifier, !claimIDs.contains(id), dropped.insert(id).inserted else { continue }
                reasons.append("the source says “\(index.tokens[range.lowerBound + offset].text)” here, which the sentence leaves out")
                contradicted = true
            }
        }
        for quote in QuoteText.quotes(in: sentence) {
            let keys = ComparableText.tokens(quote).map(\.key)
            if !sources.contains(where: { $0.index.containsRun(keys) }) {
                reasons.append("quote “\(quote)” is not found word for word in the cited sources")
            }
        }
        let text = index.sentences[passage.sentences].map(\.text).joined(separator: " ")
        let evidence = [Evidence(sourceNumber: passage.number, text: text)]
        if reasons.isEmpty { return SentenceVerdict(sentence: sentence, status: .supported, evidence: evidence) }
        return SentenceVerdict(sentence: sentence, status: contradicted ? .contradicted : .unsupported, reasons: reasons, evidence: evidence)
    }

    /// A headline or description of the form "Keyphrase: statement…": the keyphrase is a label whose
    /// every word must occur in the sources; the statement (a source's words, perhaps cut short) is
    /// checked like any sentence.
    func verifyLabelled(_ text: String, keyphrase: String, against sources: [(number: Int, index: SourceIndex)]) -> SentenceVerdict {
        var statement = text
        var reasons: [String] = []
        if text.hasPrefix(keyphrase) {
            for word in Tokenizer.words(in: keyphrase) where !sources.contains(where: { $0.index.uses(String(word)) }) {
                reasons.append("keyphrase word “\(word)” is not in the sources")
            }
            statement = String(text.dropFirst(keyphrase.count))
            while let first = statement.first, first == ":" || first == " " { statement.removeFirst() }
        }
        let cutShort = statement.hasSuffix("…")
        if cutShort { statement.removeLast() }
        guard !statement.isEmpty else {
            return SentenceVerdict(sentence: text, status: reasons.isEmpty ? .supported : .unsupported, reasons: reasons)
        }
        var verdict = verify(statement, against: sources, cutShort: cutShort)
        verdict.sentence = text
        verdict.reasons = reasons + verdict.reasons
        if !reasons.isEmpty, verdict.status == .supported { verdict.status = .unsupported }
        return verdict
    }

    /// Positions in `passage` of a longest common subsequence with `claim` (the claim's content
    /// words): the stretch of the source the sentence actually follows.
    static func alignedPositions(_ claim: [Int32], _ passage: [Int32]) -> [Int] {
        let n = claim.count, m = passage.count
        guard n > 0, m > 0, n * m <= 4_000_000 else { return [] }
        // table[i * width + j]: the longest common subsequence of claim[i...] and passage[j...].
        let width = m + 1
        var table = [UInt16](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] = claim[i] == passage[j]
                    ? table[(i + 1) * width + j + 1] &+ 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var positions: [Int] = []
        var i = 0, j = 0
        while i < n, j < m {
            if claim[i] == passage[j], table[i * width + j] == table[(i + 1) * width + j + 1] &+ 1 {
                positions.append(j)
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return positions
    }

    /// No neighbouring content word.
    static let none = Int32.min

    /// The nearest content words before and after each token (function words skipped), as ids.
    static func contexts(_ ids: [Int32], isFunction: [Bool]) -> [(previous: Int32, next: Int32)] {
        var result = Array(repeating: (previous: none, next: none), count: ids.count)
        var last = none
        for i in ids.indices {
            result[i].previous = last
            if !isFunction[i] { last = ids[i] }
        }
        last = none
        for i in ids.indices.reversed() {
            result[i].next = last
            if !isFunction[i] { last = ids[i] }
        }
        return result
    }

    static func isSignificant(_ token: ComparableText.Token) -> Bool {
        token.isNumber || token.isCapitalised || qualifiers.contains(token.key) || hedgeWords.contains(token.key)
            || dateWords.contains(token.key) || unitWords.contains(token.key) || roleWords.contains(token.key)
    }

    /// A run of consecutive sentences of one source.
    struct Passage {
        /// Position of the source in the list the verifier was given, and its citation number.
        var source: Int
        var number: Int
        var sentences: ClosedRange<Int>
        var tokenRange: Range<Int>
        var covered: Int
    }

    /// Runs of up to three consecutive sentences of one source that contain most of the claim's
    /// words, best first: the few with the highest coverage (shorter first on ties).
    /// `claimIDs`: the claim's tokens as each source numbers them; `isFunction`: which of them are
    /// function words, which do not count.
    func candidatePassages(
        claimIDs: [[Int32]], isFunction: [Bool], in sources: [(number: Int, index: SourceIndex)]
    ) -> [Passage] {
        var all: [Passage] = []
        for (position, source) in sources.enumerated() {
            let index = source.index
            let sentences = index.sentences
            // Marks of the claim's words in this source's vocabulary, and a stamp per passage so a
            // word shared by two of its sentences counts once.
            var wanted = [Bool](repeating: false, count: index.kinds.count)
            for (id, function) in zip(claimIDs[position], isFunction) where !function && id >= 0 { wanted[Int(id)] = true }
            var stamp = [Int](repeating: -1, count: index.kinds.count)
            let overlaps = sentences.map { sentence in sentence.distinctIDs.reduce(0) { $0 + (wanted[Int($1)] ? 1 : 0) } }
            let seeds = overlaps.indices.sorted { overlaps[$0] != overlaps[$1] ? overlaps[$0] > overlaps[$1] : $0 < $1 }.prefix(3)
            for seed in seeds where overlaps[seed] > 0 {
                for start in max(0, seed - 2)...seed {
                    for end in seed...min(sentences.count - 1, start + 2) {
                        if all.contains(where: { $0.source == position && $0.sentences == start...end }) { continue }
                        var covered = 0
                        for i in start...end {
                            for id in sentences[i].distinctIDs where wanted[Int(id)] && stamp[Int(id)] != all.count {
                                stamp[Int(id)] = all.count
                                covered += 1
                            }
                        }
                        all.append(Passage(
                            source: position, number: source.number, sentences: start...end,
                            tokenRange: sentences[start].tokenRange.lowerBound..<sentences[end].tokenRange.upperBound,
                            covered: covered))
                    }
                }
            }
        }
        guard let top = all.map(\.covered).max() else { return [] }
        return all.filter { $0.covered == top }.sorted { $0.tokenRange.count < $1.tokenRange.count }.prefix(6).map { $0 }
    }

    /// Names what kind of fact an added word changes, and whether the passage states a rival value.
    private func describeAddition(_ token: ComparableText.Token, passage: ArraySlice<ComparableText.Token>) -> (String, Bool) {
        if passage.contains(where: { $0.key == token.key }) {
            return ("“\(token.text)” is in the cited source, but not in this context", token.isNumber || Self.qualifiers.contains(token.key))
        }
        if token.isNumber {
            let rival = passage.contains { $0.isNumber }
            return ("figure “\(token.text)” is not in the cited source\(rival ? ", which gives a different figure" : "")", rival)
        }
        if Self.dateWords.contains(token.key) {
            return ("date “\(token.text)” is not in the cited source", passage.contains { Self.dateWords.contains($0.key) })
        }
        if Self.unitWords.contains(token.key) {
            return ("unit “\(token.text)” is not what the cited source says", true)
        }
        if Self.hedgeWords.contains(token.key) || Self.qualifiers.contains(token.key) {
            return ("“\(token.text)” changes how certain the cited source is", true)
        }
        if Self.roleWords.contains(token.key) {
            return ("title “\(token.text)” is not what the cited source says", true)
        }
        if token.isCapitalised {
            return ("name “\(token.text)” is not in the cited source", false)
        }
        return ("“\(token.text)” is not in the cited source", false)
    }

    /// Words a careful rewrite may add or drop without changing a claim.
    static let functionWords: Set<String> = Set([
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "that", "which", "who", "with", "by",
        "as", "from", "its", "it", "their", "his", "her", "this", "these", "those", "be", "is", "are", "was",
        "were", "been", "has", "have", "had", "also", "there", "so", "but", "however", "meanwhile", "say",
        "he", "she", "they", "we", "i", "you", "our", "my", "into", "than", "then", "while", "when",
    ].map { ComparableText.tokens($0).first?.key ?? $0 })

    static func keys(_ words: [String]) -> Set<String> { Set(words.map { ComparableText.tokens($0).first?.key ?? $0 }) }

    /// Words whose loss turns a hedged, negated or approximate statement into a flat one.
    static let qualifiers: Set<String> = keys([
        "not", "no", "never", "reportedly", "allegedly", "could", "may", "might", "would", "should", "can",
        "plans", "planned", "planning", "expected", "expects", "potential", "suspected", "possible", "possibly",
        "likely", "probably", "proposed", "charged", "accused", "alleged", "about", "nearly", "almost",
        "approximately", "around", "roughly", "estimated", "least", "more", "less", "fewer", "up", "over", "under",
        "only", "unconfirmed", "apparently", "seemingly", "considering", "considered", "weighing", "seeking",
    ])
    static let hedgeWords: Set<String> = keys([
        "will", "would", "could", "may", "might", "must", "confirmed", "convicted", "definitely", "certainly",
        "always", "did", "does", "completed", "finished",
    ])
    static let dateWords: Set<String> = keys([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tomorrow", "week", "month", "year",
    ])
    static let unitWords: Set<String> = keys([
        "$", "€", "£", "¥", "₩", "₹", "percent", "percentage", "points", "point", "million", "billion", "trillion",
        "thousand", "dollars", "euros", "pounds", "yen", "won", "yuan", "days", "weeks", "months", "years", "hours",
        "minutes", "seconds", "miles", "kilometers", "kilometres", "km", "meters", "metres", "feet", "kg",
        "kilograms", "pounds", "tons", "tonnes", "mph", "kph", "liters", "litres", "gallons", "degrees",
    ])
    static let roleWords: Set<String> = keys([
        "president", "minister", "prime", "governor", "gov", "senator", "sen", "rep", "representative", "mayor",
        "ceo", "cto", "cfo", "coo", "chairman", "chair", "director", "secretary", "chancellor", "king", "queen",
        "judge", "general", "attorney", "chief", "head", "leader", "spokesman", "spokeswoman", "founder",
        "manager", "coach", "captain", "professor", "dr", "ambassador", "commissioner", "vice", "deputy",
    ])

    /// Verifies every sentence of a brief, plus its headline and meta description against all its sources.
    public func verify(_ brief: Brief, sources: [Int: SourceIndex]) -> VerificationReport {
        var verdicts: [SentenceVerdict] = []
        for sentence in brief.allSentences + brief.timeline.map(\.sentence) {
            let cited = sentence.citations.compactMap { number in sources[number].map { (number: number, index: $0) } }
            verdicts.append(verify(sentence.text, against: cited))
        }
        let everything = sources.sorted { $0.key < $1.key }.map { (number: $0.key, index: $0.value) }
        for (label, text) in [("headline", brief.headline), ("meta description", brief.metaDescription)] {
            var verdict = verifyLabelled(text, keyphrase: brief.keyphrase, against: everything)
            if verdict.status != .supported {
                verdict.reasons = verdict.reasons.map { "\(label): \($0)" }
                verdicts.append(verdict)
            }
        }
        return VerificationReport(verdicts: verdicts, sourceCount: Set(brief.sources.filter { $0.via == nil }.map(\.outlet)).count)
    }
}
