import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskIngest

/// `newsdesk feed parse FILE` and `newsdesk feed dates`: the feed-parsing contract commands.
struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feed", abstract: "Feed parsing tools.", subcommands: [Parse.self, Dates.self])

    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the normalized JSON of a feed file.")
        @Argument(help: "Feed file.") var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw UserError("Cannot read \(file).") }
            do {
                writeLine(jsonString(Self.normalized(try FeedParser().parse(data))))
            } catch let error as FeedParseError {
                writeLine(jsonString(["bozo": true, "bozo_exception": error.description, "feed": [:], "entries": []] as [String: Any]))
            }
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
