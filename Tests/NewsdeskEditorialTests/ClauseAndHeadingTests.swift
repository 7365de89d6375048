import NewsdeskCore
@testable import NewsdeskEditorial
import Testing

@Suite struct ClauseSplitterTests {
    @Test func splitsTwoIndependentClausesJoinedByAnd() throws {
        let sentence = "Talks between the two sides could still resume before the walkout begins next week, and both sides have said they are willing to meet."
        let (head, tail) = try #require(ClauseSplitter.split(sentence))
        #expect(head == "Talks between the two sides could still resume before the walkout begins next week.")
        #expect(tail == "Both sides have said they are willing to meet.")
    }

    @Test func keepsButAsTheOpeningOfTheSecondSentence() throws {
        let sentence = "The ministry said the new rules would take effect in March after a short consultation, but industry groups have asked for a delay of a year."
        let (head, tail) = try #require(ClauseSplitter.split(sentence))
        #expect(head.hasSuffix("consultation."))
        #expect(tail == "But industry groups have asked for a delay of a year.")
    }

    @Test func leavesShortSentencesListsAndQuotesWhole() {
        // Short.
        #expect(ClauseSplitter.split("The union called a strike, and the operator warned of delays.") == nil)
        // The second part is a noun phrase, not a clause.
        #expect(ClauseSplitter.split(
            "The president met the visiting delegation at the palace on Monday afternoon to discuss trade, and the prime minister of the neighbouring country."
        ) == nil)
        // The joiner stands inside a quotation.
        #expect(ClauseSplitter.split(
            "She said \"the members keep this country moving every single day, and they are tired of being told to accept less\" at the rally."
        ) == nil)
        // The sentence opens with a quotation.
        #expect(ClauseSplitter.split(
            "\"We will look at every line of the data before the handover, and the engineers will sign it off,\" the director said."
        ) == nil)
    }

    @Test func partsKeepTheSourceWordsInOrder() throws {
        let sentence = "Transrail has said it will run a limited emergency timetable on the main routes; the few trains that do run will be extremely crowded on both days."
        let (head, tail) = try #require(ClauseSplitter.split(sentence))
        let rejoined = (head.dropLast() + "; " + tail.prefix(1).lowercased() + tail.dropFirst())
        #expect(rejoined == sentence)
    }
}

@Suite struct SectionHeadingTests {
    @Test func nounPhrasesStartAtADeterminerAndStopBeforeVerbs() {
        let phrases = Sectioner.nounPhrases(
            in: "The operator said it would publish an emergency timetable next week, and the team cautioned that its pay offer stands.",
            avoiding: [])
        let texts = phrases.map(\.text)
        #expect(texts.contains { $0.hasPrefix("emergency timetable") }, "\(texts)")
        #expect(texts.contains("team"), "\"cautioned\" ends the phrase: \(texts)")
        #expect(texts.contains("pay offer stands") || texts.contains("pay offer"), "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("operator said") }, "\(texts)")
    }

    @Test func aHeadingIsANounPhraseNotTwoLooseWords() {
        let sentences = [
            "The walkout will involve train drivers, signalling staff and station employees across the national network.",
            "The strike will begin at midnight and run until the end of the month across the national network.",
            "Commuter groups advised passengers to check whether employers would allow home working.",
        ].enumerated().map { index, text in
            StorySentence(text: text, sourceNumber: 1, position: index, vector: TermVector(counting: text), atoms: ClaimAtoms(text))
        }
        let heading = Sectioner.heading(for: sentences, avoiding: [])
        #expect(heading == "National network")
    }
}

@Suite struct RankedKeyphraseTests {
    @Test func namesTheHeadlinesShareComeFirstThenSharedNounPhrases() {
        let texts = [
            ("Rail workers strike as Transrail offer falls short",
             "On Monday, Transrail said the emergency timetable would run on main lines. Union leader Martin Keogh said the pay offer was too low."),
            ("Transrail braces for national rail strike",
             "A spokesperson for Transrail said it will publish an emergency timetable on Friday. Keogh said members rejected the pay offer by a wide margin."),
            ("Commuters plan for Transrail walkout",
             "Passengers should check the emergency timetable before travelling, Transrail said."),
        ]
        let articles = texts.map { title, text in
            Article(url: "http://example.test/\(title.count)", title: title, paragraphs: [Paragraph(.paragraph, text)])
        }
        let ranked = Keyphrase.ranked(articles: articles, limit: 5)
        #expect(ranked.first == "Transrail", "\(ranked)")
        #expect(ranked.contains("emergency timetable"), "\(ranked)")
        #expect(ranked.contains("pay offer"), "\(ranked)")
        // A phrase only one article uses is no keyphrase of the group.
        #expect(!ranked.contains { $0.hasPrefix("wide margin") }, "\(ranked)")
    }
}
