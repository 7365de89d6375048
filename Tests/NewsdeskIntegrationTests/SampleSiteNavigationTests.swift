import Foundation
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskSite
import NewsdeskStore
import Testing

/// The archive, entity pages and search of the site the demo pipeline publishes from the sample corpus.
struct SampleSiteNavigationTests {
    @Test func theSampleSiteHasItsArchiveTopicsAndSearch() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        _ = try await withServer(SampleCorpusServer.router(root: samplesFolder)) { port in
            try addSampleSources(store, port: port)
            return try await runPipeline(store: store, site: site)
        }
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: site).resolvingSymlinksInPath()
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        let briefs = try store.briefs(status: .published).map(\.brief)
        let paths = SiteRenderer.paths(for: briefs)
        #expect(!briefs.isEmpty)
        let months = files.keys.filter { $0.hasPrefix("archive/") && $0 != "archive/index.html" }
        let archive = try months.map { try SiteNavigationTests.text(files, $0) }.joined()
        let index = try SiteNavigationTests.text(files, "search-index.json")
        for brief in briefs {
            #expect(archive.components(separatedBy: "\"../\(paths[brief.storyID]!)\"").count == 2, "\(brief.headline)")
            #expect(index.contains("\"p\":\"\(paths[brief.storyID]!)\""))
        }
        // Beijing is named by the summit story and the trade fair story.
        let beijing = try SiteNavigationTests.text(files, "topics/beijing.html")
        let named = briefs.filter { SiteNavigationTests.mentions($0, "Beijing") }
        #expect(named.count >= 2)
        for brief in named { #expect(beijing.contains(paths[brief.storyID]!)) }
        SiteNavigationTests.checkLinksAndHosts(files, base: "http://127.0.0.1:8080/")
    }
}
