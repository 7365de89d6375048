import NewsdeskCore

/// Picks a story's focus keyphrase: its most widely reported names plus the event word of its titles.
public enum Keyphrase {
    /// Keyphrases of more than four words read as padding to search engines and readers.
    static let maximumWords = 4

    public static func pick(articles: [Article]) -> String {
        let names = rankedNames(articles)
        let eventWord = rankedTitleWord(articles, excluding: Set(names.flatMap { Tokenizer.normalizedWords(in: $0) }))
        var words: [String] = []
        for name in names {
            let nameWords = name.split(separator: " ").map(String.init)
            let room = maximumWords - (eventWord == nil ? 0 : 1)
            if words.count + nameWords.count <= room { words += nameWords }
            if words.count >= room - 1 { break }
        }
        if let eventWord { words.append(eventWord) }
        if words.isEmpty { return articles.first.map { String($0.title.split(separator: " ").prefix(4).joined(separator: " ")) } ?? "News" }
        return words.joined(separator: " ")
    }

    /// Proper names ranked by how many articles name them, then how often; role titles removed.
    static func rankedNames(_ articles: [Article]) -> [String] {
        var articleCount: [String: Int] = [:]
        var mentions: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var order = 0
        for article in articles {
            var seenHere = Set<String>()
            for sentence in SentenceSplitter().split(article.title + ".\n\n" + article.text) {
                for raw in ClaimAtoms(sentence.text).names {
                    guard let name = stripRoles(raw) else { continue }
                    mentions[name, default: 0] += 1
                    if firstSeen[name] == nil {
                        firstSeen[name] = order
                        order += 1
                    }
                    if seenHere.insert(name).inserted { articleCount[name, default: 0] += 1 }
                }
            }
        }
        // A one-word name inside a longer name that is as widespread is the same entity ("Lee").
        let names = articleCount.keys.filter { name in
            !articleCount.keys.contains { other in
                other != name && other.split(separator: " ").contains(Substring(name)) && articleCount[other]! >= articleCount[name]! - 1
            }
        }
        return names.filter { articleCount[$0]! >= min(2, articles.count) }.sorted {
            (articleCount[$0]!, mentions[$0]!, -firstSeen[$0]!) > (articleCount[$1]!, mentions[$1]!, -firstSeen[$1]!)
        }
    }

    /// The content word of the titles that most titles share, in title case.
    static func rankedTitleWord(_ articles: [Article], excluding: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        var surface: [String: String] = [:]
        for article in articles {
            var seen = Set<String>()
            for word in Tokenizer.words(in: article.title) {
                let normal = Tokenizer.normalize(word)
                guard !StopWords.english.contains(normal), !excluding.contains(normal), normal.count > 3,
                    ClaimAtoms.numberValue(normal) == nil, word.first?.isLowercase ?? false || word == word.capitalized
                else { continue }
                let stem = Stemmer.stem(normal)
                if seen.insert(stem).inserted {
                    counts[stem, default: 0] += 1
                    if surface[stem] == nil { surface[stem] = normal }
                }
            }
        }
        guard let best = counts.filter({ $0.value >= 2 }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        return surface[best.key].map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// "South Korean President Lee Jae-myung" -> "Lee Jae-myung"; "The Hague" stays.
    static func stripRoles(_ name: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        if let index = words.lastIndex(where: { roleWords.contains($0.lowercased()) }) {
            words = Array(words[(index + 1)...])
        }
        while let first = words.first, leadingNoise.contains(first.lowercased()) { words.removeFirst() }
        guard !words.isEmpty, !words.allSatisfy({ leadingNoise.contains($0.lowercased()) }) else { return nil }
        return words.joined(separator: " ")
    }

    static let roleWords: Set<String> = [
        "president", "minister", "chancellor", "mayor", "ceo", "chairman", "chairwoman", "chair", "secretary",
        "governor", "king", "queen", "pope", "leader", "coach", "manager", "director", "professor", "dr",
        "senator", "spokesperson", "spokesman", "spokeswoman", "chief", "captain", "striker", "researcher",
        "analyst", "premier", "ambassador", "general", "judge", "founder", "head",
    ]
    static let leadingNoise: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "by", "and", "but", "as", "when", "after", "mr", "mrs", "ms",
        "said", "new", "this", "that", "if", "while", "under", "with", "from", "during", "since",
    ]
}
