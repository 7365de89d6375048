import NewsdeskCore
import Testing

/// Hostile and degenerate input: bounded work, no crash, and results that still make sense.
@Suite struct EntityBadInputTests {
    let recognizer = EntityRecognizer()

    /// Every range points at the text it claims, whatever the input.
    func checkRanges(_ text: String, _ analysis: EntityAnalysis) {
        let bytes = Array(text.utf8)
        for e in analysis.entities {
            #expect(e.range.upperBound <= bytes.count)
            #expect(String(decoding: bytes[e.range], as: UTF8.self) == e.text)
        }
        for q in analysis.quotations {
            #expect(String(decoding: bytes[q.range], as: UTF8.self) == q.text)
        }
    }

    @Test func emptyAndBlankText() {
        for text in ["", " ", "\n\n\n", "\"", "“”", "."] {
            let analysis = recognizer.analyze(text)
            #expect(analysis.entities.isEmpty)
            #expect(analysis.quotations.isEmpty)
        }
    }

    @Test func fiveMegabytesOfCapitalisedWordsWithoutPunctuation() {
        let words = ["Alpha", "Bravo", "Charlie", "Kilo", "Echo", "Foxtrot", "Beijing", "Golf", "Hotel"]
        var text = ""
        text.reserveCapacity(5_100_000)
        var i = 0
        while text.utf8.count < 5_000_000 {
            text += words[i % words.count]
            text += " "
            i += 1
        }
        let analysis = recognizer.analyze(text)
        let limit = EntityRecognizer.Options().maxEntityWords
        #expect(analysis.entities.allSatisfy { $0.text.split(separator: " ").count <= limit })
        // Over-long capitalised runs keep only gazetteer names: every "Beijing", nothing else.
        #expect(analysis.entities.count == i / words.count + (i % words.count > 6 ? 1 : 0))
        #expect(analysis.entities.allSatisfy { $0.text == "Beijing" && $0.kind == .place })
        #expect(analysis.quotations.isEmpty)
    }

    @Test func allCapitalText() {
        let text = "SOUTH KOREA AND CHINA SIGNED 15 AGREEMENTS IN BEIJING AFTER LEE MET XI. THE IMF WELCOMED IT."
        let analysis = recognizer.analyze(text)
        checkRanges(text, analysis)
        #expect(analysis.entities.map(\.text) == ["SOUTH KOREA", "CHINA", "BEIJING", "IMF"])
    }

    @Test func mixedScriptsAndControlCharacters() {
        let text = "李在明 met 習近平 in 北京.\u{0}\u{1}Lee\u{7} met Xi Jinping in Москва and Κώστας Παπαδόπουλος.\u{1B}[0m"
        let analysis = recognizer.analyze(text)
        checkRanges(text, analysis)
        let names = analysis.entities.map(\.text)
        #expect(names.contains("Lee"))
        #expect(names.contains("Xi Jinping"))
        #expect(names.contains("Κώστας Παπαδόπουλος"))
        #expect(!names.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
    }

    @Test func invalidUTF8DecodedWithReplacement() {
        var bytes: [UInt8] = Array("President Lee ".utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x80, 0xF0, 0x9F, 0x98]
        bytes += Array(" met Xi Jinping in Beijing. \"".utf8) + [0xC0, 0xAF] + Array(" said Park.".utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        let analysis = recognizer.analyze(text)
        checkRanges(text, analysis)
        #expect(analysis.entities.map(\.text).starts(with: ["Lee", "Xi Jinping", "Beijing"]))
    }

    @Test func thousandsOfUnbalancedQuoteMarks() {
        let text = String(repeating: "\"Lee said ", count: 3_000) + String(repeating: "“", count: 3_000)
            + String(repeating: "” Xi said. ", count: 3_000) + String(repeating: "\"", count: 2_001)
        let analysis = recognizer.analyze(text)
        checkRanges(text, analysis)
        let limit = EntityRecognizer.Options().maxQuoteBytes
        #expect(analysis.quotations.allSatisfy { $0.range.count <= limit })
        // Straight marks pair up as "Lee said " quotations of two words: too short to count with no speaker.
        #expect(analysis.quotations.count <= 3_000)
        #expect(analysis.entities.count >= 3_000)
    }

    @Test func manyPronounQuotationsStayLinear() {
        // Each pronoun looks back a few sentences only; two people named before it leave it unresolved.
        let text = String(repeating: "Lee met Kim. \"We will win this one,\" he said. ", count: 20_000)
        let analysis = recognizer.analyze(text)
        #expect(analysis.quotations.count == 20_000)
        #expect(analysis.quotations.allSatisfy { $0.speaker == nil })
        let single = recognizer.analyze(String(repeating: "Lee spoke. \"We will win this one,\" he said. ", count: 20_000))
        #expect(single.quotations.allSatisfy { $0.speaker?.name == "Lee" && $0.attribution == .pronoun })
    }
}
