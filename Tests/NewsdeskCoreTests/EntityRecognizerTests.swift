import NewsdeskCore
import Testing

@Suite struct EntityRecognizerTests {
    let recognizer = EntityRecognizer()

    func summary(_ text: String) -> [String] {
        recognizer.entities(in: text).map { e in
            var s = "\(e.text):\(e.kind.rawValue)"
            if let role = e.role { s += "@\(role)" }
            if let nationality = e.nationality { s += "^\(nationality)" }
            return s
        }
    }

    @Test func keepsTitlesAsRolesAndDemonymsAsNationality() {
        #expect(
            summary("South Korean President Lee Jae-myung met Prime Minister Takaichi Sanae in Tokyo.") == [
                "Lee Jae-myung:person@President^South Korean", "Takaichi Sanae:person@Prime Minister",
                "Tokyo:place",
            ])
        #expect(summary("Chinese e-commerce group Alibaba signed with Shinsegae.") == [
            "Alibaba:organization", "Shinsegae:organization",
        ])
        #expect(summary("Mr. Lee met Samsung Electronics CEO Jun Young-hyun.") == [
            "Lee:person@Mr.", "Samsung Electronics:organization", "Jun Young-hyun:person@CEO",
        ])
    }

    @Test func rangesAreUTF8OffsetsOfTheName() {
        let text = "Über-rich “Zoë Ångström” said Łódź’s mayor met Lee’s team."
        let bytes = Array(text.utf8)
        let entities = recognizer.entities(in: text)
        #expect(!entities.isEmpty)
        for e in entities {
            #expect(String(decoding: bytes[e.range], as: UTF8.self) == e.text)
        }
        #expect(entities.map(\.text).contains("Lee"))
        #expect(entities.map(\.text).contains("Zoë Ångström"))
    }

    @Test func sentenceInitialWordsAndTraps() {
        #expect(summary("Officials in Seoul said the deal was done.") == ["Seoul:place"])
        #expect(summary("However, the Bank of Korea held rates.") == ["Bank of Korea:organization"])
        #expect(summary("Will the deal survive?").isEmpty)
        #expect(summary("May said she would stay.") == ["May:person"])
        #expect(summary("Prices rose in May.").isEmpty)
        #expect(summary("China Daily reported the visit.") == ["China Daily:organization"])
        #expect(summary("Lee's trip lasts four days.") == ["Lee:person"])
    }

    @Test func acronymDefinedInTheText() {
        let entities = recognizer.entities(in: "The International Monetary Fund (IMF) cut its forecast.")
        #expect(entities.map(\.text) == ["International Monetary Fund", "IMF"])
        #expect(entities.first?.abbreviation == "IMF")
        #expect(entities.allSatisfy { $0.kind == .organization })
    }

    @Test func quotationsWithEverySpeakerPattern() {
        func quotes(_ text: String) -> [String] {
            recognizer.analyze(text).quotations.map { "\($0.text)|\($0.speaker?.name ?? "nil")|\($0.attribution?.rawValue ?? "nil")" }
        }
        #expect(quotes("\"We will not accept this deal at all,\" Lee said.") == ["We will not accept this deal at all,|Lee|after"])
        #expect(quotes("“The talks were frank and useful,” said Park Min-seo, a researcher.") == [
            "The talks were frank and useful,|Park Min-seo|after"
        ])
        #expect(quotes("Xi said: \"China will open its markets wider.\"") == ["China will open its markets wider.|Xi|before"])
        #expect(quotes("\"Growth will slow next year,\" according to the IMF.") == ["Growth will slow next year,|IMF|accordingTo"])
        #expect(
            quotes("Park spoke first. \"Signing is the easy part,\" she said. \"What matters comes later.\"") == [
                "Signing is the easy part,|Park|pronoun", "What matters comes later.|Park|continued",
            ])
        // Two people named just before: "she" could be either.
        #expect(quotes("Park met Kim. \"We object to the ruling,\" she said.") == ["We object to the ruling,|nil|nil"])
        // A scare quote is no quotation.
        #expect(quotes("Lee respects the \"One China\" policy.").isEmpty)
        // Nested single quotes stay inside; a quotation may span sentences.
        #expect(quotes("“He said ‘wait’. We waited,” Diallo recalled.") == ["He said ‘wait’. We waited,|Diallo|after"])
    }

    @Test func quotationRunningOnOverParagraphs() {
        let text = "Lee spoke at length.\n“The first part of the plan is trade.\n“The second part is security,” he said."
        let quotes = recognizer.analyze(text).quotations
        #expect(quotes.map(\.text) == ["The first part of the plan is trade.", "The second part is security,"])
        #expect(quotes.map { $0.speaker?.name } == ["Lee", "Lee"])
    }
}
