import Foundation
import NewsdeskCore
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

/// Hostile and mutated input over the whole conformance corpus: every input ends in a feed or a
/// `FeedParseError`, never a crash, a hang or a file read from disk.
struct FeedParserFuzzTests {
    /// The shared conformance files, read where the repository's sibling `shared` folder has them.
    static let casesFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance/feeds/cases")

    static func conformanceFiles() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: casesFolder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    /// Fragments a hostile feed might carry, spliced into real files.
    static let fragments: [[UInt8]] = [
        "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;", "<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;",
        String(repeating: "<div>", count: 5_000), "]]>", "<![CDATA[", "&#0;", "&#x110000;", "&bogus;", "<?xml version=\"1.0\" encoding=\"EBCDIC-XYZ\"?>",
    ].map { Array($0.utf8) } + [[0xC3, 0x28, 0xFF, 0xFE, 0x00, 0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x00, 0x00]]

    /// One random mutation: truncation, byte flips, a spliced fragment or a repeated slice.
    static func mutate(_ original: [UInt8], using generator: inout SplitMix) -> [UInt8] {
        var bytes = original
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
        case 1:
            for _ in 0..<Int.random(in: 1...16, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
        case 2:
            let fragment = fragments[Int.random(in: 0..<fragments.count, using: &generator)]
            bytes.insert(contentsOf: fragment, at: Int.random(in: 0...bytes.count, using: &generator))
        default:
            guard !bytes.isEmpty else { break }
            let start = Int.random(in: 0..<bytes.count, using: &generator)
            let end = min(bytes.count, start + Int.random(in: 1...400, using: &generator))
            bytes.insert(contentsOf: bytes[start..<end], at: Int.random(in: 0...bytes.count, using: &generator))
        }
        return bytes
    }

    @Test(.enabled(if: !conformanceFiles().isEmpty, "needs the shared conformance files"))
    func mutatedConformanceFeedsNeverCrashOrReadFiles() throws {
        var generator = SplitMix(seed: 2026)
        var inputs = 0
        var slowest = (seconds: 0.0, file: "")
        for file in Self.conformanceFiles() {
            let original = [UInt8](try Data(contentsOf: file))
            for _ in 0..<3 {
                let bytes = Self.mutate(original, using: &generator)
                let started = Date()
                let feed = try? FeedParser().parse(Data(bytes))
                let seconds = Date().timeIntervalSince(started)
                if seconds > slowest.seconds { slowest = (seconds, file.lastPathComponent) }
                inputs += 1
                let text = [feed?.title, feed?.description].compactMap { $0 } + (feed?.items ?? []).flatMap { [$0.title, $0.summary, $0.content].compactMap { $0 } }
                #expect(!text.contains { $0.contains("root:x:0:0") }, "\(file.lastPathComponent) read /etc/passwd")
            }
        }
        #expect(inputs >= 3000)
        // Bounded, not timed: a generous per-input ceiling that only a hang or a blowup would cross.
        #expect(slowest.seconds < 10, "slowest input: \(slowest.file) took \(slowest.seconds) s")
    }

    @Test func hundredMegabyteInputIsRefusedClearly() {
        var bytes = [UInt8]("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 * 1024 * 1024)
        #expect(throws: FeedParseError.tooLarge(bytes: bytes.count, limit: FeedParser.Options().maximumBytes)) {
            try FeedParser().parse(Data(bytes))
        }
    }

    @Test func largeButAllowedInputParsesWithinItsLimit() throws {
        // 4 MB of one repeated item, under the limit: read whole.
        let item = "<item><title>t</title><description>&lt;p&gt;body&lt;/p&gt;</description></item>"
        let xml = "<rss version=\"2.0\"><channel><title>Big</title>" + String(repeating: item, count: 4 * 1024 * 1024 / item.utf8.count) + "</channel></rss>"
        let feed = try FeedParser().parse(Data(xml.utf8))
        #expect(feed.items.count == 4 * 1024 * 1024 / item.utf8.count)
    }

    @Test func parameterEntitiesAreNeverFetched() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;
            <!ENTITY % web SYSTEM "http://127.0.0.1:1/evil.dtd"> %web;]>
            <rss version="2.0"><channel><title>safe</title></channel></rss>
            """
        let title = (try? FeedParser().parse(Data(xml.utf8)))?.title ?? ""
        #expect(!title.contains("root:"))
    }

    @Test func binaryInputIsAnErrorNotACrash() {
        var generator = SplitMix(seed: 99)
        for size in [1, 2, 3, 4, 16, 1024, 65_536] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? FeedParser().parse(Data(bytes))
        }
    }
}
