import Foundation
import NewsdeskCore
import NewsdeskEditorial
import Testing

func article(_ id: Int64, _ outlet: String, _ title: String, _ text: String, day: Int = 5) -> SourceArticle {
    let date = Date(timeIntervalSince1970: 1_767_571_200 + Double(day - 5) * 86400)  // 2026-01-05
    return SourceArticle(
        id: id, outlet: outlet,
        article: Article(url: "http://\(outlet.lowercased().replacingOccurrences(of: " ", with: "")).example/\(id)", title: title,
            published: date, paragraphs: text.components(separatedBy: "\n").map { Paragraph(.paragraph, $0) }))
}

struct VerifierTests {
    let source = SourceIndex(text: """
        President Lee Jae-myung met Xi Jinping in Beijing on January 5, 2026. The two governments signed 15 agreements \
        on technology and transport. More than 200 business executives travelled with him. "We will work to reduce \
        tensions on the peninsula," said Park Min-seo, a researcher. Neither leader mentioned denuclearization.
        """)

    func verdict(_ claim: String) -> SentenceVerdict { Verifier().verify(claim, against: [(1, source)]) }

    @Test(arguments: [
        "President Lee Jae-myung met Xi Jinping in Beijing on January 5, 2026.",
        "The two governments signed fifteen agreements on technology and transport.",
        "President Lee Jae-myung met Xi Jinping in Beijing on Jan. 5, 2026.",
    ])
    func supports(_ claim: String) {
        #expect(verdict(claim).status == .supported, "\(verdict(claim).reasons)")
    }

    @Test(arguments: [
        ("The two governments signed 14 agreements on technology and transport.", "14"),
        ("President Lee Jae-myung met Xi Jinping in Beijing on January 6, 2026.", "“6”"),
        ("President Lee Jae-myung met Li Qiang in Beijing on January 5, 2026.", "name “Li”"),
        ("The two governments signed 15 accords on technology and transport.", "accords"),
        ("More than 200 business executives could travel with him.", "could"),
        ("\"We will work to end tensions on the peninsula,\" said Park Min-seo, a researcher.", "quote"),
        ("Neither leader mentioned trade.", "trade"),
        ("Some 200 business executives travelled with him.", "More"),
    ])
    func catches(_ claim: String, _ atom: String) {
        let result = verdict(claim)
        #expect(result.status != .supported)
        #expect(result.reasons.contains { $0.contains(atom) }, "\(result.reasons)")
    }

    @Test func flipsInPolarityAreCaught() {
        let result = verdict("Both leaders mentioned denuclearization.")
        #expect(result.status != .supported)
    }

    @Test func aSentenceWithoutSourcesIsUnsupported() {
        #expect(Verifier().verify("Anything at all.", against: []).status == .unsupported)
    }
}

struct DeduplicatorTests {
    let wire = """
        The port authority closed all twelve gates of the storm barrier on Thursday for its first full test, protecting \
        forty thousand households along the estuary, officials said after the exercise ended in the early evening.
        """

    @Test func linksCopiesToTheirOriginal() {
        let lightlyEdited = wire.replacingOccurrences(of: "officials said", with: "officials reported")
        let articles = [
            article(1, "Eastgate Post", "Barrier test", wire),
            article(2, "Northfield Courier", "Barrier test", wire),
            article(3, "Harbor Times", "Barrier tested", lightlyEdited),
            article(4, "Lantern Review", "Rail strike", "The rail union announced a strike of forty-eight hours starting on Monday across the national network, affecting commuters in every region of the country."),
        ]
        let links = Deduplicator().duplicates(in: articles)
        #expect(links[2] == 1)
        #expect(links[3] == 1)
        #expect(links[4] == nil)
        #expect(links[1] == nil)
    }
}

