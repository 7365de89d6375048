import Foundation
import NewsdeskCore

/// Groups a brief's body sentences into two to four sections by subtopic and names each one.
enum Sectioner {
    struct Group {
        var heading: String
        var sentences: [StorySentence]
    }

    /// `leadOpening`: the first word of the lead, so no three sentences in a row open alike.
    static func sections(from sentences: [StorySentence], keyphrase: String, leadOpening: String = "") -> [Group] {
        guard !sentences.isEmpty else { return [] }
        // Farthest-first seeds: each new seed is the sentence least like the seeds so far.
        let count = min(max(2, sentences.count / 3), 4, sentences.count)
        var seeds = [0]
        while seeds.count < count {
            let next = sentences.indices.filter { !seeds.contains($0) }.min { a, b in
                let sa = seeds.map { sentences[a].vector.cosine(sentences[$0].vector) }.max() ?? 0
                let sb = seeds.map { sentences[b].vector.cosine(sentences[$0].vector) }.max() ?? 0
                return sa != sb ? sa < sb : a < b
            }
            guard let next else { break }
            seeds.append(next)
        }
        var groups = Array(repeating: [StorySentence](), count: seeds.count)
        for (index, sentence) in sentences.enumerated() {
            let target = seeds.indices.max { a, b in
                let sa = seeds[a] == index ? 2 : sentence.vector.cosine(sentences[seeds[a]].vector)
                let sb = seeds[b] == index ? 2 : sentence.vector.cosine(sentences[seeds[b]].vector)
                return sa != sb ? sa < sb : a > b
            }!
            groups[target].append(sentence)
        }
        // Fold single-sentence groups into their nearest neighbour so each section has substance.
        var merged: [[StorySentence]] = []
        for group in groups where !group.isEmpty {
            if group.count == 1, let last = merged.indices.last, merged.count + 1 > 2 || groups.count <= 2 {
                merged[last] += group
            } else {
                merged.append(group)
            }
        }
        if merged.count == 1, merged[0].count >= 4 {
            let half = merged[0].count / 2
            merged = [Array(merged[0][..<half]), Array(merged[0][half...])]
        }
        let keyWords = Set(Tokenizer.terms(in: keyphrase))
        var used = Set<String>()
        var result = merged.enumerated().map { index, group in
            let ordered = group.sorted { ($0.position, $0.sourceNumber) < ($1.position, $1.sourceNumber) }
            let others = merged.enumerated().filter { $0.offset != index }.flatMap(\.element)
            let heading = heading(for: ordered, others: others, avoiding: keyWords.union(used))
            used.formUnion(Tokenizer.terms(in: heading))
            return Group(heading: heading, sentences: ordered)
        }
        nameTheStory(in: &result, keyphrase: keyphrase)
        varyOpenings(&result, leadOpening: leadOpening)
        return result
    }

    /// Breaks runs of three sentences in a row that open with the same word ("The …", "The …",
    /// "The …"), reading on from the lead across sections: the third swaps places with a later
    /// sentence of its section, or else the second with an earlier one of its own section.
    static func varyOpenings(_ groups: inout [Group], leadOpening: String) {
        let addresses = groups.indices.flatMap { g in groups[g].sentences.indices.map { (group: g, index: $0) } }
        func opening(_ position: Int) -> String {
            if position < 0 { return position == -1 ? leadOpening : "" }
            let address = addresses[position]
            return SEOAssessment.firstWord(groups[address.group].sentences[address.index].text)
        }
        for position in addresses.indices {
            let first = opening(position)
            guard !first.isEmpty, first == opening(position - 1), first == opening(position - 2) else { continue }
            let (group, index) = addresses[position]
            let sentences = groups[group].sentences
            if let later = sentences.indices.first(where: { $0 > index && SEOAssessment.firstWord(sentences[$0].text) != first }) {
                groups[group].sentences.swapAt(index, later)
            } else if position >= 1 {
                let (previousGroup, previousIndex) = addresses[position - 1]
                let previous = groups[previousGroup].sentences
                if let earlier = previous.indices.last(where: { $0 < previousIndex && SEOAssessment.firstWord(previous[$0].text) != first }) {
                    groups[previousGroup].sentences.swapAt(previousIndex, earlier)
                }
            }
        }
    }

    /// Puts the keyphrase in front of the headings of the sections that say most about it, about
    /// a third of them (at least one): readers scanning subheadings, and search engines, look for
    /// what the page is about there, but a keyphrase in every heading reads as stuffing.
    static func nameTheStory(in groups: inout [Group], keyphrase: String) {
        guard !groups.isEmpty, !keyphrase.isEmpty else { return }
        let keyWords = SEOAssessment.contentWords(keyphrase)
        let wanted = max(1, Int((Double(groups.count) * 0.3).rounded(.up)))
        let mentions = groups.map { group in group.sentences.filter { SEOAssessment.containsAll(keyWords, in: $0.text) }.count }
        let chosen = groups.indices.sorted { mentions[$0] != mentions[$1] ? mentions[$0] > mentions[$1] : $0 < $1 }.prefix(wanted)
        for index in chosen {
            let named = keyphrase + ": " + groups[index].heading
            groups[index].heading = named.count <= 60 ? named : keyphrase
        }
    }

