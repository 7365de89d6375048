import NewsdeskCore

/// Finds facts that independent sources report with different values ("15 agreements" vs "14 agreements").
enum DifferenceFinder {
    static func differences(in articles: [SourceArticle], sources: [BriefSource]) -> [SourceDifference] {
        // unit -> value -> source numbers; unit -> surface word
        var reports: [String: [Double: Set<Int>]] = [:]
        var surface: [String: String] = [:]
        var valuesPerSource: [String: [Int: Set<Double>]] = [:]
        let numberByID = Dictionary(sources.map { ($0.articleID, $0.number) }, uniquingKeysWith: { a, _ in a })
        for entry in articles where !entry.isDuplicate {
            guard let number = numberByID[entry.id] else { continue }
            for sentence in SentenceSplitter().split(entry.article.text) {
                for quantity in ClaimAtoms(sentence.text).quantities {
                    guard let unit = quantity.unit, unit.count >= 4, quantity.value >= 2, quantity.value < 1e15 else { continue }
                    reports[unit, default: [:]][quantity.value, default: []].insert(number)
                    valuesPerSource[unit, default: [:]][number, default: []].insert(quantity.value)
                    if surface[unit] == nil {
                        let words = quantity.text.split(separator: " ")
                        surface[unit] = Self.unitWord(after: words.last.map(String.init) ?? "", in: sentence.text)
                    }
                }
            }
        }
        var result: [SourceDifference] = []
        for (unit, values) in reports.sorted(by: { $0.key < $1.key }) where values.count >= 2 && values.count <= 3 {
            // Only a source that gives one value for the fact can be said to report that value.
            guard valuesPerSource[unit]!.values.allSatisfy({ $0.count == 1 }) else { continue }
            let outletOf = Dictionary(sources.map { ($0.number, $0.outlet) }, uniquingKeysWith: { a, _ in a })
            let entries = values.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key > $1.key }
                .map { value, numbers in
                    SourceDifference.Report(
                        value: format(value), outlets: numbers.sorted().compactMap { outletOf[$0] }, sourceNumbers: numbers.sorted())
                }
            result.append(SourceDifference(subject: surface[unit] ?? unit, reports: entries))
        }
        return result
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The word as written after the figure ("agreements"), for the note's wording.
    static func unitWord(after figure: String, in sentence: String) -> String? {
        let words = Tokenizer.words(in: sentence).map(String.init)
        guard let index = words.firstIndex(of: figure), index + 1 < words.count else { return nil }
        return words[index + 1].lowercased()
    }
}
