import Foundation
import NewsdeskCore

/// The timeline and key facts of a brief, both taken from the sources' own sentences and atoms.
enum BriefFacts {
    /// Dated events, oldest first: for each calendar day the sources name, the best usable source
    /// sentence that names only that day. A day without a year takes the year of its article's
    /// publication. Fewer than two days make no timeline.
    ///
    /// `cite` returns the sentence with its citations, or nil when the verifier does not support it.
    static func timeline(
        from candidates: [StorySentence], published: [Int: Date], maximum: Int = 6, cite: (StorySentence) -> BriefSentence?
    ) -> [TimelineEntry] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var best: [String: (sentence: StorySentence, label: String)] = [:]
        for sentence in candidates where sentence.isUsable && !sentence.isDangling {
            let full = sentence.atoms.dates.filter { $0.month != nil && $0.day != nil }
            // Two dates in one sentence do not say which event happened when.
            guard full.count == 1, let date = full.first, let month = date.month, let day = date.day else { continue }
            guard let year = date.year ?? published[sentence.sourceNumber].map({ calendar.component(.year, from: $0) }),
                calendar.date(from: DateComponents(year: year, month: month, day: day)) != nil
            else { continue }
            let key = String(format: "%04d-%02d-%02d", year, month, day)
            if let current = best[key], current.sentence.score >= sentence.score { continue }
            best[key] = (sentence, "\(monthNames[month - 1]) \(day), \(year)")
        }
        guard best.count >= 2 else { return [] }
        let kept = best.sorted { $0.value.sentence.score > $1.value.sentence.score }.prefix(maximum)
        return kept.sorted { $0.key < $1.key }.compactMap { day, entry in
            cite(entry.sentence).map { TimelineEntry(day: day, label: entry.label, sentence: $0) }
        }
    }

    /// The figures (with the noun they count) and the calendar dates that the brief's sentences
    /// state, each with every independent source that states the same value. Figures the sources
    /// disagree on are left to the "where sources differ" note.
    static func keyFacts(
        of body: [StorySentence], candidates: [StorySentence], differences: [SourceDifference], maximum: Int = 8
    ) -> [KeyFact] {
        let disputed = Set(differences.flatMap { $0.reports.map(\.value) })
        var figureSources: [String: Set<Int>] = [:]
        var dateSources: [String: Set<Int>] = [:]
        for sentence in candidates {
            for quantity in sentence.atoms.quantities where quantity.unit != nil {
                figureSources[figureKey(quantity), default: []].insert(sentence.sourceNumber)
            }
            for date in sentence.atoms.dates where date.month != nil && date.day != nil {
                dateSources[dateKey(date), default: []].insert(sentence.sourceNumber)
            }
        }
        var facts: [KeyFact] = []
        var seen = Set<String>()
        for sentence in body {
            // "two leaders" is no key fact, nor "One China": small counts and figures before a name.
            for quantity in sentence.atoms.quantities where quantity.unit != nil && (quantity.value >= 3 || quantity.value != quantity.value.rounded()) {
                let key = figureKey(quantity)
                let value = DifferenceFinder.format(quantity.value)
                guard !disputed.contains(value), !seen.contains(key), let text = surface(of: quantity, in: sentence.text),
                    seen.insert("v:" + value).inserted
                else { continue }
                seen.insert(key)
                facts.append(KeyFact(kind: .figure, text: text, citations: (figureSources[key] ?? [sentence.sourceNumber]).sorted()))
            }
            for date in sentence.atoms.dates where date.month != nil && date.day != nil {
                let key = dateKey(date)
                guard seen.insert(key).inserted else { continue }
                facts.append(KeyFact(kind: .date, text: date.text, citations: (dateSources[key] ?? [sentence.sourceNumber]).sorted()))
            }
        }
        // The facts most sources share first; otherwise in reading order.
        let ranked = facts.enumerated().sorted { a, b in
            a.element.citations.count != b.element.citations.count ? a.element.citations.count > b.element.citations.count : a.offset < b.offset
        }
        return ranked.prefix(maximum).map(\.element)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func figureKey(_ quantity: ClaimAtoms.Quantity) -> String {
        "q:\(quantity.value):\(quantity.unit ?? "")"
    }

    static func dateKey(_ date: ClaimAtoms.CalendarDate) -> String {
        "d:\(date.year ?? 0)-\(date.month ?? 0)-\(date.day ?? 0)"
    }

    /// The figure with the noun it counts, as the sentence writes them ("15 agreements"): the
    /// figure's words and the next word whose stem is the unit; a currency sign right before the
    /// figure stays with it ("$350 billion").
    static func surface(of quantity: ClaimAtoms.Quantity, in sentence: String) -> String? {
        let words = Tokenizer.words(in: sentence)
        let figure = Tokenizer.words(in: quantity.text).map(String.init)
        guard let unit = quantity.unit, !figure.isEmpty, words.count > figure.count else { return nil }
        for start in 0...(words.count - figure.count) where words[start..<(start + figure.count)].map(String.init) == figure {
            let end = start + figure.count
            // "several hundred jobs" is no figure to list; "20, involving" no figure of anything.
            guard !["hundred", "thousand", "dozen"].contains(Tokenizer.normalize(words[start])),
                let unitIndex = words[end...].prefix(2).firstIndex(where: { Stemmer.stem(Tokenizer.normalize($0)) == unit }),
                words[unitIndex].first?.isUppercase == false,
                !sentence[words[end - 1].endIndex..<words[unitIndex].startIndex].contains(where: { ",;:()".contains($0) })
            else { continue }
            // A hyphenated modifier ("storm-surge") needs the noun it modifies.
            let next = words[unitIndex].contains("-") && unitIndex + 1 < words.count ? words[unitIndex + 1] : words[unitIndex]
            let from = words[start].startIndex
            var lower = from
            if lower > sentence.startIndex, let sign = sentence[sentence.index(before: lower)...].first, "$€£¥₩".contains(sign) {
                lower = sentence.index(before: lower)
            }
            return String(sentence[lower..<next.endIndex])
        }
        return nil
    }
}
