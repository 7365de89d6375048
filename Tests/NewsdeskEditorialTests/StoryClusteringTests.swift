import Foundation
import NewsdeskCore
import Testing
@testable import NewsdeskEditorial

@Suite struct StoryClusteringTests {
    @Test func recoversEventsThatSharePlacesPeopleAndCompanies() {
        let stream = StoryStreamFixture.stream()
        #expect(stream.count >= 200)
        let gold = Dictionary(uniqueKeysWithValues: stream.map { ($0.document.id, $0.label) })
        let predicted = StoryClusterer().cluster(stream.map(\.document))
        let score = bCubed(gold: gold, predicted: predicted)
        print("story stream: \(stream.count) articles, \(Set(gold.values).count) events, \(Set(predicted.values).count) stories; B-cubed P \(score.precision) R \(score.recall) F1 \(score.f1)")
        #expect(score.f1 >= 0.95)
        // The pairs that share a place, a person or a company are never merged.
        for (a, b) in [("beijing-trade-summit", "beijing-climate-summit"), ("beijing-trade-summit", "beijing-battery-fair"),
                       ("lyon-fraud-trial", "lyon-pension-protest"), ("halvard-earnings", "halvard-layoffs"),
                       ("porto-storm", "porto-football"), ("norland-election", "norland-scandal")] {
            let storiesOfA = Set(stream.filter { $0.label == a }.map { predicted[$0.document.id]! })
            let storiesOfB = Set(stream.filter { $0.label == b }.map { predicted[$0.document.id]! })
            #expect(storiesOfA.isDisjoint(with: storiesOfB), "\(a) and \(b) share a story")
        }
    }

    @Test func sameStreamSameStories() {
        let documents = StoryStreamFixture.stream(seed: 7).map(\.document)
        #expect(StoryClusterer().cluster(documents) == StoryClusterer().cluster(documents))
    }
}

@Suite struct StoryClusteringBadInputTests {
    let day = Date(timeIntervalSince1970: 1_767_225_600)
    let barrier = "The port authority closed all twelve gates of the Eastmouth storm barrier for its first full test, protecting forty thousand households along the estuary."

    @Test func articlesWithoutTitleTextOrDateAreKeptAndPlaced() {
        let documents = [
            ClusterDocument(id: "1", title: "Eastmouth barrier closed for first full test", text: barrier, published: day),
            ClusterDocument(id: "2", title: "", text: barrier + " Engineers watched the tide.", published: day),
            ClusterDocument(id: "3", title: "Eastmouth storm barrier gates closed in first full test", text: "", published: day),
            ClusterDocument(id: "4", title: "Eastmouth barrier test protects households", text: barrier, published: nil),
            ClusterDocument(id: "5", title: "", text: "", published: nil),
            ClusterDocument(id: "6", title: "", text: "", published: day),
            ClusterDocument(id: "7", title: "...", text: "— , ; !", published: day),
        ]
        let stories = StoryClusterer().cluster(documents)
        #expect(stories.count == documents.count)
        #expect(stories["2"] == stories["1"])
        #expect(stories["3"] == stories["1"])
        #expect(stories["4"] == stories["1"])
        // Articles with no words at all are stories of their own, never joined to anything.
        #expect(Set([stories["1"], stories["5"], stories["6"], stories["7"]]).count == 4)
    }

    @Test func aDateInTheFutureDoesNotHoldAStoryOpenOrApart() {
        var options = StoryClusterer.Options()
        options.now = day.addingTimeInterval(86400)
        let documents = [
            ClusterDocument(id: "1", title: "Eastmouth barrier closed for first full test", text: barrier, published: day),
            ClusterDocument(id: "2", title: "Eastmouth storm barrier test", text: barrier + " It held.", published: Date(timeIntervalSince1970: 4_102_444_800)),  // 2100
            ClusterDocument(id: "3", title: "Eastmouth barrier reopens after test", text: barrier + " The gates reopened.", published: day.addingTimeInterval(2 * 86400)),
        ]
        let stories = StoryClusterer(options: options).cluster(documents)
        #expect(stories["2"] == stories["1"])
        #expect(stories["3"] == stories["1"])
        // Without the clock, the year-2100 date is taken at its word and sits far from the event.
        let unclamped = StoryClusterer().cluster(documents)
        #expect(unclamped["2"] != unclamped["1"])
    }

