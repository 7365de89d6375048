import ArgumentParser
import Foundation
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskStore

/// `newsdesk source add|list|remove|import|export`: the feeds newsdesk reads.
struct SourceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source", abstract: "Manage the feeds newsdesk reads.",
        subcommands: [Add.self, List.self, Remove.self, Import.self, Export.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a feed, given its URL or a page of the site that has it.",
            discussion: """
                The URL is fetched: a feed is added as it is; for a web page, the feed it announces with \\
                <link rel="alternate"> is added, or else one found at /feed, /rss, /feed.xml, /rss.xml, /atom.xml, \\
                /index.xml or /feed.json. --no-discover adds the URL without fetching it.
                """)
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The feed's or the site's http(s) URL.") var url: String
        @Flag(help: "Add the URL as given, without fetching it.") var noDiscover = false

        func run() async throws {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw UserError("\(url) is not an http(s) URL; give the full address of the feed or the site.")
            }
            let store = try SQLiteStore(path: try options.load().database)
            if noDiscover {
                let source = try store.addSource(url: url)
                print("source \(source.id): \(source.url)")
                return
            }
            let fetcher = HTTPFetcher()
            let found: FeedDiscoverer.Discovered
            do {
                found = try await FeedDiscoverer(fetcher: fetcher).discover(url)
                try await fetcher.shutdown()
            } catch {
                try? await fetcher.shutdown()
                throw UserError("Cannot add \(url): \(error) (use --no-discover to add it without fetching).")
            }
            let (source, added) = try store.addSource(url: found.url, title: found.title, category: nil)
            print("source \(source.id): \(source.url)\(found.title.map { " (\($0))" } ?? "") — \(found.route.rawValue)\(added ? "" : "; already a source")")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List sources with their folder, state and last error.")
        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let store = try SQLiteStore(path: try options.load().database)
            let now = Date()
            for source in try store.sources() {
                print(Self.line(for: source, now: now))
            }
        }

        /// One tab-separated line: id, URL, title, folder, article count, state.
        static func line(for source: SourceRecord, now: Date) -> String {
            "\(source.id)\t\(source.url)\t\(source.title ?? "-")\t\(source.category ?? "-")\t\(source.articleCount) articles\t\(source.statusLine(now: now))"
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a source by id or URL (its articles stay).")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "Source id or URL.") var source: String

        func run() async throws {
            let store = try SQLiteStore(path: try options.load().database)
            do {
                try store.removeSource(source)
            } catch let error as StoreError {
                throw UserError(error.description)
            }
            print("removed \(source)")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add every feed of an OPML subscription list, keeping titles and folders.",
            discussion: "Feeds already configured are skipped and counted; nested folders are kept as \"Outer/Inner\".")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The OPML file.") var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw UserError("Cannot read \(file).") }
            let document: OPMLDocument
            do {
                document = try OPMLReader.read(data)
            } catch let error as OPMLError {
                throw UserError("Cannot import \(file): \(error.description).")
            }
            let store = try SQLiteStore(path: try options.load().database)
            let outcome = try SourceImport.run(document, into: store)
            print("imported \(outcome.added) feeds from \(file), skipped \(outcome.duplicates) already configured"
                + (outcome.invalid.isEmpty ? "" : ", \(outcome.invalid.count) not http(s) URLs: \(outcome.invalid.joined(separator: " "))"))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every source as an OPML 2.0 subscription list.")
        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let store = try SQLiteStore(path: try options.load().database)
            print(SourceImport.export(try store.sources(), now: Date()), terminator: "")
        }
    }
}
