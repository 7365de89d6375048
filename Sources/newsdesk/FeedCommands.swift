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

        /// `feed parse FILE FILE ...` with no option among the paths, read without ArgumentParser's
        /// per-value bookkeeping, which grows with the square of the count (1,216 paths cost 60 ms,
        /// a tenth of the whole conformance run). The command is parsed from the first path, so it
        /// is validated as usual, and then takes the whole list; anything else returns nil.
        static func plainFileList(_ arguments: [String]) -> Parse? {
            guard arguments.count > 3, arguments[0] == "feed", arguments[1] == "parse" else { return nil }
            let paths = Array(arguments.dropFirst(2))
            guard paths.allSatisfy({ !$0.hasPrefix("-") && $0 != "help" }), var command = try? parse([paths[0]]) else { return nil }
            command.files = paths
            return command
        }

        func validate() throws {
            if files.isEmpty && batch == nil { throw ValidationError("Give a feed FILE, several FILEs, or --batch DIR.") }
        }

        func run() async throws {
            if files.count == 1 && batch == nil {
                guard let data = FileManager.default.contents(atPath: files[0]) else { throw UserError("Cannot read \(files[0]).") }
                var writer = FeedJSONWriter()
                Self.write(data, file: nil, into: &writer)
                writer.finishLine()
                return
            }
            var paths = files
            if let batch { paths += try Self.regularFiles(below: batch) }
            for path in paths {
                var writer = FeedJSONWriter()
                if let data = FileManager.default.contents(atPath: path) {
                    Self.write(data, file: path, into: &writer)
                } else {
                    writer.writeFailure("cannot read the file", file: path)
                }
                writer.finishLine()
            }
        }

        /// The normalized document, or a bozo document with the reason when the bytes are not a feed.
        static func write(_ data: Data, file: String?, into writer: inout FeedJSONWriter) {
            do {
                writer.write(try FeedParser().parse(data), file: file)
            } catch let error as FeedParseError {
                writer.writeFailure(error.description, file: file)
            } catch {
                writer.writeFailure(String(describing: error), file: file)
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
