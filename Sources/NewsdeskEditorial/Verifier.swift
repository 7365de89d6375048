import NewsdeskCore

/// Checks sentences against the sources they cite: every figure, date, name and quote must be
/// found there, with the same polarity, and the sentence's content words must be covered.
///
/// ```swift
/// let verdict = Verifier().verify("Lee signed 15 agreements.", against: [SourceIndex(text: source)])
/// ```
public struct Verifier: Sendable {
    public struct Options: Sendable {
        /// Share of a sentence's content words that its sources must contain. Extracted sentences
        /// reach 1.0; a light rewrite stays above 0.8; a sentence that adds a claim drops below.
        public var minimumCoverage = 0.8
        /// Relative tolerance when matching figures: rounding ("about 1.5 million") only.
        public var valueTolerance = 0.005

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The verdict on one sentence against the sources it cites (each numbered for the evidence).
    public func verify(_ sentence: String, against sources: [(number: Int, index: SourceIndex)]) -> SentenceVerdict {
        guard !sources.isEmpty else {
            return SentenceVerdict(sentence: sentence, status: .unsupported, reasons: ["the sentence cites no source"])
        }
        let atoms = ClaimAtoms(sentence)
        let allSentences = sources.flatMap { source in source.index.sentences.map { (source.number, $0) } }
        var reasons: [String] = []
        var conflicts: [Evidence] = []

        for quantity in atoms.quantities {
            let matches = allSentences.contains { _, s in
                s.atoms.quantities.contains { same(quantity, $0) }
            }
            if matches { continue }
            if let unit = quantity.unit,
                let conflict = allSentences.first(where: { _, s in s.atoms.quantities.contains { $0.unit == unit } })
            {
                reasons.append("figure “\(quantity.text)” differs from the source")
                conflicts.append(Evidence(sourceNumber: conflict.0, text: conflict.1.text))
            } else {
                reasons.append("figure “\(quantity.text)” is not in the cited sources")
            }
        }
        for date in atoms.dates {
            let matches = allSentences.contains { _, s in
                s.atoms.dates.contains { same(date, $0) }
                    || (date.month == nil && s.atoms.quantities.contains { $0.value == Double(date.year ?? -1) })
            }
            if !matches { reasons.append("date “\(date.text)” is not in the cited sources") }
        }
        for name in atoms.names {
            let words = Tokenizer.normalizedWords(in: name)
            let missing = words.filter { word in !sources.contains { $0.index.words.contains(word) } }
            if !missing.isEmpty { reasons.append("name “\(name)” is not in the cited sources") }
        }
        for quote in QuoteText.quotes(in: sentence) {
            let flat = QuoteText.flatten(quote)
            if !sources.contains(where: { $0.index.flattened.contains(flat) }) {
                reasons.append("quote “\(quote)” is not found word for word in the cited sources")
            }
        }
        let terms = Set(Tokenizer.terms(in: sentence))
        if !terms.isEmpty {
            let covered = terms.filter { term in sources.contains { $0.index.terms.contains(term) } }
            let coverage = Double(covered.count) / Double(terms.count)
            if coverage < options.minimumCoverage {
                let missing = terms.subtracting(covered).sorted().prefix(6).joined(separator: ", ")
                reasons.append("words not in the cited sources: \(missing)")
            }
        }
        // Polarity: the closest source sentence must agree on negation.
        let vector = TermVector(counting: sentence)
        let ranked = allSentences.map { ($0.0, $0.1, vector.cosine($0.1.vector)) }.sorted { $0.2 > $1.2 }
        if let best = ranked.first, best.2 > 0.5, best.1.negated != Negation.isNegated(sentence) {
            reasons.append(best.1.negated ? "the source states the opposite (negated)" : "the sentence negates what the source states")
            conflicts.append(Evidence(sourceNumber: best.0, text: best.1.text))
        }
        var evidence: [Evidence] = []
        for source in sources {
            if let top = ranked.first(where: { $0.0 == source.number }), top.2 > 0.2 {
                evidence.append(Evidence(sourceNumber: top.0, text: top.1.text))
            }
        }
        if reasons.isEmpty { return SentenceVerdict(sentence: sentence, status: .supported, evidence: evidence) }
        let status: VerdictStatus = conflicts.isEmpty ? .unsupported : .contradicted
        return SentenceVerdict(sentence: sentence, status: status, reasons: reasons, evidence: conflicts.isEmpty ? evidence : conflicts)
    }

    /// Verifies every sentence of a brief, plus its headline and meta description against all its sources.
    public func verify(_ brief: Brief, sources: [Int: SourceIndex]) -> VerificationReport {
        var verdicts: [SentenceVerdict] = []
        for sentence in brief.allSentences {
            let cited = sentence.citations.compactMap { number in sources[number].map { (number: number, index: $0) } }
            verdicts.append(verify(sentence.text, against: cited))
        }
        let everything = sources.sorted { $0.key < $1.key }.map { (number: $0.key, index: $0.value) }
        for (label, text) in [("headline", brief.headline), ("meta description", brief.metaDescription)] {
            var verdict = verify(text, against: everything)
            if verdict.status != .supported {
                verdict.reasons = verdict.reasons.map { "\(label): \($0)" }
                verdicts.append(verdict)
            }
        }
        return VerificationReport(verdicts: verdicts, sourceCount: Set(brief.sources.filter { $0.via == nil }.map(\.outlet)).count)
    }

    private func same(_ a: ClaimAtoms.Quantity, _ b: ClaimAtoms.Quantity) -> Bool {
        let close = a.value == b.value || abs(a.value - b.value) <= options.valueTolerance * max(abs(a.value), abs(b.value))
        guard close else { return false }
        if let ua = a.unit, let ub = b.unit { return ua == ub || !isNoun(ua) || !isNoun(ub) }
        return true
    }

    /// Units compared strictly are nouns of at least three letters; "the", "of" are not units.
    private func isNoun(_ unit: String) -> Bool { unit.count >= 3 }

    private func same(_ a: ClaimAtoms.CalendarDate, _ b: ClaimAtoms.CalendarDate) -> Bool {
        if let ma = a.month, ma != b.month { return false }
        if let da = a.day, da != b.day { return false }
        if let ya = a.year, let yb = b.year, ya != yb { return false }
        if a.month == nil, a.year != b.year { return false }
        return true
    }
}
