import Foundation
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskSite
import NewsdeskServer
import NewsdeskStore
import Testing

/// The demo pipeline end to end: the sample corpus over loopback HTTP, a real SQLite file, real
/// HTML parsing, and the published site checked for what a reader must see.
@Suite(.serialized)
struct DemoPipelineTests {
    @Test func publishesTheSummitStoryWithSourcesDifferencesAndRelatedStories() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let summary = try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            return try await runPipeline(store: store, site: site)
        }
        let manifest = try SampleManifest.load()
        #expect(summary.sourcesFailed == 0)
        #expect(summary.articles == manifest.articles.count)
        #expect(summary.duplicates == manifest.articles.filter { $0.duplicateOf != nil }.count)
        #expect(summary.held == 0)

        let briefs = try store.briefs(status: .published)
        let summit = try #require(briefs.first { $0.brief.sources.contains { $0.url.contains("lee-xi-summit") } })
        let page = try readSiteFile(site, SiteRendererPaths.path(of: summit.brief, among: briefs.map(\.brief)))

        // At least three independent outlets cited, each with a numbered entry the markers link to.
        let citedOutlets = Set(summit.brief.allSentences.flatMap(\.citations).compactMap { number in
            summit.brief.sources.first { $0.number == number }?.outlet
        })
        #expect(citedOutlets.count >= 3, "cited: \(citedOutlets)")
        for number in Set(summit.brief.allSentences.flatMap(\.citations)) {
            #expect(page.contains("href=\"#source-\(number)\""))
            #expect(page.contains("id=\"source-\(number)\""))
        }
        // The differing figure is noted with both values and who reports each.
        #expect(page.contains("Where sources differ"))
        #expect(page.contains("15 (") && page.contains("14 (Meridian Daily)"))
        // The wire copy is listed but counted once.
        #expect(summit.brief.independentSourceCount == 4)
        #expect(summit.brief.sources.count == 5)
        #expect(page.contains("word-for-word copy via Eastgate Post, counted once"))
        #expect(page.contains("from 4 independent sources"))
        // Related stories with a teaser and a date each.
        #expect(page.contains("Related stories"))
        let relatedBlock = try #require(page.components(separatedBy: "related-title").last)
        #expect(relatedBlock.components(separatedBy: "<li>").count - 1 >= 3)
        #expect(relatedBlock.contains("<time datetime=\"2026-01"))
        // The page structure of a modern news page, done honestly.
        #expect(page.components(separatedBy: "<h1>").count == 2)
        #expect(page.components(separatedBy: "<h2>").count - 1 >= 2)
        #expect(page.contains("How this article was made"))
        #expect(page.contains("sentences verified against 4 sources"))
        #expect(summit.brief.headline.hasPrefix(summit.brief.keyphrase))
        #expect((120...156).contains(summit.brief.metaDescription.count), "\(summit.brief.metaDescription.count)")
        #expect(summit.brief.metaDescription.lowercased().contains(summit.brief.keyphrase.lowercased()))
        #expect(page.contains("<meta name=\"description\" content=\""))
        #expect(summit.report.isFullySupported)

        // The home page lists every published story, newest first.
        let home = try readSiteFile(site, "index.html")
        let positions = briefs.map { home.range(of: htmlEscaped($0.brief.headline))?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let dates = briefs.compactMap(\.brief.newsDate)
        #expect(dates == dates.sorted(by: >))
        let ordered = positions.compactMap { $0 }
        #expect(ordered == ordered.sorted())
    }

    @Test func recoversEverySampleEventAsOneStory() async throws {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            _ = try await runPipeline(store: store, site: folder.appendingPathComponent("site").path)
        }
        let manifest = try SampleManifest.load()
        let eventOfPath = Dictionary(uniqueKeysWithValues: manifest.articles.map { ($0.path, $0.event) })
        let articles = try store.articles()
        let eventOfArticle = Dictionary(uniqueKeysWithValues: articles.map { entry in
            (entry.id, eventOfPath[URL(string: entry.article.url)!.path] ?? "?")
        })
        let stories = try store.stories()
        #expect(stories.count == Set(manifest.articles.map(\.event)).count)
        for story in stories {
            let events = Set(story.articleIDs.map { eventOfArticle[$0]! })
            #expect(events.count == 1, "story \(story.id) mixes \(events)")
        }
    }

    @Test func rerunningIsIdempotentAndUsesConditionalRequests() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let (first, second) = try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            let first = try await runPipeline(store: store, site: site)
            let second = try await runPipeline(store: store, site: site)
            return (first, second)
        }
        #expect(first.newArticles == 21)
        #expect(second.newArticles == 0)
        #expect(second.sourcesNotModified == second.sources)
        #expect(second.articles == first.articles)
        #expect(second.stories == first.stories)
        #expect(second.published == first.published)
        #expect(try store.briefs().count == first.published + first.held)
    }
}

enum SiteRendererPaths {
    static func path(of brief: Brief, among briefs: [Brief]) -> String {
        NewsdeskSite.SiteRenderer.paths(for: briefs)[brief.storyID]!
    }
}

func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
