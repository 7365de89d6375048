import Foundation
import NewsdeskCore

/// Writes a cited brief from a story's sources by choosing and ordering source sentences.
///
/// ```swift
/// let result = BriefWriter().write(storyID: "c-12", articles: articles, now: Date())
/// ```
public struct BriefWriter: Sendable {
    public struct Options: Sendable {
        /// A brief on one outlet's word is a rewrite, not a report: at least two independent sources.
        public var minimumIndependentSources = 2
        /// Lead plus sections: at most this many sentences, and no more once the body reaches
        /// `targetWords` (readers and search engines both expect 300 words or more).
        public var maximumSentences = 18
        public var targetWords = 340
        /// Sentences passed over for length or voice are taken back only up to this many words.
        public var minimumWords = 300
        /// The first picks are taken for what they tell, however long they are.
        public var freelyChosen = 5
        /// Two sentences this similar say the same thing; the later one is left out.
        public var redundancyLimit = 0.45
        /// A sentence this similar to one in another source is corroborated by it (if the verifier agrees).
        public var corroborationSimilarity = 0.35
        /// Search result pages cut titles past this width (20 px Arial).
        public var headlineWidthLimit = 600.0
        public var metaDescriptionRange = 121...156

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func write(storyID: String, articles: [SourceArticle], now: Date) -> Result<Brief, BriefRejection> {
        let ordered = articles.sorted {
            ($0.article.published ?? .distantFuture, $0.id) < ($1.article.published ?? .distantFuture, $1.id)
        }
        let outletByID = Dictionary(ordered.map { ($0.id, $0.outlet) }, uniquingKeysWith: { a, _ in a })
        let sources = ordered.enumerated().map { offset, entry in
            BriefSource(
                number: offset + 1, articleID: entry.id, outlet: entry.outlet, title: entry.article.title,
                url: entry.article.canonicalURL ?? entry.article.url, published: entry.article.published,
                via: entry.duplicateOf.flatMap { outletByID[$0] ?? "another outlet" })
        }
        let independent = Set(ordered.filter { !$0.isDuplicate }.map(\.outlet))
        guard independent.count >= options.minimumIndependentSources else {
            return .failure(.tooFewSources(independent: independent.count, minimum: options.minimumIndependentSources))
        }
        var indexes: [Int: SourceIndex] = [:]
        var candidates: [StorySentence] = []
        let splitter = SentenceSplitter()
        for (offset, entry) in ordered.enumerated() where !entry.isDuplicate {
            let number = offset + 1
            indexes[number] = SourceIndex(text: entry.article.title + "\n\n" + entry.article.text)
            var position = 0
            for paragraph in entry.article.proseParagraphs {
                for sentence in splitter.split(paragraph) {
                    candidates.append(StorySentence(
                        text: sentence.text, sourceNumber: number, position: position,
                        vector: TermVector(counting: sentence.text), atoms: ClaimAtoms(sentence.text)))
                    position += 1
                }
            }
        }
        // The names of each independent article's sentences, found once for the candidates.
        let candidatesBySource = Dictionary(grouping: candidates, by: \.sourceNumber)
        let namesBySource = candidatesBySource.mapValues { $0.flatMap(\.atoms.names) }
        let independentNumbers = ordered.indices.filter { !ordered[$0].isDuplicate }.map { $0 + 1 }
        let keyphrase = Keyphrase.pick(
            articles: ordered.filter { !$0.isDuplicate }.map(\.article), names: independentNumbers.map { namesBySource[$0] ?? [] })
        let keyWords = SEOAssessment.contentWords(keyphrase)
        rank(&candidates, keyWords: keyWords)
        let differences = DifferenceFinder.differences(in: ordered, sources: sources)
        let chosen = choose(candidates.filter { !Self.statesMinorityValue($0, differences) }, keyWords: keyWords)
        guard let lead = chosen.first else { return .failure(.noUsableSentences) }
        let verifier = Verifier()
        let vectorsBySource = candidatesBySource.mapValues { $0.map(\.vector) }
        func cite(_ sentence: StorySentence) -> BriefSentence {
            var numbers = [sentence.sourceNumber]
            for (number, index) in indexes.sorted(by: { $0.key < $1.key }) where number != sentence.sourceNumber {
                let similar = (vectorsBySource[number] ?? []).contains { sentence.vector.cosine($0) >= options.corroborationSimilarity }
                if similar, verifier.verify(sentence.text, against: [(number, index)]).status == .supported {
                    numbers.append(number)
                }
            }
            return BriefSentence(text: sentence.text, citations: numbers.sorted())
        }
        let sections = Sectioner.sections(from: Array(chosen.dropFirst()), keyphrase: keyphrase, leadOpening: SEOAssessment.firstWord(lead.text)).map { group in
            BriefSection(heading: group.heading, sentences: group.sentences.map(cite).flatMap(Self.shortened))
        }
        var published: [Int: Date] = [:]
        for (offset, entry) in ordered.enumerated() { published[offset + 1] = entry.article.published }
        let timeline = BriefFacts.timeline(from: candidates, published: published) { sentence in
            guard let own = indexes[sentence.sourceNumber],
                verifier.verify(sentence.text, against: [(sentence.sourceNumber, own)]).status == .supported
            else { return nil }
            return cite(sentence)
        }
        let keyFacts = BriefFacts.keyFacts(of: chosen, candidates: candidates, differences: differences)
        let headline = headline(keyphrase: keyphrase, titles: ordered.filter { !$0.isDuplicate }.map(\.article.title))
        let meta = metaDescription(keyphrase: keyphrase, sentences: chosen.map(\.text))
        var brief = Brief(
            storyID: storyID, keyphrase: keyphrase, headline: headline, metaDescription: meta,
            slug: Self.slug(keyphrase), lead: [cite(lead)], sections: sections,
            differences: differences, sources: sources,
            engine: "extractive", written: now, newsDate: ordered.compactMap(\.article.published).max())
        brief.timeline = timeline
        brief.keyFacts = keyFacts
        return .success(brief)
    }

