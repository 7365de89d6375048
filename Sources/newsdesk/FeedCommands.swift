import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskIngest

/// `newsdesk feed parse FILE` and `newsdesk feed dates`: the feed-parsing contract commands.
struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feed", abstract: "Feed parsing tools.", subcommands: [Parse.self, Dates.self])

    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the normalized JSON of a feed file.",
            discussion: """
                With one FILE, prints one JSON document. With several FILEs or --batch DIR (every file below DIR, \
                in path order), prints one JSON object per line with the file's path under "file", so one process \
                can read a whole corpus.
                """)
        @Argument(help: "Feed files.") var files: [String] = []
        @Option(help: "Parse every regular file below this folder, one JSON line each.") var batch: String?

        func validate() throws {
            if files.isEmpty && batch == nil { throw ValidationError("Give a feed FILE, several FILEs, or --batch DIR.") }
        }

        func run() async throws {
            if files.count == 1 && batch == nil {
                guard let data = FileManager.default.contents(atPath: files[0]) else { throw UserError("Cannot read \(files[0]).") }
                writeLine(jsonString(Self.document(for: data)))
                return
            }
            var paths = files
            if let batch { paths += try Self.regularFiles(below: batch) }
            for path in paths {
                var object = FileManager.default.contents(atPath: path).map(Self.document(for:))
                    ?? ["bozo": true, "bozo_exception": "cannot read the file", "feed": [:], "entries": []] as [String: Any]
                object["file"] = path
                writeLine(jsonString(object))
            }
        }

        /// The normalized document, or a bozo document with the reason when the bytes are not a feed.
        static func document(for data: Data) -> [String: Any] {
            do {
                return normalized(try FeedParser().parse(data))
            } catch let error as FeedParseError {
                return ["bozo": true, "bozo_exception": error.description, "feed": [:], "entries": []]
            } catch {
                return ["bozo": true, "bozo_exception": String(describing: error), "feed": [:], "entries": []]
            }
        }

        /// Every regular file below `folder`, sorted by path, so a batch run's output order is stable.
        static func regularFiles(below folder: String) throws -> [String] {
            let root = URL(fileURLWithPath: folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
                throw UserError("Cannot read the folder \(folder).")
            }
            var paths: [String] = []
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(url.path)
            }
            if paths.isEmpty { throw UserError("\(folder) holds no files to parse.") }
            return paths.sorted()
        }

        /// The conformance suite's model: text constructs as feedparser gives them, plain text as
        /// decoded and HTML sanitized.
        static func normalized(_ feed: Feed) -> [String: Any] {
            func text(_ value: String?, isHTML: Bool) -> Any { orNull(value) }
            let entries: [[String: Any]] = feed.items.map { item in
                [
                    "title": text(item.title, isHTML: item.titleIsHTML), "link": orNull(item.link), "id": orNull(item.id),
                    "summary": orNull(item.summary), "content": orNull(item.content),
                    "published": isoDate(item.published), "updated": isoDate(item.updated),
                    "author": orNull(item.authors.first), "categories": item.categories,
                    "enclosures": item.enclosures.map { ["href": $0.href, "type": orNull($0.type), "length": orNull($0.length)] },
                ]
            }
            return [
                "bozo": feed.bozo,
                "feed": [
                    "title": text(feed.title, isHTML: feed.titleIsHTML), "link": orNull(feed.link),
                    "subtitle": text(feed.description, isHTML: feed.descriptionIsHTML), "language": orNull(feed.language),
                    "updated": isoDate(feed.updated), "published": isoDate(feed.published), "author": orNull(feed.author),
                    "id": orNull(feed.id), "categories": feed.categories,
                ] as [String: Any],
                "entries": entries,
            ]
        }
    }

    struct Dates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read one date per line; print ISO 8601 UTC or null per line.")

        func run() async throws {
            while let line = readLine(strippingNewline: true) {
                let date = FeedDateParser.parse(line)
                writeLine(date.map(FeedDateParser.iso8601String) ?? "null")
            }
        }
    }
}

/// An ISO 8601 UTC instant in the proleptic Gregorian calendar, or JSON null.
private func isoDate(_ date: Date?) -> Any {
    date.map(FeedDateParser.iso8601String) ?? NSNull()
}
