import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest

/// Reads standard input to the end.
func readStandardInput() -> Data {
    FileHandle.standardInput.readDataToEndOfFile()
}

func writeLine(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func jsonString(_ object: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]) else {
        return "null"
    }
    return String(decoding: data, as: UTF8.self)
}

/// A JSON value or null.
func orNull(_ value: String?) -> Any { value ?? NSNull() }

func isoUTC(_ date: Date?) -> Any {
    guard let date else { return NSNull() }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
}

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check claims against sources.")
    @Flag(help: "Read {source, claim} per line; print a verdict per line.") var jsonl = false
    @Option(parsing: .upToNextOption, help: "Source text files.") var sources: [String] = []
    @Option(help: "Text file whose sentences are checked against all sources.") var text: String?

    func run() async throws {
        let verifier = Verifier()
        if jsonl {
            var cache: (String, SourceIndex)?
            while let line = readLine(strippingNewline: true) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let source = object["source"] as? String, let claim = object["claim"] as? String
                else {
                    writeLine(jsonString(["supported": false, "verdict": "unsupported", "reasons": ["the input line is not {source, claim}"]] as [String: Any]))
                    continue
                }
                let index = cache?.0 == source ? cache!.1 : SourceIndex(text: source)
                cache = (source, index)
                let verdict = verifier.verify(claim, against: [(1, index)])
                writeLine(jsonString(["supported": verdict.status == .supported, "verdict": verdict.status.rawValue, "reasons": verdict.reasons] as [String: Any]))
            }
            return
        }
        guard let text, let claims = try? String(contentsOfFile: text, encoding: .utf8), !sources.isEmpty else {
            throw UserError("Give --sources FILE... and --text FILE, or --jsonl.")
        }
        let indexes = try sources.enumerated().map { offset, path in
            (offset + 1, SourceIndex(text: try String(contentsOfFile: path, encoding: .utf8)))
        }
        let verdicts = SentenceSplitter().split(claims).map { verifier.verify($0.text, against: indexes) }
        let report = VerificationReport(verdicts: verdicts, sourceCount: sources.count)
        writeLine(try prettyJSON(ReportOutput(summary: report.summary, report: report)))
    }

    struct ReportOutput: Encodable {
        var summary: String
        var report: VerificationReport
    }
}