    @Test func theSameArticleTwiceCountsOnce() {
        let one = ClusterDocument(id: "1", title: "Eastmouth barrier closed for first full test", text: barrier, published: day)
        var copy = one
        copy.id = "2"
        let other = ClusterDocument(id: "3", title: "Rail strike halts trains", text: "Rail workers began a two-day strike over pay, halting most trains across the network.", published: day)
        let stories = StoryClusterer().cluster([one, one, copy, other, one])
        #expect(stories.count == 3)
        #expect(stories["2"] == stories["1"])
        #expect(stories["3"] != stories["1"])
    }

    /// Ten thousand articles titled "Live updates" over unrelated texts: the shared title must not
    /// gather them into one story, and the work per article stays bounded.
    @Test func aTitleRepeatedTenThousandTimesMakesNoGiantStory() {
        let documents = liveUpdates(10_000)
        var state = StoryClusterer.StreamState(options: StoryClusterer.Options())
        for document in documents { state.add(document) }
        state.consolidate()
        var sizes: [String: Int] = [:]
        for story in state.assignment.values { sizes[story, default: 0] += 1 }
        let largest = sizes.values.max() ?? 0
        print("live updates: \(sizes.count) stories, largest \(largest), \(state.comparisons) story comparisons")
        #expect(state.assignment.count == documents.count)
        #expect(largest <= 50)
        #expect(state.comparisons <= documents.count * StoryClusterer.Options().candidateLimit * 2)
    }

    /// Short unrelated texts (a few lines each, as live pages often are) under one title.
    private func liveUpdates(_ count: Int) -> [ClusterDocument] {
        var random = SeededRandom(seed: 99)
        let vocabulary = (0..<5000).map { n in "w" + String(n, radix: 36) + ["ar", "el", "on", "is"][n % 4] }
        return (0..<count).map { n in
            let text = (0..<15).map { _ in vocabulary[Int(random.next() % 5000)] }.joined(separator: " ")
            return ClusterDocument(id: "live-\(n)", title: "Live updates", text: text, published: day.addingTimeInterval(Double(n) * 60))
        }
    }
}

@Suite struct ClusterFindingCopiesTests {
    /// Copy detection on its own thread gives what dedupe and then clustering give in turn.
    @Test func sameAsDedupeThenCluster() {
        var documents = StoryStreamFixture.stream(seed: 11).map(\.document)
        // Wire copies: a few articles run again under other ids, one lightly edited.
        for (offset, index) in [3, 40, 41, 120].enumerated() {
            var copy = documents[index]
            copy.id = "copy-\(offset)"
            if offset == 0 { copy.text = copy.text.replacingOccurrences(of: "said", with: "stated") }
            documents.insert(copy, at: min(index + 5, documents.count))
        }
        let (stories, copies) = StoryClusterer().clusterFindingCopies(documents)
        let articles = documents.enumerated().map { offset, document in
            SourceArticle(id: Int64(offset), outlet: "", article: Article(url: "", title: document.title, paragraphs: [Paragraph(.paragraph, document.text)]))
        }
        let expectedCopies = Deduplicator().duplicates(in: articles)
        #expect(copies.count >= 4)
        #expect(copies == Dictionary(uniqueKeysWithValues: expectedCopies.map { (Int($0.key), Int($0.value)) }))
        var linked = documents
        for (copy, original) in copies { linked[copy].duplicateOf = documents[original].id }
        #expect(stories == StoryClusterer().cluster(linked))
        for offset in 0..<4 {
            let copyIndex = documents.firstIndex { $0.id == "copy-\(offset)" }!
            #expect(stories[documents[copyIndex].id] == stories[documents[copies[copyIndex]!].id])
        }
    }
}
