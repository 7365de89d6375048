import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk text …`: the text-analysis contract commands.
struct TextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Text analysis tools.", subcommands: [Sentences.self, Annotate.self])

    /// Reads `{"lang","text"}` and prints the sentences as a JSON array of strings.
    struct Sentences: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Split {\"lang\",\"text\"} into a JSON array of sentences.")
        @Flag(help: "One JSON object per input line, one array per output line.") var jsonl = false

        func run() async throws {
            // One splitter per language, built on first use (the abbreviation lists are parsed once).
            var splitters: [String: SentenceSplitter] = [:]
            func handle(_ line: Data) -> String {
                guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any], let text = object["text"] as? String else {
                    return "[]"
                }
                let language = object["lang"] as? String ?? "en"
                let splitter = splitters[language] ?? SentenceSplitter(language: language)
                splitters[language] = splitter
                return jsonString(splitter.split(text).map(\.text))
            }
            if jsonl {
                while let line = readLine(strippingNewline: true) { writeLine(handle(Data(line.utf8))) }
            } else {
                writeLine(handle(readStandardInput()))
            }
        }
    }

    /// Reads article text and prints its sentences with quantities, dates, negation or hedging markers,
    /// names and quotations.
    struct Annotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find quantities, dates, negation or hedging markers, names and quotations in each sentence of a text.",
            discussion: """
                Reads plain text on standard input and prints one JSON object: {"published", "sentences": [{"text", \
                "start", "end", "quantities", "dates", "markers", "entities", "quotations"}], "aliases"}. Entities \
                carry kind, role, nationality and the canonical name over the whole text; quotations their speaker. \
                Offsets count Unicode code points; item offsets are relative to their sentence (a quotation is listed \
                in the sentence where it opens). With --jsonl, reads {"text", "published"} per line and prints one \
                object per line. Relative dates ("yesterday", "on Friday") are resolved against the publication date.
                """)
        @Option(help: "Publication date (YYYY-MM-DD) for relative dates.") var published: String?
        @Flag(help: "One {\"text\", \"published\"} object per input line, one result per output line.") var jsonl = false

        func validate() throws {
            if let published, CivilDate(iso: published) == nil {
                throw ValidationError("--published must be a date written YYYY-MM-DD, such as 2026-01-05; got \(published).")
            }
        }

        func run() async throws {
            let analyzer = TextAnalyzer()
            let defaultDate = published.flatMap { CivilDate(iso: $0) }
            var writer = TextAnnotationWriter()
            if !jsonl {
                let text = String(decoding: readStandardInput(), as: UTF8.self)
                writer.write(analyzer.analyze(text, published: defaultDate))
                writer.newline()
                FileHandle.standardOutput.write(Data(writer.bytes))
                return
            }
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                let text: String
                var date = defaultDate
                if let flat = FlatJSONLine(line), let value = flat.string("text") {
                    text = value
                    if let raw = flat.string("published") { date = CivilDate(iso: String(raw.prefix(10))) ?? defaultDate }
                } else if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let value = object["text"] as? String {
                    text = value
                    if let raw = object["published"] as? String { date = CivilDate(iso: String(raw.prefix(10))) ?? defaultDate }
                } else {
                    throw ValidationError("Line \(lineNumber) is not a JSON object with a \"text\" string; each line must look like {\"text\": \"...\", \"published\": \"2026-01-05\"}.")
                }
                writer.write(analyzer.analyze(text, published: date))
                writer.newline()
                if writer.bytes.count > 1 << 20 {
                    FileHandle.standardOutput.write(Data(writer.bytes))
                    writer.removeAll()
                }
            }
            FileHandle.standardOutput.write(Data(writer.bytes))
        }
    }
}
