import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskPipeline

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
                        cache = (raw, SourceIndex(text: source))
                        input = (claim, cache!.index)
                    }
                } else if let decoded = try? decoder.decode(ClaimLine.self, from: Data(line.utf8)) {
                    cache = nil
                    input = (decoded.claim, SourceIndex(text: decoded.source))
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
            (offset + 1, SourceIndex(text: try String(contentsOfFile: path, encoding: .utf8)))
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

struct SummarizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize", abstract: "Print a plain extractive summary of the documents in a folder.")

    @Option(help: "Folder of source documents: plain text, or HTML (*.html, *.htm) whose article text is extracted.") var docs: String
    @Option(help: "At most this many words.") var words: Int
    @Option(help: "What the reader wants to know; sentences close to it are preferred.") var query: String?

    func run() async throws {
        guard words > 0 else { throw UserError("--words must be a positive number.") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: docs).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw UserError("Cannot read the folder \(docs): \(error.localizedDescription)")
        }
        let extractor = ArticleExtractor()
        var documents: [String] = []
        for name in names {
            let path = (docs as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                var data = FileManager.default.contents(atPath: path)
            else { continue }
            if Gunzip.isGzip(data) { data = try Gunzip.decompress(data) }
            let lower = name.lowercased()
            let looksHTML = lower.contains(".htm") || data.prefix(512).range(of: Data("<html".utf8)) != nil
                || data.prefix(512).range(of: Data("<!DOCTYPE".utf8)) != nil || data.prefix(512).range(of: Data("<!doctype".utf8)) != nil
            if looksHTML {
                if case .article(let article) = extractor.extract(data, url: "file:///" + name) {
                    documents.append(article.proseParagraphs.joined(separator: "\n"))
                }
            } else {
                documents.append(String(decoding: data, as: UTF8.self))
            }
        }
        guard !documents.isEmpty else { throw UserError("No readable documents in \(docs).") }
        writeLine(Summarizer().summarize(documents, words: words, query: query))
    }
}

struct WriteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write and verify a brief from one story's articles, read as JSON lines.",
        discussion: """
            Each input line is {"id", "outlet", "title", "text", "published"} (outlet and published optional; \
            paragraphs separated by newlines). Prints the brief with its verification report and whether the \
            gate would publish it. --repeat N writes it N times and prints the time per brief on standard error.
            """)

    @Option(help: "JSON Lines file of the story's articles (default: standard input).") var input: String?
    @Option(help: "Write the brief this many times and report the time per brief.") var `repeat` = 1

    struct Line: Decodable {
        var id: String
        var outlet: String?
        var title: String
        var text: String
        var published: String?
    }

    struct Output: Encodable {
        var publishable: Bool
        var reasons: [String]
        var summary: String
        var brief: Brief
        var report: VerificationReport
    }

    func run() async throws {
        let data = try input.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? readStandardInput()
        let decoder = JSONDecoder()
        let iso = ISO8601DateFormatter()
        var articles: [SourceArticle] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where !line.isEmpty {
            guard let row = try? decoder.decode(Line.self, from: Data(line.utf8)) else {
                throw UserError("Line \(number + 1) is not {\"id\", \"title\", \"text\", ...}.")
            }
            let article = Article(
                url: "urn:newsdesk:\(row.id)", title: row.title, published: row.published.flatMap { iso.date(from: $0) },
                paragraphs: row.text.components(separatedBy: "\n").filter { !$0.isEmpty }.map { Paragraph(.paragraph, $0) })
            articles.append(SourceArticle(id: Int64(number + 1), outlet: row.outlet ?? row.id, article: article))
        }
        let now = Date()
        var writing = 0.0, gating = 0.0
        var result: (Brief, BriefGate.Decision)?
        for _ in 0..<max(1, self.repeat) {
            let start = DispatchTime.now().uptimeNanoseconds
            let written = BriefWriter().write(storyID: "s-1", articles: articles, now: now)
            let middle = DispatchTime.now().uptimeNanoseconds
            guard case .success(let brief) = written else {
                if case .failure(let rejection) = written { throw UserError("No brief: \(rejection)") }
                return
            }
            let decision = BriefGate().review(brief, sources: Pipeline.sourceIndexes(for: brief, articles: articles))
            let end = DispatchTime.now().uptimeNanoseconds
            writing += Double(middle - start) / 1e6
            gating += Double(end - middle) / 1e6
            result = (brief, decision)
        }
        guard let (_, decision) = result else { return }
        if self.repeat > 1 {
            let n = Double(self.repeat)
            FileHandle.standardError.write(Data(String(
                format: "write: %d articles, %.1f ms per brief written, %.1f ms verified and gated (mean of %d)\n",
                articles.count, writing / n, gating / n, self.repeat).utf8))
        }
        writeLine(try prettyJSON(Output(
            publishable: decision.publishable, reasons: decision.reasons, summary: decision.report.summary, brief: decision.brief,
            report: decision.report)))
    }
}
