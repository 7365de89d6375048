import NewsdeskCore

/// A sentence of one of a story's sources, with what the writer needs to rank it.
struct StorySentence {
    var text: String
    var sourceNumber: Int
    /// Position in its article (0 = first sentence), for lead and ordering preferences.
    var position: Int
    var vector: TermVector
    var atoms: ClaimAtoms
    var score = 0.0
    /// Counted once: the writer asks for both again and again while it chooses.
    let wordCount: Int
    let isPassive: Bool

    init(text: String, sourceNumber: Int, position: Int, vector: TermVector, atoms: ClaimAtoms) {
        self.text = text
        self.sourceNumber = sourceNumber
        self.position = position
        self.vector = vector
        self.atoms = atoms
        wordCount = Tokenizer.words(in: text).count
        isPassive = SEOAssessment.isPassive(text)
    }

    /// Whether the sentence has every one of `keyWords` (stemmed content words), as
    /// `SEOAssessment.containsAll` would say, read from the term vector already counted. Terms
    /// leave out one-letter words, so a keyphrase with one is checked on the text.
    func names(_ keyWords: [String]) -> Bool {
        guard !keyWords.isEmpty else { return false }
        if keyWords.contains(where: { $0.count < 2 }) { return SEOAssessment.containsAll(keyWords, in: text) }
        return keyWords.allSatisfy { vector.weights[$0] != nil }
    }

    /// Starts with a word that points back to something earlier ("He", "The two", "However").
    var isDangling: Bool {
        guard let first = Tokenizer.words(in: text).first.map({ Tokenizer.normalize($0) }) else { return true }
        if Self.danglingStarts.contains(first) { return true }
        let lower = text.lowercased()
        return Self.danglingPhrases.contains { lower.hasPrefix($0) }
    }

    /// Fit to stand in a brief: a complete declarative sentence of readable length.
    var isUsable: Bool {
        let count = wordCount
        guard count >= 8, count <= 45 else { return false }
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || first == "“" || first == "\"" else {
            return false
        }
        guard let last = text.unicodeScalars.last, last == "." || last == "”" || last == "\"" else { return false }
        if text.utf8.contains(0x3F) || text.hasSuffix(":") { return false }
        // Unbalanced quotation marks mean the sentence splitter cut a quote in two.
        var straight = 0, open = 0, close = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": straight += 1
            case "“": open += 1
            case "”": close += 1
            default: break
            }
        }
        return straight % 2 == 0 && open == close
    }

    static let danglingStarts: Set<String> = [
        "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its", "but",
        "and", "however", "also", "meanwhile", "still", "yet", "so", "then", "there", "here", "such", "both",
    ]
    static let danglingPhrases = ["the two ", "the pair ", "the move", "the decision", "the deal", "the visit", "the company", "the club", "the union", "the team"]
}
