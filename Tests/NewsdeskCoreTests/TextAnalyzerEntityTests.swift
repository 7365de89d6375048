import Foundation
import NewsdeskCore
import Testing

@Suite struct TextAnalyzerEntityTests {
    let analyzer = TextAnalyzer()

    @Test func convertsByteOffsetsToCodePoints() {
        let text = "Lee Jae-myung met Xi in 北京 on Friday"
        var offsets = UTF8ScalarOffsets(Array(text.utf8))
        // 北 and 京 take three bytes each: "on" is byte 31 but code point 27.
        #expect(offsets.scalarOffset(ofByte: 24) == 24)
        #expect(offsets.scalarOffset(ofByte: 31) == 27)
        #expect(offsets.scalarRange(ofBytes: 24..<30) == 24..<26)
        // Backwards and past the end.
        #expect(offsets.scalarOffset(ofByte: 4) == 4)
        #expect(offsets.scalarOffset(ofByte: 10_000) == text.unicodeScalars.count)
        var emoji = UTF8ScalarOffsets(Array("👍🏽 Seoul".utf8))
        #expect(emoji.scalarOffset(ofByte: 9) == 3)
    }

    @Test func placesNamesInTheirSentencesWithCodePointOffsets() throws {
        // The recognizer reads capitalisation, so 北京 is no name, but it shifts bytes from code points.
        let text = "Lee Jae-myung met Xi in 北京 and Zürich on Friday. Later, President Lee flew to Seoul."
        let analysis = analyzer.analyze(text, published: CivilDate(iso: "2026-01-05"))
        #expect(analysis.sentences.count == 2)
        let first = analysis.sentences[0]
        try #require(first.entities.map(\.text) == ["Lee Jae-myung", "Xi", "Zürich"])
        let scalars = Array(text.unicodeScalars)
        for item in analysis.sentences {
            for entity in item.entities {
                let from = item.sentence.start + entity.start
                #expect(String(String.UnicodeScalarView(scalars[from..<(item.sentence.start + entity.end)])) == entity.text)
            }
        }
        #expect(first.entities[2].start == 31 && first.entities[2].end == 37)
        #expect(first.dates.first?.text == "Friday" && first.dates.first?.start == 41)
        let second = analysis.sentences[1]
        #expect(second.entities.map(\.text) == ["Lee", "Seoul"])
        #expect(second.entities[0].role == "President")
        #expect(second.entities[0].canonicalName == "Lee Jae-myung")
        let lee = analysis.aliases.first { $0.canonicalName == "Lee Jae-myung" }
        #expect(lee?.names == ["Lee Jae-myung", "Lee"])
        #expect(lee?.kind == .person)
    }

    @Test func keepsAQuotationOfTwoSentencesInTheSentenceWhereItOpens() {
        let text = "Prime Minister Takaichi Sanae arrived on Monday. “We have agreed on the text. We will sign it this week,” Takaichi said. Officials declined to comment."
        let analysis = analyzer.analyze(text, published: nil)
        let quotes = analysis.sentences.flatMap(\.quotations)
        #expect(quotes.count == 1)
        let index = analysis.sentences.firstIndex { !$0.quotations.isEmpty }
        #expect(index == 1)
        guard let index, let quote = quotes.first else { return }
        #expect(quote.text == "We have agreed on the text. We will sign it this week,")
        #expect(quote.speaker == "Takaichi")
        #expect(quote.canonicalSpeaker == "Takaichi Sanae")
        let item = analysis.sentences[index]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[(item.sentence.start + quote.start)..<(item.sentence.start + quote.end)])) == quote.text)
    }

    @Test func marksAShortNameThatFitsTwoPeopleAsAmbiguous() {
        let text = "Lee Jae-myung met Lee Hae-chan in Seoul. Lee spoke first."
        let analysis = analyzer.analyze(text, published: nil)
        let lee = analysis.sentences[1].entities.first
        #expect(lee?.text == "Lee")
        #expect(lee?.canonicalName == "Lee")
        #expect(analysis.aliases.first { $0.canonicalName == "Lee" }?.ambiguous == true)
        #expect(analysis.aliases.first { $0.canonicalName == "Lee Jae-myung" }?.ambiguous == false)
    }

    @Test func decodesAnalysesWrittenBeforeEntitiesJoined() throws {
        let old = #"{"published":null,"sentences":[{"sentence":{"text":"Hi.","start":0,"end":3},"quantities":[],"dates":[],"markers":[]}]}"#
        let analysis = try JSONDecoder().decode(TextAnalysis.self, from: Data(old.utf8))
        #expect(analysis.sentences[0].entities.isEmpty && analysis.aliases.isEmpty)
        let round = try JSONDecoder().decode(TextAnalysis.self, from: JSONEncoder().encode(analyzer.analyze("Xi met Lee Jae-myung in Seoul.", published: nil)))
        #expect(round.sentences[0].entities.map(\.text) == ["Xi", "Lee Jae-myung", "Seoul"])
    }

    @Test func annotateJSONCarriesEntitiesQuotationsAndAliases() throws {
        let text = "South Korean President Lee Jae-myung met Xi in 北京 and Zürich on the \"One China\" policy. “We agreed on trade and more,” Lee said."
        var writer = TextAnnotationWriter()
        writer.write(analyzer.analyze(text, published: CivilDate(iso: "2026-01-05")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 2)
        #expect((sentences[0]["text"] as? String)?.hasSuffix(#"the "One China" policy."#) == true)
        let entities = try #require(sentences[0]["entities"] as? [[String: Any]])
        try #require(entities.map { $0["text"] as? String } == ["Lee Jae-myung", "Xi", "Zürich", "One China"])
        #expect(entities[0]["role"] as? String == "President")
        #expect(entities[0]["nationality"] as? String == "South Korean")
        #expect(entities[0]["kind"] as? String == "person")
        #expect(entities[2]["start"] as? Int == 54)
        let second = try #require(sentences[1]["entities"] as? [[String: Any]])
        #expect(second.first?["canonical"] as? String == "Lee Jae-myung")
        let quotes = try #require(sentences[1]["quotations"] as? [[String: Any]])
        #expect(quotes.count == 1)
        #expect(quotes.first?["text"] as? String == "We agreed on trade and more,")
        #expect(quotes.first?["speaker"] as? String == "Lee")
        #expect(quotes.first?["canonicalSpeaker"] as? String == "Lee Jae-myung")
        let aliases = try #require(object["aliases"] as? [[String: Any]])
        let lee = aliases.first { $0["canonical"] as? String == "Lee Jae-myung" }
        #expect(lee?["names"] as? [String] == ["Lee Jae-myung", "Lee"])
    }
}
