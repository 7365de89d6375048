import NewsdeskCore

/// Picks a story's focus keyphrase: its most widely reported names plus the event word of its titles.
public enum Keyphrase {
    /// Keyphrases of more than four words read as padding to search engines and readers.
    static let maximumWords = 4

    public static func pick(articles: [Article]) -> String {
        pick(articles: articles, names: nil)
    }

    /// `names`: the proper names of each article's sentences, when the caller has found them already.
    static func pick(articles: [Article], names found: [[String]]?) -> String {
        let names = rankedNames(articles, names: found)
        let eventWord = rankedEventWord(articles)
            ?? rankedTitleWord(articles, excluding: Set(names.flatMap { Tokenizer.normalizedWords(in: $0.name) }))
        // Two people and the event ("Lee Jae-myung Xi Jinping Summit") may take five words; otherwise four.
        let people = names.filter(\.isPerson)
        var chosen: [String] = []
        if people.count >= 2, people[0].words + people[1].words <= 4 {
            chosen = [people[0].name, people[1].name]
        } else if let first = names.first {
            chosen = [first.name]
            let room = maximumWords - (eventWord == nil ? 0 : 1) - first.words
            if let second = names.dropFirst().first(where: { $0.words <= room }) { chosen.append(second.name) }
        }
        if chosen.isEmpty, let modifier = rankedTitleWord(articles, excluding: Set(eventWord.map { [Tokenizer.normalize($0)] } ?? [])) {
            chosen = [modifier]
        }
        var words = chosen.flatMap { $0.split(separator: " ").map(String.init) }
        if let eventWord, !words.contains(where: { Tokenizer.normalize($0) == Tokenizer.normalize(eventWord) }) {
            words.append(eventWord)
        }
        if words.isEmpty { return articles.first.map { String($0.title.split(separator: " ").prefix(4).joined(separator: " ")) } ?? "News" }
        return words.joined(separator: " ")
    }

    /// The salient phrases of one article or a group of articles, best first: the names the
    /// headlines and most articles share, then the noun phrases most articles use ("emergency
    /// timetable"), each counted once per article, titles counting double. For an editor's tags,
    /// related-story links and search.
    public static func ranked(articles: [Article], limit: Int = 10) -> [String] {
        var result = rankedEntities(articles)
        var seen = Set(result.map { $0.lowercased() })
        var counts: [String: Int] = [:]
        var surface: [String: String] = [:]
        var firstSeen: [String: Int] = [:]
        for article in articles {
            var inArticle = Set<String>()
            let texts = [article.title] + SentenceSplitter().split(article.text).map(\.text)
            for (index, text) in texts.enumerated() {
                for phrase in Sectioner.nounPhrases(in: text, avoiding: []) where phrase.key.contains(" ") {
                    if surface[phrase.key] == nil {
                        surface[phrase.key] = phrase.text
                        firstSeen[phrase.key] = firstSeen.count
                    }
                    if index == 0 { counts[phrase.key, default: 0] += 1 }
                    if inArticle.insert(phrase.key).inserted { counts[phrase.key, default: 0] += 1 }
                }
            }
        }
        let minimum = articles.count > 1 ? 2 : 1
        let phrases = counts.filter { $0.value >= minimum }.sorted { a, b in
            a.value != b.value ? a.value > b.value : firstSeen[a.key, default: 0] < firstSeen[b.key, default: 0]
        }
        for (key, _) in phrases {
            guard let text = surface[key], seen.insert(text.lowercased()).inserted else { continue }
            result.append(text)
        }
        return Array(result.prefix(limit))
    }

    /// Names found by the entity recognizer, each under its full form ("Lee" counts for "Lee
    /// Jae-myung"), ranked by the headlines that name them (counting double) and the articles that
    /// do; a name only one article of several uses is left out.
    static func rankedEntities(_ articles: [Article]) -> [String] {
        let recognizer = EntityRecognizer()
        let titles = articles.map { recognizer.entities(in: $0.title) }
        let texts = articles.map { recognizer.entities(in: $0.text) }
        let aliases = EntityAliasResolver.resolve(titles + texts)
        var score: [String: Int] = [:]
        var inArticles: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for index in articles.indices {
            var seen = Set<String>()
            for (fromTitle, entity) in titles[index].map({ (true, $0) }) + texts[index].map({ (false, $0) }) {
                let name = aliases.canonicalName(for: entity.text) ?? entity.text
                if firstSeen[name] == nil { firstSeen[name] = firstSeen.count }
                if fromTitle { score[name, default: 0] += 1 }
                if seen.insert(name).inserted {
                    score[name, default: 0] += 1
                    inArticles[name, default: 0] += 1
                }
            }
        }
        let minimum = articles.count > 1 ? 2 : 1
        return score.filter { inArticles[$0.key, default: 0] >= minimum }.sorted { a, b in
            a.value != b.value ? a.value > b.value : firstSeen[a.key, default: 0] < firstSeen[b.key, default: 0]
        }.map(\.key)
    }

    struct RankedName {
        var name: String
        var words: Int
        /// Referred to by part of the name elsewhere ("Lee" for "Lee Jae-myung"): a person.
        var isPerson: Bool
    }