    /// Scores each sentence by how much the other sources say the same (centrality), by the facts
    /// it shares with them, and by how early it stands in its article; then, as a lesser concern,
    /// by how well it reads: long and passive sentences lose a little, a sentence that names the
    /// story's keyphrase or links to what came before gains a little.
    private func rank(_ candidates: inout [StorySentence], keyWords: [String]) {
        let centrality = Self.centrality(of: candidates)
        for i in candidates.indices {
            let facts = Double(candidates[i].atoms.quantities.count + candidates[i].atoms.dates.count) * 0.05
            let position = 0.4 / Double(1 + candidates[i].position)
            candidates[i].score = centrality[i] + facts + position + readability(candidates[i], keyWords: keyWords)
        }
    }

    /// For each sentence, the sum over the other sources of its highest cosine similarity with a
    /// sentence of that source. Dot products are accumulated through an inverted index of terms,
    /// so only sentences that share a term are ever compared.
    static func centrality(of candidates: [StorySentence]) -> [Double] {
        var termIDs: [String: Int] = [:]
        var postings: [[(sentence: Int, weight: Double)]] = []
        var vectors: [[(term: Int, weight: Double)]] = []
        for (index, candidate) in candidates.enumerated() {
            let norm = candidate.vector.norm
            var vector: [(term: Int, weight: Double)] = []
            guard norm > 0 else {
                vectors.append(vector)
                continue
            }
            for (term, weight) in candidate.vector.weights {
                let id: Int
                if let known = termIDs[term] {
                    id = known
                } else {
                    id = postings.count
                    termIDs[term] = id
                    postings.append([])
                }
                vector.append((id, weight / norm))
                postings[id].append((index, weight / norm))
            }
            vectors.append(vector)
        }
        let sources = candidates.map(\.sourceNumber)
        var dots = [Double](repeating: 0, count: candidates.count)
        var touched: [Int] = []
        var result = [Double](repeating: 0, count: candidates.count)
        for i in candidates.indices {
            for (term, weight) in vectors[i] {
                for (j, other) in postings[term] where sources[j] != sources[i] {
                    if dots[j] == 0 { touched.append(j) }
                    dots[j] += weight * other
                }
            }
            var best: [Int: Double] = [:]
            for j in touched {
                best[sources[j]] = max(best[sources[j]] ?? 0, dots[j])
                dots[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
            result[i] = best.values.reduce(0, +)
        }
        return result
    }

    /// The reading-ease part of a sentence's score: small beside centrality, so it decides
    /// between sentences that tell the story about equally well.
    private func readability(_ sentence: StorySentence, keyWords: [String]) -> Double {
        let words = sentence.wordCount
        var score = 0.0
        if words > 20 { score -= 0.25 }
        if words > 28 { score -= 0.15 }
        if sentence.isPassive { score -= 0.2 }
        if SEOAssessment.hasTransition(sentence.text) { score += 0.1 }
        if sentence.names(keyWords) { score += 0.1 }
        return score
    }

    /// The lead (an early, self-contained sentence, preferably one that names the keyphrase), then
    /// the best remaining sentences that add something new, until the brief is long enough.
    private func choose(_ candidates: [StorySentence], keyWords: [String]) -> [StorySentence] {
        let usable = candidates.filter { $0.isUsable && !$0.isDangling }
            .sorted { $0.score != $1.score ? $0.score > $1.score : ($0.sourceNumber, $0.position) < ($1.sourceNumber, $1.position) }
        let early = usable.filter { $0.position <= 2 }
        // A lead that names the story is worth a slightly less central or slightly later sentence.
        let naming = usable.first { $0.position <= 4 && $0.names(keyWords) }
        guard let best = early.first ?? usable.first else { return [] }
        let lead = naming.map { $0.score >= best.score - 0.35 ? $0 : best } ?? best
        var chosen = [lead]
        var words = lead.wordCount
        var knownFacts = Self.facts(of: lead)
        // Sentences of more than 20 words tire readers: after the first few picks (where the main
        // facts are), one is taken only while at most a quarter of the brief is that long, and a
        // passive one only while at most a tenth is passive. Those passed over get a second chance
        // when the brief would otherwise stay short.
        var passedOver: [StorySentence] = []
        func consider(_ sentence: StorySentence, limitLong: Bool) {
            let target = limitLong ? options.targetWords : options.minimumWords
            guard chosen.count < options.maximumSentences, words < target, sentence.text != lead.text else { return }
            let similarity = chosen.map { $0.vector.cosine(sentence.vector) }.max() ?? 0
            if similarity > options.redundancyLimit { return }
            // A paraphrase of facts already told ("more than 200 executives" again) adds nothing.
            let facts = Self.facts(of: sentence)
            if !facts.isEmpty, facts.isSubset(of: knownFacts), similarity > 0.15 { return }
            if limitLong, chosen.count >= options.freelyChosen, sentence.wordCount > 20 {
                let long = chosen.filter { $0.wordCount > 20 }.count
                if Double(long + 1) / Double(chosen.count + 1) > 0.25 {
                    passedOver.append(sentence)
                    return
                }
            }
            // The same for the passive voice, which hides who acted: at most one sentence in ten.
            if limitLong, chosen.count >= options.freelyChosen, sentence.isPassive {
                let passive = chosen.filter(\.isPassive).count
                if Double(passive + 1) / Double(chosen.count + 1) > 0.10 {
                    passedOver.append(sentence)
                    return
                }
            }
            chosen.append(sentence)
            words += sentence.wordCount
            knownFacts.formUnion(facts)
        }
        for sentence in usable { consider(sentence, limitLong: true) }
        // Second chances only up to the length readers expect, the plainest sentences first.
        let plainestFirst = passedOver.enumerated().sorted { a, b in
            let (passiveA, passiveB) = (a.element.isPassive, b.element.isPassive)
            if passiveA != passiveB { return !passiveA }
            let (longA, longB) = (a.element.wordCount > 20, b.element.wordCount > 20)
            return longA != longB ? !longA : a.offset < b.offset
        }
        for (_, sentence) in plainestFirst { consider(sentence, limitLong: false) }
        return chosen
    }

    /// A long body sentence that joins two clauses, as two sentences with the same citations.
    static func shortened(_ sentence: BriefSentence) -> [BriefSentence] {
        guard let (head, tail) = ClauseSplitter.split(sentence.text) else { return [sentence] }
        return [BriefSentence(text: head, citations: sentence.citations), BriefSentence(text: tail, citations: sentence.citations)]
    }

    /// The figures, dates and names a sentence states, in comparable form.
    static func facts(of sentence: StorySentence) -> Set<String> {
        var result = Set<String>()
        for quantity in sentence.atoms.quantities { result.insert("q:\(quantity.value)") }
        for date in sentence.atoms.dates { result.insert("d:\(date.year ?? 0)-\(date.month ?? 0)-\(date.day ?? 0)") }
        for name in sentence.atoms.names { result.insert("n:" + Tokenizer.normalize(name)) }
        return result
    }

    /// A sentence that gives the value fewer sources report, when sources differ: the difference
    /// note tells both values with their sources instead.
    static func statesMinorityValue(_ sentence: StorySentence, _ differences: [SourceDifference]) -> Bool {
        for difference in differences {
            guard let majority = difference.reports.first else { continue }
            let minorityValues = Set(difference.reports.dropFirst().map(\.value))
            for quantity in sentence.atoms.quantities where minorityValues.contains(DifferenceFinder.format(quantity.value)) {
                if let unit = quantity.unit, Stemmer.stem(Tokenizer.normalize(difference.subject)) == unit,
                    majority.value != DifferenceFinder.format(quantity.value)
                {
                    return true
                }
            }
        }
        return false
    }

    private func headline(keyphrase: String, titles: [String]) -> String {
        let keyWords = Set(Tokenizer.normalizedWords(in: keyphrase))
        // A source title, or its main clause when the whole title is too long ("Lee and Xi sign 15
        // agreements" from "... as Seoul seeks steadier ties"): the tail stays a source's own words.
        let tails = titles.flatMap { [$0] + Self.mainClauses(of: $0) }
        // A title, its main clause, or, as a last resort, its head cut before a trailing phrase
        // ("… report a new comet" from "… report a new comet far beyond Mars").
        func fit(_ tails: [String]) -> [String] {
            tails.map { tail in keyphrase + ": " + tail.prefix(1).uppercased() + tail.dropFirst() }
                .filter { TitleWidth.pixels($0) <= options.headlineWidthLimit }
        }
        var fitting = fit(tails)
        if !fitting.contains(where: { TitleWidth.pixels($0) >= 400 }) { fitting += fit(titles.flatMap(Self.phraseCuts)) }
        // Prefer a title that fills the width search results show, then one that adds words the
        // keyphrase does not already say.
        let sorted = fitting.sorted { a, b in
            let (wideA, wideB) = (TitleWidth.pixels(a) >= 400, TitleWidth.pixels(b) >= 400)
            return wideA != wideB ? wideA : novelty(a, keyWords) > novelty(b, keyWords)
        }
        return sorted.first ?? keyphrase
    }

    /// Leading parts of a title cut just before a preposition, of four words or more, longest first.
    static func phraseCuts(of title: String) -> [String] {
        let words = title.split(separator: " ")
        var cuts: [String] = []
        for index in stride(from: words.count - 1, through: 4, by: -1)
        where cutBefore.contains(Tokenizer.normalize(words[index])) {
            // "… a new comet far" is no cut: the head must not end on a word of the phrase.
            if cutBefore.contains(Tokenizer.normalize(words[index - 1])) { continue }
            var head = words[..<index].joined(separator: " ")
            while let last = head.last, last == "," || last == ";" { head.removeLast() }
            cuts.append(head)
        }
        return cuts
    }

    static let cutBefore: Set<String> = [
        "in", "at", "on", "for", "with", "beyond", "over", "near", "from", "after", "before", "during", "amid",
        "into", "across", "far", "despite", "following",
    ]

    /// Leading parts of a title cut before a subordinate clause, longest first.
    static func mainClauses(of title: String) -> [String] {
        let separators = [" as ", " after ", " while ", " with ", ", ", " — ", " – ", ": ", " amid ", " despite ", " but "]
        var heads: [String] = []
        for separator in separators {
            if let range = title.range(of: separator) {
                let head = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
                if Tokenizer.words(in: head).count >= 3 { heads.append(head) }
            }
        }
        return heads.sorted { $0.count > $1.count }
    }

    private func novelty(_ headline: String, _ keyWords: Set<String>) -> Int {
        Set(Tokenizer.normalizedWords(in: headline)).subtracting(keyWords).count
    }

    /// The keyphrase and the lead, ending at a sentence end when one falls in the range search
    /// engines show, otherwise cut at a word boundary that does not split a figure from its noun.
    private func metaDescription(keyphrase: String, sentences: [String]) -> String {
        let range = options.metaDescriptionRange
        var text = ""
        for sentence in sentences {
            let candidate = text.isEmpty ? sentence : text + " " + sentence
            let prefixed = candidate.lowercased().contains(keyphrase.lowercased()) ? candidate : keyphrase + ": " + candidate
            if range.contains(prefixed.count) { return prefixed }
            text = candidate
            if prefixed.count > range.upperBound { break }
        }
        if !text.lowercased().contains(keyphrase.lowercased()) { text = keyphrase + ": " + text }
        guard text.count > range.upperBound else { return text }
        let all = text.split(separator: " ")
        var words = String(text.prefix(range.upperBound - 1)).split(separator: " ").dropLast()
        // "six steel…" would change what the six counts, and "will…" before a cut "not" what the
        // sentence says: end two words clear of any figure, and not just before a qualifier.
        while words.count > 2, words.suffix(2).contains(where: { ClaimAtoms.numberValue(Tokenizer.normalize($0)) != nil })
            || Verifier.qualifiers.contains(ComparableText.tokens(String(all[words.count])).first?.key ?? "")
        {
            words = words.dropLast()
        }
        var cut = words.joined(separator: " ")
        while let last = cut.last, last == "," || last == ";" || last == ":" { cut.removeLast() }
        return cut + "…"
    }

    /// Lower-case ASCII words joined by hyphens: safe in a URL and a file name.
    public static func slug(_ text: String) -> String {
        String(Slug.make(text).prefix(80))
    }
}
