import NewsdeskCore
import Testing

@Suite struct EntityAliasResolverTests {
    let recognizer = EntityRecognizer()

    /// Three short articles about the summit, written like the sample story's coverage.
    var summitGroup: [[NamedEntity]] {
        [
            """
            South Korean President Lee Jae-myung met Chinese President Xi Jinping in Beijing on Monday. \
            Lee said the talks were frank. Xi welcomed the delegation from Samsung, SK and Hyundai.
            """,
            """
            President Lee arrived in Beijing on Sunday. "Seoul wants to show that it can deepen its ties," \
            said Park Min-seo, a researcher at the Hanbit Institute for Regional Studies. Park said the \
            emphasis on business was deliberate. Mr. Lee will return to Seoul on Thursday.
            """,
            """
            The International Monetary Fund (IMF) said growth in South Korea would slow. The IMF also \
            praised China. President Xi said the agreements would help both countries.
            """,
        ].map { recognizer.entities(in: $0) }
    }

    @Test func resolvesShortNamesTitlesAndAcronyms() {
        let table = EntityAliasResolver.resolve(summitGroup)
        #expect(table.canonicalName(for: "Lee") == "Lee Jae-myung")
        #expect(table.canonicalName(for: "Xi") == "Xi Jinping")
        #expect(table.canonicalName(for: "Park") == "Park Min-seo")
        #expect(table.canonicalName(for: "IMF") == "International Monetary Fund")
        #expect(table.canonicalName(for: "Beijing") == "Beijing")
        #expect(table.ambiguous.isEmpty)
        let lee = table.cluster(for: "Lee Jae-myung")
        #expect(lee?.kind == .person)
        // "Lee Jae-myung", "Lee" (twice as written: "Lee said", "President Lee", "Mr. Lee").
        #expect(lee?.mentions.count == 4)
        #expect(lee?.names.sorted() == ["Lee", "Lee Jae-myung"])
        #expect(table.cluster(for: "IMF")?.kind == .organization)
        // "Korea" inside "South Korea" is not merged into another place: places join only their own words.
        #expect(table.canonicalName(for: "South Korea") == "South Korea")
    }

    @Test func leavesASharedSurnameUnresolved() {
        let group = [
            "Lee Jae-myung met Lee Hae-chan in Seoul.",
            "Lee said the meeting had been useful.",
        ].map { recognizer.entities(in: $0) }
        let table = EntityAliasResolver.resolve(group)
        #expect(table.ambiguous == ["Lee"])
        #expect(table.canonicalName(for: "Lee") == "Lee")
        #expect(table.canonicalName(for: "Lee Hae-chan") == "Lee Hae-chan")
        #expect(table.clusters.count == 4)
    }

    @Test func prefersTheLongestOfNestedFullNames() {
        let group = [
            "Brazilian President Luiz Inácio Lula da Silva opened the summit.",
            "Lula da Silva spoke first. Lula said the forest must be protected.",
        ].map { recognizer.entities(in: $0) }
        let table = EntityAliasResolver.resolve(group)
        #expect(table.canonicalName(for: "Lula") == "Luiz Inácio Lula da Silva")
        #expect(table.canonicalName(for: "Lula da Silva") == "Luiz Inácio Lula da Silva")
        #expect(table.ambiguous.isEmpty)
    }

    @Test func westernSurnamesAndKnownAcronymsWithoutParentheses() {
        let group = [
            "French President Emmanuel Macron met the head of the World Health Organization.",
            "Macron said WHO funding would rise. NATO was not discussed.",
        ].map { recognizer.entities(in: $0) }
        let table = EntityAliasResolver.resolve(group)
        #expect(table.canonicalName(for: "Macron") == "Emmanuel Macron")
        #expect(table.canonicalName(for: "WHO") == "World Health Organization")
        // The long form of NATO is not in the texts: the acronym stays its own name.
        #expect(table.canonicalName(for: "NATO") == "NATO")
    }
}