    /// A short phrase the section says more than the rest of the brief: a name ("Kingsmere
    /// Athletic") or a noun phrase ("storm-surge barrier"), as written.
    static func heading(for sentences: [StorySentence], others: [StorySentence], avoiding: Set<String>) -> String {
        let mine = phrases(in: sentences, avoiding: avoiding)
        let theirs = phrases(in: others, avoiding: avoiding)
        let scored = mine.counts.map { key, count -> (String, Double) in
            let isName = mine.names.contains(key)
            return (key, Double(count) * 2 - Double(theirs.counts[key] ?? 0) + (isName ? 0.6 : 0) + (key.contains(" ") ? 0.5 : 0))
        }
        if let best = scored.max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : (mine.first[$0.0] ?? 0) > (mine.first[$1.0] ?? 0) }),
            best.1 > 2, let text = mine.surface[best.0]
        {
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        return heading(for: sentences, avoiding: avoiding)
    }

    struct Phrases {
        var counts: [String: Int] = [:]
        var surface: [String: String] = [:]
        var first: [String: Int] = [:]
        var names: Set<String> = []
    }

    /// Names and noun phrases of some sentences, keyed by their normalised form.
    static func phrases(in sentences: [StorySentence], avoiding: Set<String>) -> Phrases {
        var result = Phrases()
        var order = 0
        func add(_ key: String, _ text: String, isName: Bool) {
            result.counts[key, default: 0] += 1
            if result.surface[key] == nil {
                result.surface[key] = text
                result.first[key] = order
                order += 1
            }
            if isName { result.names.insert(key) }
        }
        for sentence in sentences {
            for raw in sentence.atoms.names {
                guard let name = Keyphrase.stripRoles(raw), name.count > 2 else { continue }
                let words = Tokenizer.normalizedWords(in: name)
                if words.contains(where: { avoiding.contains(Stemmer.stem($0)) }) { continue }
                add(words.joined(separator: " "), name, isName: true)
            }
            for phrase in nounPhrases(in: sentence.text, avoiding: avoiding) {
                add(phrase.key, phrase.text, isName: false)
            }
        }
        return result
    }

    /// The group's most repeated noun phrase of two words or more ("emergency timetable"), else its
    /// two most frequent content words ("Investment and Chips").
    static func heading(for sentences: [StorySentence], avoiding: Set<String>) -> String {
        var pairCounts: [String: Int] = [:]
        var pairSurface: [String: String] = [:]
        var counts: [String: Int] = [:]
        var surface: [String: String] = [:]
        for sentence in sentences {
            for phrase in nounPhrases(in: sentence.text, avoiding: avoiding) {
                pairCounts[phrase.key, default: 0] += 1
                if pairSurface[phrase.key] == nil { pairSurface[phrase.key] = phrase.text }
            }
            for word in Tokenizer.words(in: sentence.text) {
                let normal = Tokenizer.normalize(word)
                guard normal.count > 3, !StopWords.english.contains(normal), ClaimAtoms.numberValue(normal) == nil,
                    !normal.hasSuffix("ed"), !normal.hasSuffix("ly")
                else { continue }
                let stem = Stemmer.stem(normal)
                guard !avoiding.contains(stem) else { continue }
                counts[stem, default: 0] += 1
                if surface[stem] == nil { surface[stem] = String(word) }
            }
        }
        if let pair = pairCounts.filter({ $0.value >= 2 && $0.key.contains(" ") }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
            let text = pairSurface[pair.key]
        {
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        // A noun phrase said once still names a subject; two loose words side by side do not.
        if let pair = pairCounts.max(by: { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }),
            let text = pairSurface[pair.key]
        {
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2)
            .compactMap { surface[$0.key] }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        switch top.count {
        case 2: return "\(top[0]) and \(top[1])"
        case 1: return top[0]
        default: return "More details"
        }
    }

    /// Noun phrases a determiner opens ("the emergency timetable", "its pay offer"): the one to
    /// three lower-case content words after it, up to punctuation or a function word. A phrase
    /// does not end on a word that reads as a verb or adverb ("the team cautioned" gives "team").
    /// Without a part-of-speech tagger, the determiner is what marks the start of a noun phrase.
    static func nounPhrases(in sentence: String, avoiding: Set<String>) -> [(key: String, text: String)] {
        var result: [(key: String, text: String)] = []
        var phrase: [(stem: String, word: String)] = []
        var open = false
        func close() {
            while let last = phrase.last, verbLike(last.word) { phrase.removeLast() }
            if !phrase.isEmpty {
                result.append((phrase.map(\.stem).joined(separator: " "), phrase.map(\.word).joined(separator: " ")))
            }
            phrase = []
        }
        for raw in sentence.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = raw.trimmingCharacters(in: .punctuationCharacters)
            let normal = Tokenizer.normalize(word)
            let endsClause = raw.last.map { ",;:.!?)\"”".contains($0) } ?? false
            if determiners.contains(normal) {
                close()
                open = !endsClause
                continue
            }
            guard open else { continue }
            let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
            if !plain || word.first?.isUppercase == true || normal.count < 3 || StopWords.english.contains(normal)
                || normal.hasSuffix("ly") || avoiding.contains(Stemmer.stem(normal)) || phrase.count == 3
            {
                close()
                open = false
                continue
            }
            phrase.append((Stemmer.stem(normal), word))
            if endsClause {
                close()
                open = false
            }
        }
        close()
        return result
    }

    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"]

    /// Past forms, "-ing" forms and common reporting verbs: words that end a noun phrase.
    static func verbLike(_ word: String) -> Bool {
        let normal = Tokenizer.normalize(word)
        return (normal.hasSuffix("ed") && !normal.hasSuffix("eed")) || normal.hasSuffix("ing") && normal.count > 5
            || reportingVerbs.contains(normal)
    }

    static let reportingVerbs: Set<String> = [
        "said", "says", "told", "warned", "added", "saw", "see", "sees", "keep", "keeps", "will", "would", "could",
        "can", "may", "must", "made", "make", "makes", "took", "take", "takes", "gave", "give", "gives", "went",
        "goes", "came", "comes", "left", "found", "finds", "began", "begins", "ran", "runs", "set", "sets", "met",
    ]
}
