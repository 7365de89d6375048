import ArgumentParser
import Foundation
import NewsdeskIngest

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract the article from an HTML page.")
    @Argument(help: "HTML file.") var file: String?
    @Option(help: "The page's URL, for resolving relative links.") var url: String?
    @Option(help: "Extract every *.html and *.html.gz in a folder; prints {stem: {articleBody}}.") var batch: String?

    func run() async throws {
        let extractor = ArticleExtractor()
        if let batch {
            var result: [String: Any] = [:]
            let files = try FileManager.default.contentsOfDirectory(atPath: batch).sorted()
            for name in files where name.hasSuffix(".html") || name.hasSuffix(".html.gz") {
                guard var data = FileManager.default.contents(atPath: batch + "/" + name) else { continue }
                if name.hasSuffix(".gz") { data = try gunzip(data) }
                let stem = name.hasSuffix(".gz") ? String(name.dropLast(".html.gz".count)) : String(name.dropLast(".html".count))
                let body = extractor.extract(data, url: "file:///" + stem).article?.text ?? ""
                result[stem] = ["articleBody": body]
            }
            writeLine(jsonString(result))
            return
        }
        guard let file, let data = FileManager.default.contents(atPath: file) else { throw UserError("Give an HTML file or --batch DIR.") }
        switch extractor.extract(data, url: url ?? "file://" + file) {
        case .article(let article):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var object = try JSONSerialization.jsonObject(with: encoder.encode(article)) as! [String: Any]
            object["text"] = article.text
            writeLine(jsonString(object))
        case .rejected(let reason):
            throw UserError("No article extracted: \(reason).")
        }
    }
}

/// Decompresses gzip data with the system's gzip (benchmark pages ship compressed).
func gunzip(_ data: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -dc"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
    writer.start()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return result
}
