import NewsdeskCore

/// The search and readability checks a widely used publishing SEO plugin applies, with its
/// thresholds (see REFERENCE.md in the shared folder), run on a brief as the page shows it.
///
/// ```swift
/// let assessment = SEOAssessment(brief)
/// print(assessment.greenShare, assessment.checks.filter { $0.rating == .red })
/// ```
public struct SEOAssessment: Sendable {
    public enum Rating: String, Codable, Sendable { case green, orange, red }

    public struct Check: Codable, Sendable, Equatable {
        public var name: String
        public var rating: Rating
        public var detail: String
    }

    public var checks: [Check]

    /// Share of applicable checks rated green.
    public var greenShare: Double {
        checks.isEmpty ? 0 : Double(checks.filter { $0.rating == .green }.count) / Double(checks.count)
    }

    /// Sentences per paragraph on the page (the renderer groups a section's sentences by three).
    public static let sentencesPerParagraph = 3

    public init(_ brief: Brief) {
        let keyWords = Self.contentWords(brief.keyphrase)
        let paragraphs: [[String]] = [brief.lead.map(\.text)] + brief.sections.flatMap { section in
            stride(from: 0, to: section.sentences.count, by: Self.sentencesPerParagraph).map { start in
                section.sentences[start..<min(start + Self.sentencesPerParagraph, section.sentences.count)].map(\.text)
            }
        }
        let sentences = paragraphs.flatMap { $0 }
        let words = sentences.reduce(0) { $0 + Tokenizer.words(in: $1).count }
        var checks: [Check] = []
        func add(_ name: String, _ rating: Rating, _ detail: String) { checks.append(Check(name: name, rating: rating, detail: detail)) }

        // Keyphrase length.
        let keyCount = keyWords.count
        add("keyphrase length", keyCount == 0 || keyCount > 8 ? .red : keyCount <= 4 ? .green : .orange, "\(keyCount) content words")

        // Keyphrase in the introduction.
        let lead = brief.lead.map(\.text)
        let inOneSentence = lead.contains { Self.containsAll(keyWords, in: $0) }
        let inParagraph = Self.containsAll(keyWords, in: lead.joined(separator: " "))
        add("keyphrase in introduction", inOneSentence ? .green : inParagraph ? .orange : .red,
            inOneSentence ? "in one sentence of the lead" : inParagraph ? "spread over the lead" : "not in the lead")

        // Keyphrase in the SEO title.
        let title = brief.headline
        let titleRating: Rating = title.lowercased().hasPrefix(brief.keyphrase.lowercased()) ? .green
            : title.lowercased().contains(brief.keyphrase.lowercased()) || Self.containsAll(keyWords, in: title) ? .orange : .red
        add("keyphrase in SEO title", titleRating, titleRating == .green ? "at the start" : "not at the start")

        // Keyphrase density (texts of 100 words or more), over the text as the page shows it:
        // subheadings are part of it, as the plugin counts them.
        if words >= 100 {
            let headingTexts = brief.sections.map(\.heading)
            let occurrences = (sentences + headingTexts).filter { Self.containsAll(keyWords, in: $0) }.count
            let allWords = words + headingTexts.reduce(0) { $0 + Tokenizer.words(in: $1).count }
            let density = Double(occurrences * max(1, keyCount)) / Double(allWords) * 100
            let rating: Rating = occurrences <= 1 || density < 0.5 ? .red : density <= 3 ? .green : density <= 4 ? .orange : .red
            add("keyphrase density", rating, String(format: "%.1f%% (%d times)", density, occurrences))
        }

        // Keyphrase in the meta description, and its length.
        let metaCount = Self.occurrences(of: brief.keyphrase, in: brief.metaDescription)
        add("keyphrase in meta description", (1...2).contains(metaCount) ? .green : .red, "\(metaCount) times")
        let metaLength = brief.metaDescription.count
        add("meta description length", metaLength == 0 ? .red : (121...156).contains(metaLength) ? .green : .orange, "\(metaLength) characters")

        // Title width in pixels.
        let width = TitleWidth.pixels(title)
        add("SEO title width", width > 600 ? .red : width >= 400 ? .green : .orange, "\(Int(width)) px")

        // Keyphrase in subheadings.
        let headings = brief.sections.map(\.heading)
        if !headings.isEmpty {
            let withKey = headings.filter { heading in
                let present = keyWords.filter { Self.contentWords(heading).contains($0) }
                return !keyWords.isEmpty && Double(present.count) / Double(keyWords.count) > 0.5
            }.count
            let share = Double(withKey) / Double(headings.count)
            add("keyphrase in subheadings", (0.3...0.75).contains(share) ? .green : .red, "\(withKey) of \(headings.count)")
        }

        // Keyphrase in the slug.
        let slugWords = Set(brief.slug.split(separator: "-").map { Stemmer.stem(String($0)) })
        let inSlug = keyWords.filter { slugWords.contains($0) }.count
        let slugGreen = keyCount < 3 ? inSlug == keyCount : Double(inSlug) > Double(keyCount) / 2
        add("keyphrase in slug", slugGreen ? .green : .orange, "\(inSlug) of \(keyCount) words")

        // Text length.
        add("text length", words >= 300 ? .green : words >= 200 ? .orange : .red, "\(words) words")

        // Subheading distribution.
        let sectionWords = brief.sections.map { $0.sentences.reduce(0) { $0 + Tokenizer.words(in: $1.text).count } }
        let longest = sectionWords.max() ?? words
        let distribution: Rating = headings.isEmpty && words >= 300 ? .red : longest > 350 ? .red : longest > 300 ? .orange : .green
        add("subheading distribution", distribution, "longest section \(longest) words")

        // Paragraph length.
        let longestParagraph = paragraphs.map { $0.reduce(0) { $0 + Tokenizer.words(in: $1).count } }.max() ?? 0
        add("paragraph length", longestParagraph > 200 ? .red : longestParagraph > 150 ? .orange : .green, "longest \(longestParagraph) words")

        // Sentence length.
        let long = sentences.filter { Tokenizer.words(in: $0).count > 20 }.count
        let longShare = sentences.isEmpty ? 0 : Double(long) / Double(sentences.count)
        add("sentence length", longShare <= 0.25 ? .green : longShare <= 0.30 ? .orange : .red,
            String(format: "%.0f%% over 20 words", longShare * 100))

        // Consecutive sentences starting with the same word.
        var run = 1, longestRun = sentences.isEmpty ? 0 : 1
        for (a, b) in zip(sentences, sentences.dropFirst()) {
            run = Self.firstWord(a) == Self.firstWord(b) ? run + 1 : 1
            longestRun = max(longestRun, run)
        }
        add("consecutive sentences", longestRun >= 3 ? .red : .green, "at most \(longestRun) in a row start alike")

        // Passive voice.
        let passive = sentences.filter(Self.isPassive).count
        let passiveShare = sentences.isEmpty ? 0 : Double(passive) / Double(sentences.count)
        add("passive voice", passiveShare <= 0.10 ? .green : passiveShare <= 0.15 ? .orange : .red,
            String(format: "%.0f%% of sentences", passiveShare * 100))

        // Transition words (texts of 200 words or more).
        if words >= 200 {
            let transitions = sentences.filter(Self.hasTransition).count
            let share = Double(transitions) / Double(sentences.count)
            add("transition words", share >= 0.30 ? .green : share >= 0.20 ? .orange : .red, String(format: "%.0f%% of sentences", share * 100))
        }

        // Flesch reading ease.
        let syllables = sentences.flatMap { Tokenizer.words(in: $0) }.reduce(0) { $0 + Self.syllables(String($1)) }
        let flesch = sentences.isEmpty || words == 0 ? 0
            : 206.835 - 1.015 * Double(words) / Double(sentences.count) - 84.6 * Double(syllables) / Double(words)
        add("Flesch reading ease", flesch >= 60 ? .green : flesch >= 50 ? .orange : .red, String(format: "%.1f", flesch))

        self.checks = checks
    }