struct StoryClustererTests {
    @Test func separatesEventsThatShareAPlaceAndIsDeterministic() {
        let documents = [
            ClusterDocument(id: "1", title: "Lee and Xi sign agreements at Beijing summit", text: "South Korean President Lee Jae-myung met Chinese President Xi Jinping in Beijing, where the two governments signed agreements on technology and transport during a state visit.", published: nil),
            ClusterDocument(id: "2", title: "Battery fair opens in Beijing", text: "An electric vehicle and battery trade fair opened in Beijing with hundreds of exhibitors showing cells, chargers and cars to buyers from dozens of countries.", published: nil),
            ClusterDocument(id: "3", title: "Seoul and Beijing agree technology deals as Lee meets Xi", text: "President Xi Jinping hosted President Lee Jae-myung for a summit in Beijing and both governments agreed deals on technology, intellectual property and transport.", published: nil),
            ClusterDocument(id: "4", title: "Exhibitors crowd Beijing battery expo", text: "Carmakers and battery makers filled the halls of the Beijing trade fair for electric vehicles, where exhibitors showed new cells and charging systems to buyers.", published: nil),
        ]
        let clusters = StoryClusterer().cluster(documents)
        #expect(clusters["1"] == clusters["3"])
        #expect(clusters["2"] == clusters["4"])
        #expect(clusters["1"] != clusters["2"])
        #expect(StoryClusterer().cluster(documents) == clusters)
    }
}

struct BriefWriterTests {
    @Test func needsTwoIndependentOutlets() {
        let one = [article(1, "A", "Title", "Some sentence that is long enough to be used in a brief by the writer here.")]
        guard case .failure(.tooFewSources(independent: 1, minimum: 2)) = BriefWriter().write(storyID: "s", articles: one, now: Date()) else {
            Issue.record("expected a rejection")
            return
        }
    }

    @Test func slugsAreSafe() {
        #expect(BriefWriter.slug("Lee Jae-myung Xi Jinping Summit") == "lee-jae-myung-xi-jinping-summit")
        #expect(BriefWriter.slug("../../etc/passwd\u{0}") == "etc-passwd")
        #expect(BriefWriter.slug("Café São Paulo") == "cafe-sao-paulo")
    }

    @Test func titleWidthEstimateIsPlausible() {
        // About 55–65 characters fit in 600 px.
        #expect(TitleWidth.pixels(String(repeating: "a", count: 50)) < 600)
        #expect(TitleWidth.pixels(String(repeating: "M", count: 50)) > 600)
    }
}

/// Bad input to the verifier: a clear verdict with a reason, in bounded time.
struct VerifierBadInputTests {
    let source = SourceIndex(text: "The council approved a budget of 48 million euros on Monday. Officials said the work starts in March.")

    @Test func aClaimWithNothingToCheckIsUnsupportedWithAReason() {
        let verdict = Verifier().verify("And so on, as it was.", against: [(1, source)])
        #expect(verdict.status == .unsupported)
        #expect(verdict.reasons == ["the sentence has no checkable content"])
    }

    @Test func aSourceInAnotherLanguageSupportsNothingEnglish() {
        let korean = SourceIndex(text: "이재명 대통령은 베이징에서 시진핑 주석과 만났다. 양국은 15개의 협정에 서명했다.")
        let verdict = Verifier().verify("The two countries signed 15 agreements.", against: [(1, korean)])
        #expect(verdict.status != .supported)
        #expect(!verdict.reasons.isEmpty)
    }

    @Test func unbalancedQuotesAndWholeParagraphQuotesGetAVerdict() {
        let open = Verifier().verify("“The council approved a budget of 48 million euros on Monday.", against: [(1, source)])
        #expect(open.status == .supported)
        let quoted = Verifier().verify("“The council approved a budget of 48 million euros on Monday. Officials said the work starts in May.”", against: [(1, source)])
        #expect(quoted.status != .supported)
    }

    @Test func aHugeSourceIsHandled() {
        let filler = String(repeating: "The harbour was quiet and the boats stayed in port all day long. ", count: 15_000)
        let big = SourceIndex(text: filler + "The council approved a budget of 48 million euros on Monday.")
        #expect(Verifier().verify("The council approved a budget of 48 million euros on Monday.", against: [(1, big)]).status == .supported)
        #expect(Verifier().verify("The council approved a budget of 84 million euros on Monday.", against: [(1, big)]).status != .supported)
    }
}

