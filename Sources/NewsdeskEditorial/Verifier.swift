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
        let content = claim.filter { !Self.functionWords.contains($0.key) }
        guard !content.isEmpty else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["the sentence has no checkable content"])
        }
        let candidates = candidatePassages(for: content, in: sources)
        guard !candidates.isEmpty else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["no source sentence shares its words"])
        }
        // Of the passages that cover the sentence best, the one that accounts for most of it decides.
        var best: SentenceVerdict?
        for passage in candidates {
            let verdict = check(sentence, claim: claim, content: content, passage: passage, sources: sources, cutShort: cutShort)
            if verdict.status == .supported { return verdict }
            if best == nil || verdict.reasons.count < best!.reasons.count { best = verdict }
        }
        return best!
    }

    private func check(
        _ sentence: String, claim: [ComparableText.Token], content: [ComparableText.Token], passage: Passage,
        sources: [(number: Int, index: SourceIndex)], cutShort: Bool
    ) -> SentenceVerdict {
        var reasons: [String] = []
        var contradicted = false
        let passageKeys = Set(passage.tokens.map(\.key))
        let claimKeys = Set(claim.map(\.key))
        var reported = Set<String>()
        let passageContext = Self.contexts(passage.tokens)
        let claimContext = Self.contexts(claim)
        for (position, token) in claim.enumerated() where !Self.functionWords.contains(token.key) {
            let found: Bool
            if Self.isSignificant(token) {
                // A figure, name, date, unit or qualifier must stand where the source has it: next to
                // at least one of the same words ("3" after "Blackhawks", "not" before "realize").
                // Each side where the sentence has a neighbour must match the source's.
                let mine = claimContext[position]
                found = passage.tokens.indices.contains { j in
                    passage.tokens[j].key == token.key
                        && (mine.previous == nil || mine.previous == passageContext[j].previous)
                        && (mine.next == nil || mine.next == passageContext[j].next)
                }
            } else {
                found = passageKeys.contains(token.key)
            }
            if !found, reported.insert(token.key).inserted {
                let (reason, conflicts) = describeAddition(token, passage: passage.tokens)
                reasons.append(reason)
                contradicted = contradicted || conflicts
            }
        }
        // Words of the aligned stretch that change what it claims, and that the sentence left out.
        let matched = Self.alignedPositions(content.map(\.key), passage.tokens.map(\.key))
        if var first = matched.first, var last = matched.last {
            // "More than 200", "not" before the first word: qualifiers right outside the stretch count too.
            // The stretch never grows across a sentence boundary: the next sentence's "Only" is not this one's.
            for _ in 0..<2 where first > 0 && !passage.sentenceStarts.contains(first)
                && Self.isQualifierOrFunction(passage.tokens[first - 1].key)
            {
                first -= 1
            }
            for _ in 0..<2 where !cutShort && last + 1 < passage.tokens.count && !passage.sentenceStarts.contains(last + 1)
                && Self.isQualifierOrFunction(passage.tokens[last + 1].key)
            {
                last += 1
            }
            var dropped = Set<String>()
            for token in passage.tokens[first...last] where Self.qualifiers.contains(token.key) && !claimKeys.contains(token.key) {
                if dropped.insert(token.key).inserted {
                    reasons.append("the source says “\(token.text)” here, which the sentence leaves out")
                    contradicted = true
                }
            }
        }
        for quote in QuoteText.quotes(in: sentence) {
            let flat = " " + ComparableText.tokens(quote).map(\.key).joined(separator: " ") + " "
            if !sources.contains(where: { $0.index.comparable.contains(flat) }) {
                reasons.append("quote “\(quote)” is not found word for word in the cited sources")
            }
        }
        let evidence = [Evidence(sourceNumber: passage.source, text: passage.text)]
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
            for word in Tokenizer.normalizedWords(in: keyphrase) where !sources.contains(where: { $0.index.words.contains(word) }) {
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

    /// Positions in `passage` of a longest common subsequence with `claim` (content words only):
    /// the stretch of the source the sentence actually follows.
    static func alignedPositions(_ claim: [String], _ passage: [String]) -> [Int] {
        let n = claim.count, m = passage.count
        guard n > 0, m > 0, n * m <= 4_000_000 else { return [] }
        var table = Array(repeating: Array(repeating: UInt16(0), count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = claim[i] == passage[j] && !functionWords.contains(claim[i])
                    ? table[i + 1][j + 1] &+ 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var positions: [Int] = []
        var i = 0, j = 0
        while i < n, j < m {
            if claim[i] == passage[j], !functionWords.contains(claim[i]), table[i][j] == table[i + 1][j + 1] &+ 1 {
                positions.append(j)
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return positions
    }

    /// The nearest content words before and after each token (function words skipped).
    static func contexts(_ tokens: [ComparableText.Token]) -> [(previous: String?, next: String?)] {
        var result = Array(repeating: (previous: String?.none, next: String?.none), count: tokens.count)
        var last: String?
        for i in tokens.indices {
            result[i].previous = last
            if !functionWords.contains(tokens[i].key) { last = tokens[i].key }
        }
        last = nil
        for i in tokens.indices.reversed() {
            result[i].next = last
            if !functionWords.contains(tokens[i].key) { last = tokens[i].key }
        }
        return result
    }

    static func isQualifierOrFunction(_ key: String) -> Bool {
        qualifiers.contains(key) || functionWords.contains(key)
    }

    static func isSignificant(_ token: ComparableText.Token) -> Bool {
        token.isNumber || token.isCapitalised || qualifiers.contains(token.key) || hedgeWords.contains(token.key)
            || dateWords.contains(token.key) || unitWords.contains(token.key) || roleWords.contains(token.key)
    }

    struct Passage {
        var source: Int
        var text: String
        var tokens: [ComparableText.Token]
        var covered: Int
        /// Token positions where a new source sentence begins.
        var sentenceStarts: Set<Int> = []
    }

    /// Runs of up to three consecutive sentences of one source that contain most of the claim's
    /// words, best first: the few with the highest coverage (shorter first on ties).
    func candidatePassages(for content: [ComparableText.Token], in sources: [(number: Int, index: SourceIndex)]) -> [Passage] {
        let wanted = Set(content.map(\.key))
        var all: [Passage] = []
        for source in sources {
            let sentences = source.index.sentences
            let overlaps = sentences.map { $0.keys.intersection(wanted).count }
            let seeds = overlaps.indices.sorted { overlaps[$0] != overlaps[$1] ? overlaps[$0] > overlaps[$1] : $0 < $1 }.prefix(3)
            for seed in seeds where overlaps[seed] > 0 {
                for start in max(0, seed - 2)...seed {
                    for end in seed...min(sentences.count - 1, start + 2) {
                        var keys = Set<String>()
                        for i in start...end { keys.formUnion(sentences[i].keys) }
                        var starts = Set<Int>()
                        var offset = 0
                        for i in start...end {
                            starts.insert(offset)
                            for (k, token) in sentences[i].tokens.enumerated() where token.startsSentence { starts.insert(offset + k) }
                            offset += sentences[i].tokens.count
                        }
                        all.append(Passage(
                            source: source.number, text: sentences[start...end].map(\.text).joined(separator: " "),
                            tokens: sentences[start...end].flatMap(\.tokens), covered: wanted.intersection(keys).count,
                            sentenceStarts: starts))
                    }
                }
            }
        }
        guard let top = all.map(\.covered).max() else { return [] }
        var seen = Set<String>()
        return all.filter { $0.covered == top }.sorted { $0.tokens.count < $1.tokens.count }
            .filter { seen.insert("\($0.source):\($0.text)").inserted }.prefix(6).map { $0 }
    }

    /// Names what kind of fact an added word changes, and whether the passage states a rival value.
    private func describeAddition(_ token: ComparableText.Token, passage: [ComparableText.Token]) -> (String, Bool) {
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
        for sentence in brief.allSentences {
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
