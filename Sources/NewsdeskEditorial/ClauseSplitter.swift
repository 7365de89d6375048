import NewsdeskCore

/// Splits a long source sentence into two where it joins two independent clauses ("…, and both
/// sides have said …", "…; the rest …"), so a brief reads in shorter sentences without changing
/// a word of what the source says: the parts keep the source's words in order, only the joining
/// "and" is dropped and the second part starts with a capital.
///
/// Without a parser, a split is taken only when both sides look like clauses: the second starts
/// with a subject (a pronoun, a determiner or a name) and both have a finite verb near their start.
enum ClauseSplitter {
    /// Sentences of up to this many words are left whole.
    static let longSentence = 20
    /// Neither part may be shorter than this.
    static let minimumPartWords = 6

    /// The two parts, or nil when the sentence is short enough or has no safe place to split.
    static func split(_ sentence: String) -> (String, String)? {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > longSentence, let first = words.first, !first.hasPrefix("\""), !first.hasPrefix("“") else { return nil }
        var quoteDepth = 0
        var best: (index: Int, dropJoiner: Bool, distance: Int)?
        for index in words.indices.dropLast() {
            let word = words[index]
            quoteDepth += word.filter { $0 == "\"" || $0 == "“" || $0 == "”" }.count
            guard quoteDepth % 2 == 0 else { continue }
            var cut: (next: Int, dropJoiner: Bool)?
            if word.hasSuffix(";") {
                cut = (index + 1, false)
            } else if word.hasSuffix(","), index + 2 < words.count, joiners.contains(Tokenizer.normalize(words[index + 1])) {
                // ", and both sides …" drops "and"; ", but …" keeps "But" to carry the contrast.
                cut = (index + 2, Tokenizer.normalize(words[index + 1]) == "and")
                if cut?.dropJoiner == false { cut = (index + 1, false) }
            }
            guard let cut else { continue }
            let head = words[..<(index + 1)]
            let tail = words[cut.next...]
            let tailStart = cut.dropJoiner || !joiners.contains(Tokenizer.normalize(words[cut.next])) ? tail : tail.dropFirst()
            guard head.count >= minimumPartWords, tailStart.count >= minimumPartWords,
                startsWithSubject(tailStart), hasFiniteVerb(tailStart.prefix(6)), hasFiniteVerb(head)
            else { continue }
            let distance = abs(head.count - tail.count)
            if best == nil || distance < best!.distance { best = (cut.next, cut.dropJoiner, distance) }
        }
        guard let best else { return nil }
        var head = words[..<(best.index - (best.dropJoiner ? 1 : 0))].joined(separator: " ")
        while let last = head.last, last == "," || last == ";" { head.removeLast() }
        let tail = words[best.index...].joined(separator: " ")
        return (head + ".", tail.prefix(1).uppercased() + tail.dropFirst())
    }

    static let joiners: Set<String> = ["and", "but"]

    static func startsWithSubject<S: Collection>(_ words: S) -> Bool where S.Element == Substring {
        guard let first = words.first else { return false }
        let normal = Tokenizer.normalize(first)
        if subjectWords.contains(normal) { return true }
        guard !StopWords.english.contains(normal), !normal.hasSuffix("ly") else { return false }
        // A name ("Keogh said"), or a bare noun with its verb close behind ("industry groups have").
        return first.first?.isUppercase == true || hasFiniteVerb(words.dropFirst().prefix(3))
    }

    static func hasFiniteVerb<S: Collection>(_ words: S) -> Bool where S.Element == Substring {
        words.contains { word in
            let normal = Tokenizer.normalize(word)
            return auxiliaries.contains(normal) || (normal.hasSuffix("ed") && normal.count > 4)
        }
    }

    static let subjectWords: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "both", "its", "their", "his", "her", "our",
        "this", "these", "those", "many", "some", "most", "several", "other", "others", "officials", "analysts",
    ]

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
        "should", "do", "does", "did", "said", "says", "told", "expects", "plans", "remains", "remain",
    ]
}
