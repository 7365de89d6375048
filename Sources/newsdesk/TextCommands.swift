import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk text …`: the text-analysis contract commands.
struct TextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Text analysis tools.", subcommands: [Sentences.self])

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
}
