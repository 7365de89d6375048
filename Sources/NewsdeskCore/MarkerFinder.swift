/// Finds negation and hedging markers in a sentence: the words that keep a verifier from reading
/// "The minister denied that 15 agreements were signed" as support for "15 agreements were signed".
enum MarkerFinder {
    /// Phrases, longest first within each start word; matched on lower-cased words.
    static let phrases: [(words: [WordKey], kind: TextMarker.Kind, cue: String)] = {
        let negations = ["no longer", "not", "never", "neither", "nor", "none", "nobody", "nothing", "cannot", "denied", "denies",
                         "deny", "denying", "refused to", "refuses to", "rejected", "dismissed", "no"]
        let hedges = ["is expected to", "are expected to", "was expected to", "were expected to", "expected to", "is set to", "are set to",
                      "is likely to", "are likely to", "plans to", "plan to", "planned to", "planning to", "may", "might", "could", "would",
                      "allegedly", "alleged", "reportedly", "possibly", "probably", "perhaps", "likely", "appears to", "appeared to",
                      "seems to", "seemed to", "is believed to", "are believed to", "believed to", "suspected", "unconfirmed",
                      "rumoured", "rumored", "should", "is due to", "intends to", "aims to"]
        var list: [(words: [WordKey], kind: TextMarker.Kind, cue: String)] = []
        for phrase in negations { list.append((phrase.split(separator: " ").map { WordKey(String($0))! }, .negation, phrase)) }
        for phrase in hedges { list.append((phrase.split(separator: " ").map { WordKey(String($0))! }, .hedge, phrase)) }
        return list.sorted { $0.words.count > $1.words.count }
    }()

    static var starts: [String] {
        ["no", "not", "never", "neither", "nor", "none", "nobody", "nothing", "cannot", "denied", "denies", "deny", "denying",
         "refused", "refuses", "rejected", "dismissed", "is", "are", "was", "were", "expected", "plans", "plan", "planned",
         "planning", "may", "might", "could", "would", "allegedly", "alleged", "reportedly", "possibly", "probably", "perhaps",
         "likely", "appears", "appeared", "seems", "seemed", "believed", "suspected", "unconfirmed", "rumoured", "rumored",
         "should", "intends", "aims", "t"]
    }

    static func find(in s: TokenizedSentence) -> [TextMarker] {
        var result: [TextMarker] = []
        var i = 0
        while i < s.count {
            let t = s.tokens[i]
            guard t.kind == .word, t.lex.flags.contains(.markerStart) else {
                i += 1
                continue
            }
            // "didn't", "won’t": the "t" after an apostrophe glued to a word ending in "n".
            if t.key == Words.t {
                if i >= 2, t.joined, s.tokens[i - 1].isApostrophe, s.tokens[i - 1].joined, s.tokens[i - 2].kind == .word, s.ends(i - 2, with: "n") {
                    let nStart = s.tokens[i - 2].scalarEnd - 1
                    let text = "n" + s.text(i - 1, i)
                    result.append(TextMarker(kind: .negation, cue: "n't", text: text, start: nStart, end: t.scalarEnd))
                }
                i += 1
                continue
            }
            // "May" with a capital is a month; "No." before a number is an abbreviation.
            if t.capitalized, i > s.firstWord, t.key == Words.may {
                i += 1
                continue
            }
            if t.key == Words.no, s.isSymbol(i + 1, "."), s.isJoined(i + 1) {
                i += 1
                continue
            }
            var matched = false
            for phrase in phrases where phrase.words[0] == t.key && i + phrase.words.count <= s.count {
                var ok = true
                for (k, key) in phrase.words.enumerated().dropFirst() where !s.isWord(i + k, key) {
                    ok = false
                    break
                }
                guard ok else { continue }
                let last = i + phrase.words.count - 1
                result.append(TextMarker(kind: phrase.kind, cue: phrase.cue, text: s.text(i, last), start: t.scalarStart, end: s.tokens[last].scalarEnd))
                i = last + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return result
    }
}
