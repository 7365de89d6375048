import Foundation
import NewsdeskIngest
import Testing

struct OPMLTests {
    static let nested = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>Reading list</title></head><body>
          <outline text="Loose feed" xmlUrl="https://loose.example/feed.xml" htmlUrl="https://loose.example/"/>
          <outline text="News">
            <outline text="World">
              <outline text="Wire &amp; Co" title="Wire &amp; Co" type="rss" xmlUrl="https://wire.example/rss?a=1&amp;b=2"/>
            </outline>
            <outline text="Harbour Times" xmlUrl="https://harbour.example/atom.xml"/>
          </outline>
          <outline text="Tagged" xmlUrl="https://tagged.example/feed" category="/Tech/Software"/>
          <outline text="An empty folder"/>
        </body></opml>
        """

    @Test func readsNestedFoldersTitlesAndEscapes() throws {
        let document = try OPMLReader.read(Data(Self.nested.utf8))
        #expect(document.title == "Reading list")
        #expect(document.feeds == [
            OPMLFeed(url: "https://loose.example/feed.xml", title: "Loose feed", siteURL: "https://loose.example/"),
            OPMLFeed(url: "https://wire.example/rss?a=1&b=2", title: "Wire & Co", folders: ["News", "World"]),
            OPMLFeed(url: "https://harbour.example/atom.xml", title: "Harbour Times", folders: ["News"]),
            OPMLFeed(url: "https://tagged.example/feed", title: "Tagged", folders: ["Tech", "Software"]),
        ])
    }

    @Test func writtenListsReadBackTheSame() throws {
        let original = try OPMLReader.read(Data(Self.nested.utf8))
        let feeds = original.feeds + [OPMLFeed(url: "https://odd.example/f?x=\"<&>\"", title: "Quotes \" and <tags>\nnewline", folders: ["Ünïcode 뉴스"])]
        let written = OPMLWriter.write(OPMLDocument(title: "Round trip", feeds: feeds), created: Date(timeIntervalSince1970: 0))
        let again = try OPMLReader.read(Data(written.utf8))
        #expect(again.title == "Round trip")
        // Folders come out grouped, so compare as sets of feeds.
        #expect(Set(again.feeds.map(\.url)) == Set(feeds.map(\.url)))
        for feed in feeds {
            let read = try #require(again.feeds.first { $0.url == feed.url })
            #expect(read.folders == feed.folders)
            #expect(read.title == feed.title)
        }
        #expect(written.contains("<opml version=\"2.0\">"))
    }

    @Test func malformedFileGivesAClearError() {
        #expect(throws: OPMLError.self) { try OPMLReader.read(Data("<opml version=\"2.0\"><body><outline text=\"x\"".utf8)) }
        do {
            _ = try OPMLReader.read(Data("<opml><body><outline xmlUrl=\"a\"></body></opml>".utf8))
            Issue.record("a malformed file was read")
        } catch let error as OPMLError {
            guard case .malformed(let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line == 1)
            #expect(error.description.contains("not well-formed XML"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func otherDocumentsAreNotOPML() {
        #expect(throws: OPMLError.notOPML(root: "rss")) { try OPMLReader.read(Data("<rss version=\"2.0\"><channel/></rss>".utf8)) }
        #expect(throws: OPMLError.empty) { try OPMLReader.read(Data("  \n".utf8)) }
        #expect(throws: OPMLError.noBody) { try OPMLReader.read(Data("<opml version=\"2.0\"><head/></opml>".utf8)) }
        #expect(throws: OPMLError.self) { try OPMLReader.read(Data("just some text, not XML".utf8)) }
    }

    @Test func entitiesAreNeitherExpandedNorFetched() throws {
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://a.example/feed"/></body></opml>
            """
        let title = (try? OPMLReader.read(Data(xxe.utf8)))?.feeds.first?.title ?? ""
        #expect(!title.contains("root:"))
        var dtd = #"<!ENTITY l0 "lol">"#
        for level in 1...9 { dtd += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE opml [\(dtd)]><opml><body><outline text=\"&l9;\" xmlUrl=\"https://b.example/\"/></body></opml>"
        let expanded = (try? OPMLReader.read(Data(bomb.utf8)))?.feeds.first?.title ?? ""
        #expect(expanded.utf8.count < 2_000_000)
    }
}