    /// Proper names ranked by title mentions and by how many articles name them; a short form
    /// ("Lee", "President Lee") counts for the full name it abbreviates.
    static func rankedNames(_ articles: [Article], names found: [[String]]? = nil) -> [RankedName] {
        var articleCount: [String: Int] = [:]
        var titleCount: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var perArticle: [[String]] = []
        var titles: [[String]] = []
        for (index, article) in articles.enumerated() {
            var names: [String] = []
            if let found, index < found.count {
                names = found[index].compactMap(stripRoles)
            } else {
                for sentence in SentenceSplitter().split(article.text) {
                    names += ClaimAtoms(sentence.text).names.compactMap(stripRoles)
                }
            }
            perArticle.append(names)
            titles.append(ClaimAtoms("The " + article.title).names.compactMap(stripRoles))
        }
        let allNames = Set(perArticle.flatMap { $0 } + titles.flatMap { $0 })
        // Map each short form to the longest personal name that contains it ("Lee" -> "Lee Jae-myung");
        // a place inside an institution's name ("Beijing" in "Beijing Capital Airport") stays itself.
        // Names of up to three words that are no institution, found through any of their words.
        var containing: [Substring: [(name: String, words: Set<Substring>, count: Int)]] = [:]
        for other in allNames {
            let words = other.split(separator: " ")
            guard words.count <= 3, !words.contains(where: { institutionWords.contains($0.lowercased()) }) else { continue }
            let entry = (name: other, words: Set(words), count: words.count)
            for word in Set(words) { containing[word, default: []].append(entry) }
        }
        var canonicalForms: [String: String] = [:]
        func canonical(_ name: String) -> String {
            if let known = canonicalForms[name] { return known }
            let parts = name.split(separator: " ")
            let wordSet = Set(parts)
            let longer = (parts.first.flatMap { containing[$0] } ?? []).filter { other in
                other.name.count > name.count && wordSet.isSubset(of: other.words)
            }
            let result = longer.max { ($0.count, $1.name) < ($1.count, $0.name) }?.name ?? name
            canonicalForms[name] = result
            return result
        }
        var shortForms: [String: Int] = [:]
        var order = 0
        for (index, names) in perArticle.enumerated() {
            var seen = Set<String>()
            for raw in names {
                let name = canonical(raw)
                if name != raw { shortForms[name, default: 0] += 1 }
                if firstSeen[name] == nil {
                    firstSeen[name] = order
                    order += 1
                }
                if seen.insert(name).inserted { articleCount[name, default: 0] += 1 }
            }
            for raw in titles[index] { titleCount[canonical(raw), default: 0] += 1 }
        }
        let minimum = min(2, articles.count)
        // A name no headline mentions is a detail of the story, not what it is about.
        return articleCount.keys.filter { articleCount[$0]! >= minimum && (titleCount[$0] ?? 0) > 0 }.map { name in
            RankedName(name: name, words: name.split(separator: " ").count, isPerson: (shortForms[name] ?? 0) > 0 && name.contains(" "))
        }.sorted { a, b in
            let sa = (titleCount[a.name] ?? 0) * 2 + articleCount[a.name]! + (a.isPerson ? 3 : 0)
            let sb = (titleCount[b.name] ?? 0) * 2 + articleCount[b.name]! + (b.isPerson ? 3 : 0)
            return sa != sb ? sa > sb : (firstSeen[a.name] ?? 0) < (firstSeen[b.name] ?? 0)
        }
    }

    /// The kind of event most articles name: "summit", "strike", "final". A word the titles use
    /// outranks one only the texts use ("barrier" in every title beats "storm" in every text).
    static func rankedEventWord(_ articles: [Article]) -> String? {
        var counts: [String: Int] = [:]
        var titleCounts: [String: Int] = [:]
        for article in articles {
            // Each distinct word stemmed once: an article repeats most of its words.
            let titleWords = Set(Set(Tokenizer.normalizedWords(in: article.title)).map { Stemmer.stem($0) })
            let words = titleWords.union(Set(Tokenizer.normalizedWords(in: article.text)).map { Stemmer.stem($0) })
            for word in eventWords where words.contains(Stemmer.stem(word)) {
                counts[word, default: 0] += 1
                if titleWords.contains(Stemmer.stem(word)) { titleCounts[word, default: 0] += 1 }
            }
        }
        let minimum = max(2, (articles.count + 1) / 2)
        // Ties go to the word earlier in the list: the more specific kind of event.
        let rank = Dictionary(uniqueKeysWithValues: eventWords.enumerated().map { ($1, $0) })
        func weight(_ word: String) -> Int { counts[word, default: 0] + 2 * titleCounts[word, default: 0] }
        guard let best = counts.filter({ $0.value >= minimum }).max(by: { (weight($0.key), rank[$1.key]!) < (weight($1.key), rank[$0.key]!) }) else {
            return nil
        }
        return best.key.prefix(1).uppercased() + best.key.dropFirst()
    }

    /// Nouns that name what happened; the first that most sources use becomes the keyphrase's last word.
    static let eventWords = [
        "summit", "strike", "election", "fair", "expo", "final", "attack", "crash", "storm", "flood", "earthquake",
        "plant", "factory", "launch", "discovery", "comet", "trial", "merger", "protest", "barrier", "ceasefire",
        "visit", "talks", "deal", "verdict", "wildfire", "outbreak", "budget", "rate", "shooting", "resignation",
        "acquisition", "record", "marathon", "reopening", "collapse", "explosion", "agreement", "festival", "vote",
    ]

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

    static let institutionWords: Set<String> = [
        "airport", "university", "group", "company", "inc", "bank", "union", "ministry", "council", "capital",
        "international", "institute", "observatory", "authority", "agency", "party", "club", "association",
        "museum", "library", "hospital", "court", "parliament", "assembly", "office", "department", "exhibitions",
        "corporation", "semiconductor", "press", "service", "times", "daily", "post", "news", "review",
    ]

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
