import Foundation
import NewsdeskCore

/// What an editor sees about a story at a glance: who reported it, when, about whom, and under
/// which section.
///
/// ```swift
/// let facts = StoryFacts(articles: members)   // members carry duplicateOf from dedupe
/// facts.sources   // ["Harbor Times", "Northfield Courier"]: a copy counts as its original's outlet
/// ```
public struct StoryFacts: Sendable, Equatable {
    /// Independent outlets, sorted: a copy (an article with `duplicateOf`) adds no source of its own.
    public var sources: [String]
    public var firstSeen: Date?
    public var lastSeen: Date?
    /// Names (runs of capitalised words inside sentences) in the most articles, at most five.
    public var entities: [String]
    public var keyphrase: String
    /// One of `StoryFacts.topics`' labels; "world" when no section's words stand out.
    public var topic: String

    public init(articles: [SourceArticle]) {
        sources = Array(Set(articles.filter { $0.duplicateOf == nil }.map(\.outlet))).sorted()
        let dates = articles.compactMap(\.article.published)
        firstSeen = dates.min()
        lastSeen = dates.max()
        let originals = articles.filter { $0.duplicateOf == nil }
        entities = Self.entities(in: originals.map(\.article))
        keyphrase = Keyphrase.pick(articles: originals.map(\.article))
        topic = Self.topic(of: originals.map(\.article))
    }

    /// Section words, stemmed as `Tokenizer.terms` stems them. A small lexicon: the label with the
    /// most hits across the story's titles and texts wins, if it has at least three.
    public static let topics: [(label: String, words: Set<String>)] = [
        ("politics", ["election", "vote", "parliament", "minister", "president", "party", "campaign", "senate", "government", "opposition", "coalition", "referendum"]),
        ("business", ["profit", "revenue", "share", "market", "earning", "merger", "bank", "company", "investor", "layoff", "job", "price", "deal", "quarter"]),
        ("technology", ["software", "smartphone", "chip", "semiconductor", "app", "internet", "data", "ai", "computer", "cyber", "online", "device"]),
        ("science", ["scientist", "research", "study", "space", "satellite", "rocket", "orbit", "climate", "species", "physic", "telescope", "experiment"]),
        ("sport", ["match", "goal", "league", "cup", "team", "coach", "player", "season", "tournament", "championship", "striker", "final"]),
        ("culture", ["festival", "film", "music", "album", "artist", "museum", "exhibition", "theatre", "novel", "concert", "award", "actor"]),
        ("health", ["health", "hospital", "vaccine", "vaccination", "virus", "outbreak", "disease", "doctor", "patient", "measle", "drug", "medical"]),
        ("world", ["summit", "war", "border", "treaty", "refugee", "ceasefire", "embassy", "diplomat", "foreign", "troop", "sanction"]),
    ].map { ($0.0, Set($0.1.map { Stemmer.stem($0) })) }

    static func topic(of articles: [Article]) -> String {
        var hits = Array(repeating: 0, count: topics.count)
        for article in articles {
            for term in Tokenizer.terms(in: article.title + "\n" + article.text) {
                for (index, topic) in topics.enumerated() where topic.words.contains(term) { hits[index] += 1 }
            }
        }
        guard let best = hits.indices.max(by: { hits[$0] != hits[$1] ? hits[$0] < hits[$1] : $0 > $1 }), hits[best] >= 3 else {
            return "world"
        }
        return topics[best].label
    }

    /// Runs of capitalised words that do not start a sentence ("Renaud Marchal", "Lyon"), ranked by
    /// the number of articles naming them, then by first appearance.
    static func entities(in articles: [Article], maximum: Int = 5) -> [String] {
        var articleCount: [String: Int] = [:]
        var order: [String] = []
        for article in articles {
            var seen = Set<String>()
            for name in names(in: article.text) where seen.insert(name).inserted {
                if articleCount[name] == nil { order.append(name) }
                articleCount[name, default: 0] += 1
            }
        }
        let ranked = order.enumerated().sorted {
            articleCount[$0.element]! != articleCount[$1.element]! ? articleCount[$0.element]! > articleCount[$1.element]! : $0.offset < $1.offset
        }
        return ranked.prefix(maximum).map(\.element)
    }

    private static func names(in text: String) -> [String] {
        var result: [String] = []
        var run: [Substring] = []
        var previousEnd = text.startIndex
        var sentenceStart = true
        func flush() {
            if !run.isEmpty { result.append(run.joined(separator: " ")) }
            run = []
        }
        for word in Tokenizer.words(in: text) {
            let gap = text[previousEnd..<word.startIndex]
            if gap.contains(where: { ".!?:\n".contains($0) }) { sentenceStart = true }
            if gap != " " { flush() }
            previousEnd = word.endIndex
            let capitalised = word.first?.isUppercase ?? false
            if capitalised && !sentenceStart && !StopWords.english.contains(Tokenizer.normalize(word)) {
                run.append(word)
            } else {
                flush()
            }
            sentenceStart = false
        }
        flush()
        return result
    }
}