    // MARK: Text helpers

    static func contentWords(_ text: String) -> [String] {
        Tokenizer.normalizedWords(in: text).filter { !StopWords.english.contains($0) }.map { Stemmer.stem($0) }
    }

    static func containsAll(_ keyWords: [String], in text: String) -> Bool {
        guard !keyWords.isEmpty else { return false }
        let present = Set(contentWords(text))
        return keyWords.allSatisfy(present.contains)
    }

    static func occurrences(of phrase: String, in text: String) -> Int {
        let needle = Tokenizer.normalizedWords(in: phrase)
        let haystack = Tokenizer.normalizedWords(in: text)
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter { Array(haystack[$0..<$0 + needle.count]) == needle }.count
    }

    static func firstWord(_ sentence: String) -> String {
        Tokenizer.words(in: sentence).first.map { Tokenizer.normalize($0) } ?? ""
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets"]
    static let irregularParticiples: Set<String> = [
        "made", "given", "taken", "seen", "known", "shown", "written", "done", "held", "built", "sent", "found",
        "told", "paid", "set", "put", "brought", "bought", "kept", "left", "led", "met", "won", "lost", "hit",
        "struck", "chosen", "driven", "drawn", "spoken", "stolen", "sold", "hidden", "beaten", "broken", "caught",
    ]

    /// A form of "be" followed, perhaps after one adverb, by a past participle.
    static func isPassive(_ sentence: String) -> Bool {
        let words = Tokenizer.normalizedWords(in: sentence)
        for (index, word) in words.enumerated() where beForms.contains(word) {
            for next in words.dropFirst(index + 1).prefix(2) {
                if (next.hasSuffix("ed") && next.count > 4) || irregularParticiples.contains(next) { return true }
                if !next.hasSuffix("ly") { break }
            }
        }
        return false
    }

    static let transitionWords: [String] = [
        "also", "however", "meanwhile", "moreover", "furthermore", "therefore", "because", "although", "while",
        "after", "before", "since", "then", "later", "first", "finally", "instead", "still", "yet", "besides",
        "as a result", "for example", "in addition", "on the other hand", "at the same time", "in contrast",
        "according to", "similarly", meanwhileWord, "until", "once", "so that", "even though", "despite", "unlike",
    ]
    private static let meanwhileWord = "in the meantime"

    private static let singleTransitions = Set(transitionWords.filter { !$0.contains(" ") })
    private static let phraseTransitions = transitionWords.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }

    /// Whether a transition word or phrase occurs as whole words.
    static func hasTransition(_ sentence: String) -> Bool {
        let words = Tokenizer.normalizedWords(in: sentence)
        if words.contains(where: singleTransitions.contains) { return true }
        return phraseTransitions.contains { phrase in
            words.count >= phrase.count && (0...(words.count - phrase.count)).contains { start in
                words[start..<(start + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    /// Vowel groups, less a silent final "e": a standard estimate for English.
    static func syllables(_ word: String) -> Int {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return 0 }
        var count = 0
        var previousVowel = false
        for scalar in lower.unicodeScalars {
            let vowel = "aeiouy".unicodeScalars.contains(scalar)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        if lower.hasSuffix("e"), !lower.hasSuffix("le"), count > 1 { count -= 1 }
        return max(1, count)
    }
}
