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
            let decoder = JSONDecoder()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // The last source, by its raw bytes in the input line: claims come grouped by source.
            var cache: (raw: ArraySlice<UInt8>, index: SourceIndex)?
            var output = Data()
            while let line = readLine(strippingNewline: true) {
                var input: (claim: String, index: SourceIndex)?
                if let flat = FlatJSONLine(line), let raw = flat.raw("source"), let claim = flat.string("claim") {
                    if let cache, cache.raw.elementsEqual(raw) {
                        input = (claim, cache.index)
                    } else if let source = flat.string("source") {
                        cache = (raw, SourceIndex(text: source, vectors: false))
                        input = (claim, cache!.index)
                    }
                } else if let decoded = try? decoder.decode(ClaimLine.self, from: Data(line.utf8)) {
                    cache = nil
                    input = (decoded.claim, SourceIndex(text: decoded.source, vectors: false))
                }
                let verdict: ClaimLine.Verdict
                if let input {
                    let result = verifier.verify(input.claim, against: [(1, input.index)])
                    verdict = .init(supported: result.status == .supported, verdict: result.status.rawValue, reasons: result.reasons)
                } else {
                    verdict = .init(supported: false, verdict: "unsupported", reasons: ["the input line is not {source, claim}"])
                }
                output.append(try encoder.encode(verdict))
                output.append(0x0A)
                // Written in blocks: one write per line costs a system call each.
                if output.count >= 1 << 16 {
                    FileHandle.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(output)
            return
        }
        guard let text, let claims = try? String(contentsOfFile: text, encoding: .utf8), !sources.isEmpty else {
            throw UserError("Give --sources FILE... and --text FILE, or --jsonl.")
        }
        let indexes = try sources.enumerated().map { offset, path in
            (offset + 1, SourceIndex(text: try String(contentsOfFile: path, encoding: .utf8), vectors: false))
        }
        let verdicts = SentenceSplitter().split(claims).map { verifier.verify($0.text, against: indexes) }
        let report = VerificationReport(verdicts: verdicts, sourceCount: sources.count)
        writeLine(try prettyJSON(ReportOutput(summary: report.summary, report: report)))
    }

    /// One line of `--jsonl` input, and the verdict printed for it.
    struct ClaimLine: Decodable {
        var source: String
        var claim: String

        struct Verdict: Encodable {
            var supported: Bool
            var verdict: String
            var reasons: [String]
        }
    }

    struct ReportOutput: Encodable {
        var summary: String
        var report: VerificationReport
    }
}
