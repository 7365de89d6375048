import NewsdeskCore
import Testing

@Suite struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()
    let published = CivilDate(iso: "2026-01-05")

    @Test func keepsSentenceOffsetsAndFindsEachKind() {
        let text = "Lee met Xi in Beijing on Monday. They signed 15 agreements worth $350bn, officials said. Talks may not resume until next year."
        let analysis = analyzer.analyze(text, published: published)
        #expect(analysis.sentences.count == 3)
        let second = analysis.sentences[1]
        #expect(second.sentence.start == 33)
        #expect(second.quantities.map(\.value) == [15, 350e9])
        #expect(second.quantities.map(\.unit) == ["agreements", "USD"])
        // Item offsets are relative to the sentence; the sentence offset places them in the text.
        let figure = second.quantities[1]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[(second.sentence.start + figure.start)..<(second.sentence.start + figure.end)])) == "$350bn")
        #expect(analysis.sentences[0].dates.first?.value == "2026-01-05")
        #expect(analysis.sentences[2].dates.first?.value == "2027")
        #expect(analysis.sentences[2].markers.map(\.cue) == ["may", "not"])
        #expect(analysis.sentences[2].isNegated && analysis.sentences[2].isHedged)
    }

    @Test func findsNegationAndHedging() {
        func cues(_ text: String) -> [String] {
            analyzer.analyze(sentence: Sentence(text: text, start: 0, end: text.unicodeScalars.count), published: nil).markers.map(\.cue)
        }
        #expect(cues("The ministry denied that the deal had been signed.") == ["denied"])
        #expect(cues("Seoul is no longer a reluctant partner and didn’t say otherwise.") == ["no longer", "n't"])
        #expect(cues("The firm is expected to cut jobs and reportedly plans to close a plant.") == ["is expected to", "reportedly", "plans to"])
        #expect(cues("Talks in May could allegedly collapse; they would never agree.") == ["could", "allegedly", "would", "never"])
        #expect(cues("The prime minister spoke outside No. 10 on Monday.") == [])
    }

    @Test func leavesRelativeDatesUnplacedWithoutAPublicationDate() {
        let sentence = "The firm said on Friday that sales rose 5% last year."
        let result = analyzer.analyze(sentence: Sentence(text: sentence, start: 0, end: sentence.unicodeScalars.count), published: nil)
        #expect(result.dates.map(\.granularity) == [.day, .year])
        #expect(result.dates.allSatisfy { $0.value == nil })
        #expect(result.quantities.first?.unit == "percent")
    }

    @Test func calendarArithmetic() {
        let date = CivilDate(iso: "2025-12-30")!
        #expect(date.weekday == 2)
        #expect(date.isoWeek == (2026, 1))
        #expect(date.adding(days: 3).iso == "2026-01-02")
        #expect(CivilDate(iso: "2024-02-30") == nil)
        #expect(CivilDate(dayNumber: CivilDate(iso: "1969-07-20")!.dayNumber).iso == "1969-07-20")
    }
}

/// Hostile input: every case must finish with bounded work and give countable results.
@Suite struct TextAnalyzerBadInputTests {
    let analyzer = TextAnalyzer()
    let published = CivilDate(iso: "2026-01-05")

    @Test func emptyAndBlankText() {
        #expect(analyzer.analyze("", published: published).sentences.isEmpty)
        #expect(analyzer.analyze(" \n\t ", published: published).sentences.allSatisfy { $0.quantities.isEmpty && $0.dates.isEmpty })
    }

    @Test func oneFiveMegabyteSentenceWithoutPunctuation() {
        let unit = "officials counted 42 boats near the harbour "
        let text = String(repeating: unit, count: 5_000_000 / unit.utf8.count)
        let analysis = analyzer.analyze(text, published: published)
        #expect(analysis.sentences.count == 1)
        let quantities = analysis.sentences.first?.quantities ?? []
        // Only the first `maxTokensPerSentence` tokens are read: 20,000 tokens hold 2,857 whole repeats of 7 words.
        #expect(quantities.count == 2_857)
        #expect(quantities.allSatisfy { $0.value == 42 && $0.unit == "boats" })
    }

    @Test func textThatIsAllNumbers() {
        let text = (1...999).map(String.init).joined(separator: " ")
        let analysis = analyzer.analyze(text, published: published)
        #expect(analysis.sentences.count == 1)
        #expect(analysis.sentences[0].quantities.count == 999)
        #expect(analysis.sentences[0].dates.isEmpty)
        let digits = String(repeating: "9", count: 400)
        let huge = analyzer.analyze(digits, published: published).sentences[0].quantities
        #expect(huge.count == 1)
        #expect(huge[0].value == .infinity || huge[0].value! > 1e300)
    }

    @Test func mixedScripts() {
        let text = "서울에서 15개 협정 北京 2026年1月5日 Москва 300 рублей and $5bn in 3 деня."
        let sentence = analyzer.analyze(text, published: published).sentences
        let quantities = sentence.flatMap(\.quantities)
        #expect(quantities.contains { $0.value == 5e9 && $0.unit == "USD" })
        #expect(quantities.contains { $0.value == 15 && $0.unit == "개" })
    }

    @Test func controlCharacters() {
        let text = "\u{0}\u{1}They signed 15\u{7} agreements\u{1B}[31m on Monday\u{0}."
        let result = analyzer.analyze(text, published: published).sentences
        #expect(result.flatMap(\.quantities).contains { $0.value == 15 })
        #expect(result.flatMap(\.dates).contains { $0.value == "2026-01-05" })
    }

    @Test func invalidUTF8() {
        var bytes: [UInt8] = [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80]
        bytes += Array(" signed 15 agreements on Monday ".utf8) + [0xE2, 0x82] + Array("€4m".utf8) + [0xF4, 0x90, 0x80, 0x80]
        let text = String(decoding: bytes, as: UTF8.self)
        let result = analyzer.analyze(text, published: published).sentences
        let quantities = result.flatMap(\.quantities)
        #expect(quantities.map(\.value) == [15, 4e6])
        #expect(quantities.last?.unit == "EUR")
        #expect(result.flatMap(\.dates).count == 1)
    }
}