struct BriefGateTests {
    @Test func dropsWhatItCannotReplaceAndHoldsAFragment() {
        let text = "The council approved a budget of 48 million euros on Monday. Officials said the work starts in March."
        let sources = [1: SourceIndex(text: text)]
        let brief = Brief(
            storyID: "s", keyphrase: "Council Budget", headline: "Council Budget", metaDescription: "Council Budget",
            slug: "council-budget", lead: [BriefSentence(text: "The council approved a budget of 48 million euros on Monday.", citations: [1])],
            sections: [BriefSection(heading: "Work", sentences: [BriefSentence(text: "Dragons will guard the new bridge.", citations: [1])])],
            differences: [], sources: [], engine: "test", written: Date(), newsDate: nil)
        let decision = BriefGate().review(brief, sources: sources)
        #expect(!decision.publishable)
        #expect(decision.repairs.contains { $0.hasPrefix("dropped “Dragons") })
        #expect(decision.reasons.contains { $0.contains("only 1 sentences") })
    }
}

struct BriefFactsTests {
    /// Two outlets tell the same dispute over three dated steps; one gives a different wage figure.
    static let articles = [
        article(1, "Harbor Times", "Dock workers reach a deal with the port authority after a long dispute", """
            Dock workers at the Port of Calder accepted a new contract after weeks of talks with the port authority.
            The union first rejected the authority's offer of a 4 percent raise on March 3, 2026.
            Workers then held a two-day strike at the container terminal on March 12.
            Members voted to accept a revised offer of a 6 percent raise on March 20.
            The agreement covers 2,400 dock workers and runs for three years.
            """),
        article(2, "Eastgate Post", "Port of Calder dock workers accept revised contract", """
            The contract dispute at the Port of Calder ended when dock workers accepted a revised offer.
            Dock workers at the Port of Calder held a two-day strike at the container terminal on March 12.
            The revised offer gives a 6 percent raise and covers 2,400 dock workers for three years.
            Port authority officials said cargo handling returned to normal within a day of the vote.
            """, day: 6),
    ]

    @Test func aTimelineListsDatedEventsOldestFirstInTheSourcesOwnWords() throws {
        let brief = try BriefWriter().write(storyID: "s", articles: Self.articles, now: Date()).get()
        let days = brief.timeline.map(\.day)
        #expect(days.count >= 2)
        #expect(days == days.sorted(), "oldest first")
        #expect(Set(days).count == days.count, "one entry per day")
        #expect(days.contains("2026-03-12"), "a day without a year takes the article's year")
        let sourceText = Self.articles.map { $0.article.text }.joined(separator: "\n")
        for entry in brief.timeline {
            #expect(sourceText.contains(entry.sentence.text), "timeline sentences are source sentences: \(entry.sentence.text)")
            #expect(!entry.sentence.citations.isEmpty)
        }
        #expect(brief.timeline.first { $0.day == "2026-03-12" }?.label == "March 12, 2026")
        // The verifier checks the timeline as it checks the body.
        let indexes = Dictionary(uniqueKeysWithValues: Self.articles.enumerated().map { ($0.offset + 1, SourceIndex(text: $0.element.article.title + "\n\n" + $0.element.article.text)) })
        let report = Verifier().verify(brief, sources: indexes)
        #expect(report.verdicts.count >= brief.allSentences.count + brief.timeline.count)
    }

    @Test func keyFactsCiteEverySourceThatStatesThem() throws {
        let brief = try BriefWriter().write(storyID: "s", articles: Self.articles, now: Date()).get()
        let workers = try #require(brief.keyFacts.first { $0.text.hasPrefix("2,400") }, "facts: \(brief.keyFacts)")
        #expect(workers.kind == .figure)
        #expect(workers.citations == [1, 2], "both outlets state 2,400 dock workers")
        #expect(!brief.keyFacts.contains { $0.text.lowercased().hasPrefix("two") || $0.text.hasPrefix("three") }, "small counts are no key facts")
    }

