import Foundation
import NewsdeskCore
import Testing
@testable import NewsdeskEditorial

@Suite struct StoryFactsTests {
    /// The fixture's articles of one event as stored articles from rotating outlets.
    func articles(of label: String) -> [SourceArticle] {
        let outlets = ["Harbor Times", "Northfield Courier", "Eastgate Post", "Lantern Review"]
        return StoryStreamFixture.stream().filter { $0.label == label }.enumerated().map { offset, item in
            SourceArticle(
                id: Int64(offset), outlet: outlets[offset % outlets.count],
                article: Article(url: "https://example.com/\(offset)", title: item.document.title, published: item.document.published,
                    paragraphs: [Paragraph(.paragraph, item.document.text)]))
        }
    }

    @Test func sourcesCountACopyOnce() {
        var members = Array(articles(of: "halvard-layoffs").prefix(2))
        // A third site runs the first article's wire copy: it is not a third source.
        var copy = members[0]
        copy.id = 99
        copy.outlet = "Wire Mirror"
        copy.duplicateOf = members[0].id
        members.append(copy)
        let facts = StoryFacts(articles: members)
        #expect(facts.sources == ["Harbor Times", "Northfield Courier"])
        #expect(facts.firstSeen == members.compactMap(\.article.published).min())
        #expect(facts.lastSeen == members.compactMap(\.article.published).max())
    }

    @Test(arguments: [
        ("halvard-earnings", "business"), ("porto-football", "sport"), ("ashford-measles", "health"),
        ("norland-election", "politics"), ("satellite-launch", "science"), ("lyon-festival", "culture"),
    ])
    func topicLabel(label: String, topic: String) {
        #expect(StoryFacts(articles: articles(of: label)).topic == topic)
    }

    @Test func mainEntitiesAndKeyphrase() {
        let facts = StoryFacts(articles: articles(of: "lyon-fraud-trial"))
        #expect(facts.entities.contains("Lyon"))
        #expect(facts.entities.contains { $0.contains("Marchal") })
        #expect(!facts.keyphrase.isEmpty)
        let earnings = StoryFacts(articles: articles(of: "halvard-earnings"))
        #expect(earnings.entities.first == "Halvard Motors")
    }
}
