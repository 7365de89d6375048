import Foundation
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// OPML import into a real SQLite file and export back out.
struct SourceImportTests {
    static let list = """
        <?xml version="1.0"?><opml version="1.0"><head><title>Mine</title></head><body>
          <outline text="Top" xmlUrl="https://top.example/feed.xml"/>
          <outline text="News"><outline text="World">
            <outline text="Wire" xmlUrl="https://wire.example/rss"/>
            <outline text="Wire again" xmlUrl="https://wire.example/rss"/>
          </outline></outline>
          <outline text="Not a web feed" xmlUrl="file:///etc/passwd"/>
        </body></opml>
        """

    @Test func importSkipsDuplicatesAndExportRoundTrips() throws {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        try store.addSource(url: "https://top.example/feed.xml")
        let outcome = try SourceImport.run(try OPMLReader.read(Data(Self.list.utf8)), into: store)
        #expect(outcome.added == 1)
        #expect(outcome.duplicates == 2)
        #expect(outcome.invalid == ["file:///etc/passwd"])
        let wire = try #require(try store.sources().first { $0.url == "https://wire.example/rss" })
        #expect(wire.title == "Wire")
        #expect(wire.category == "News/World")

        let exported = SourceImport.export(try store.sources())
        let other = try SQLiteStore()
        let again = try SourceImport.run(try OPMLReader.read(Data(exported.utf8)), into: other)
        #expect(again.added == 2)
        let pairs = { (store: SQLiteStore) in try store.sources().map { "\($0.url) \($0.category ?? "-")" }.sorted() }
        #expect(try pairs(other) == pairs(store))
        // Exporting the re-imported list gives the same document.
        #expect(SourceImport.export(try other.sources()) == exported)
    }
}
