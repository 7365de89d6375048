import NewsdeskCore
import NewsdeskTestSupport
import Testing

struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr. Lee arrived in Beijing. He met Xi.", ["Mr. Lee arrived in Beijing.", "He met Xi."]),
        ("The index rose 3.5 percent on Jan. 5 in trading. Analysts were surprised.", ["The index rose 3.5 percent on Jan. 5 in trading.", "Analysts were surprised."]),
        ("“Will it work?” she asked. Nobody knew.", ["“Will it work?” she asked.", "Nobody knew."]),
        ("J. K. Rowling wrote it. Read more at example.com today.", ["J. K. Rowling wrote it.", "Read more at example.com today."]),
        ("Wait... What happened? It ended!", ["Wait...", "What happened?", "It ended!"]),
        ("会议结束了。双方签署了协议。", ["会议结束了。", "双方签署了协议。"]),
        ("He works at Acme Inc. The company agreed.", ["He works at Acme Inc.", "The company agreed."]),
        // Abbreviations before lower-case words and numbers, and multi-period ones.
        ("They closed at 5 p.m. on Friday, e.g. at noon. Then it rained.", ["They closed at 5 p.m. on Friday, e.g. at noon.", "Then it rained."]),
        ("I live in the U.S. The weather is fine.", ["I live in the U.S.", "The weather is fine."]),
        ("She left at 5 P.M. Then he called.", ["She left at 5 P.M.", "Then he called."]),
        ("See Fig. 3 for details. The curve is flat.", ["See Fig. 3 for details.", "The curve is flat."]),
        // Inline lists, numbered and lettered.
        ("Steps: 1.) Mix it. 2.) Bake it.", ["Steps:", "1.) Mix it.", "2.) Bake it."]),
        ("You can pick a. the red one b. the blue one", ["You can pick", "a. the red one", "b. the blue one"]),
        // Quotations, parentheses, URLs, e-mail addresses and numbered notes.
        ("He said \"Stop. Now.\" Then he left.", ["He said \"Stop. Now.\"", "Then he left."]),
        ("Write to j.doe@example.org or see www.example.com. Thanks.", ["Write to j.doe@example.org or see www.example.com.", "Thanks."]),
        ("Prices rose (see p. 5 of the report). Sales fell.", ["Prices rose (see p. 5 of the report).", "Sales fell."]),
        ("It was found in the soil.12 Later work agreed.", ["It was found in the soil.12", "Later work agreed."]),
        ("Hello!!! Is anyone there?", ["Hello!!! Is anyone there?"]),
        ("Line one\nLine two. Three.", ["Line one", "Line two.", "Three."]),
    ])
    func splitsEnglish(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter().split(text).map(\.text) == expected)
    }

    @Test(arguments: [
        ("hy", "Ի՞նչ ես ուզում։ Ես ոչինչ չեմ ուզում։", ["Ի՞նչ ես ուզում։", "Ես ոչինչ չեմ ուզում։"]),
        ("hi", "सच्चाई यह है कि इसे कोई नहीं जानता। हो सकता है यह फ़्रेंच हो।", ["सच्चाई यह है कि इसे कोई नहीं जानता।", "हो सकता है यह फ़्रेंच हो।"]),
        ("ar", "هل أنت بخير؟ أنا بخير.", ["هل أنت بخير؟", "أنا بخير."]),
        ("el", "Είσαι καλά; Ναι.", ["Είσαι καλά;", "Ναι."]),
        ("am", "እንደምን አለህ፧ ደህና ነኝ።", ["እንደምን አለህ፧", "ደህና ነኝ።"]),
        ("my", "ခင်ဗျားနာမည်ဘယ်လိုခေါ်လဲ။ ကျွန်တော့်နာမည်ကတော့ ဘောဘ်ပါ။", ["ခင်ဗျားနာမည်ဘယ်လိုခေါ်လဲ။", "ကျွန်တော့်နာမည်ကတော့ ဘောဘ်ပါ။"]),
        ("ja", "これは「はい。」と言った。次の文です。", ["これは「はい。」と言った。", "次の文です。"]),
        ("de", "Wir treffen uns am 3. Mai in Berlin. Das ist z. B. gut.", ["Wir treffen uns am 3. Mai in Berlin.", "Das ist z. B. gut."]),
        ("ru", "Это было в 1990 г. в Москве. Потом всё изменилось.", ["Это было в 1990 г. в Москве.", "Потом всё изменилось."]),
    ])
    func splitsOtherLanguages(_ language: String, _ text: String, _ expected: [String]) {
        #expect(SentenceSplitter(language: language).split(text).map(\.text) == expected)
    }

    @Test func offsetsPointBackIntoTheText() {
        let text = "  Première phrase ici. Deuxième phrase là.  "
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.count == 2)
        expectOffsetsMatch(sentences, text)
    }

    /// Random, truncated and hostile input never crashes, and every sentence's offsets give back its text,
    /// in order, without overlap and without surrounding whitespace.
    @Test(arguments: ["en", "de", "ru", "ar", "hi", "hy", "ja", "zh", "sk", "kk", "xx"])
    func randomInputKeepsOffsets(_ language: String) {
        var generator = SplitMix(seed: UInt64(language.unicodeScalars.reduce(7) { $0 &* 31 &+ $1.value }))
        let pieces = [
            ".", "!", "?", "...", " ", "  ", "\n", "\r\n", "\"", "'", "“", "”", "(", ")", "[", "]", "«", "»", "「", "」",
            "（", "）", "--", "1", "12", "1.", "2.)", "a.", "b)", "(i)", "U.S.", "e.g.", "Mr.", "Inc.", "The", "word",
            "x@y.com", "。", "！", "？", "।", "։", "؟", "،", "።", "။", "é", "e\u{301}", "👩‍👩‍👧", "\u{0}", "\u{2028}", "„", "“",
        ]
        let splitter = SentenceSplitter(language: language)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            expectOffsetsMatch(splitter.split(text), text)
            let scalars = Array(text.unicodeScalars)
            let cut = Int.random(in: 0...scalars.count, using: &generator)
            let truncated = String(String.UnicodeScalarView(scalars[..<cut]))
            expectOffsetsMatch(splitter.split(truncated), truncated)
        }
    }

    @Test func hostileInputEndsInBoundedWork() {
        // 1 MB without a sentence mark (debug builds are slow; scripts/bench-sentences.sh times 5 MB in
        // release), and long runs of marks, quotes and openers that would be quadratic if rescanned.
        let long = String(repeating: "word ", count: 200_000)
        #expect(SentenceSplitter().split(long).count == 1)
        #expect(SentenceSplitter().split("").isEmpty)
        #expect(SentenceSplitter().split("\u{0}\u{1}...!!!???").count <= 2)
        for hostile in [
            String(repeating: "a.", count: 50_000), String(repeating: "( x. ", count: 20_000),
            String(repeating: " 'a", count: 50_000), String(repeating: "\"", count: 50_000),
            String(repeating: "1. ", count: 30_000), String(repeating: "a) ", count: 30_000),
        ] {
            let sentences = SentenceSplitter().split(hostile)
            expectOffsetsMatch(sentences, hostile)
        }
    }

    private func expectOffsetsMatch(_ sentences: [Sentence], _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for sentence in sentences {
            #expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= scalars.count, sourceLocation: sourceLocation)
            guard sentence.start >= 0, sentence.start < sentence.end, sentence.end <= scalars.count else { return }
            #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text, sourceLocation: sourceLocation)
            #expect(sentence.text.unicodeScalars.first?.properties.isWhitespace == false, sourceLocation: sourceLocation)
            #expect(sentence.text.unicodeScalars.last?.properties.isWhitespace == false, sourceLocation: sourceLocation)
            previousEnd = sentence.end
        }
    }
}