    @Test func aStoryWithOneDateHasNoTimeline() throws {
        let undated = Self.articles.map { entry -> SourceArticle in
            var copy = entry
            copy.article.paragraphs = entry.article.paragraphs.map { paragraph in
                var p = paragraph
                p.text = p.text.replacingOccurrences(of: " on March 3, 2026", with: "").replacingOccurrences(of: " on March 20", with: "")
                return p
            }
            return copy
        }
        let brief = try BriefWriter().write(storyID: "s", articles: undated, now: Date()).get()
        #expect(brief.timeline.isEmpty)
    }
}

struct SummarizerTests {
    static let documents = [
        """
        The city council approved a budget of 48 million euros for the new tram line on Monday evening.
        Construction of the tram line is due to start in March and to finish within three years.
        The mayor said the tram line would cut car traffic in the old town by a fifth.
        Local shop owners asked the council to keep the market square open during the works.
        """,
        """
        Councillors voted to spend 48 million euros on a tram line through the old town.
        Work on the tram line starts in March, and the line should open within three years.
        Opposition members argued that buses would serve the outer districts better than trams.
        Shop owners on the market square fear a drop in trade while the street is closed.
        """,
        """
        A tram line for the old town won the council's approval at a cost of 48 million euros.
        The regional government will pay a third of the cost, the transport office said.
        Residents can see the plans at the town hall until the end of the month.
        """,
    ]

    @Test func staysWithinTheBudgetInWholeWords() {
        for budget in [1, 12, 30, 60, 500] {
            let summary = Summarizer().summarize(Self.documents, words: budget)
            let count = summary.split(whereSeparator: \.isWhitespace).count
            #expect(count <= budget, "budget \(budget): \(count) words")
            #expect(budget < 12 || count >= budget / 2 || budget > 100, "budget \(budget) used poorly: \(summary)")
        }
    }

    @Test func prefersWhatTheDocumentsShareAndSaysItOnce() {
        let summary = Summarizer().summarize(Self.documents, words: 40)
        #expect(summary.contains("48 million euros"), "the shared fact leads: \(summary)")
        let mentions = summary.components(separatedBy: "48 million euros").count - 1
        #expect(mentions == 1, "the three wordings of the approval are one fact: \(summary)")
    }

    @Test func aQueryPullsInWhatTheReaderAsked() {
        let plain = Summarizer().summarize(Self.documents, words: 45)
        let asked = Summarizer().summarize(Self.documents, words: 45, query: "Who pays for the tram, and what do shop owners fear?")
        #expect(!plain.contains("regional government") || !plain.contains("Shop owners"))
        #expect(asked.contains("regional government") || asked.lowercased().contains("shop owners"), "\(asked)")
    }

    @Test func nothingToSummarizeGivesNothing() {
        #expect(Summarizer().summarize([], words: 100).isEmpty)
        #expect(Summarizer().summarize(["Too short.", "\n\n"], words: 100).isEmpty)
        #expect(Summarizer().summarize(Self.documents, words: 0).isEmpty)
    }
}

struct WriterReadabilityTests {
    @Test func subheadingsNameTheStoryAndOpeningsVary() throws {
        let brief = try BriefWriter().write(storyID: "s", articles: BriefFactsTests.articles, now: Date()).get()
        let checks = Dictionary(uniqueKeysWithValues: SEOAssessment(brief).checks.map { ($0.name, $0.rating) })
        #expect(checks["consecutive sentences"] == .green)
        if brief.sections.count >= 2 {
            #expect(checks["keyphrase in subheadings"] == .green, "headings: \(brief.sections.map(\.heading)), keyphrase \(brief.keyphrase)")
        }
        #expect(brief.sections.contains { $0.heading.hasPrefix(brief.keyphrase) })
        #expect(!brief.sections.allSatisfy { $0.heading.hasPrefix(brief.keyphrase) } || brief.sections.count == 1, "not in every heading")
    }
}
