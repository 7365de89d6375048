import ArgumentParser
import Foundation
import NewsdeskIngest

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract the article from an HTML page.")
    @Argument(help: "HTML file (.html or .html.gz).") var file: String?
    @Option(help: "The page's URL, for resolving relative links.") var url: String?
    @Option(help: "Extract every *.html and *.html.gz in a folder; prints {stem: {articleBody}}.") var batch: String?
    @Flag(help: .hidden) var timing = false

    func run() async throws {
        let extractor = ArticleExtractor()
        if let batch {
            let pages = try BatchPages.read(folder: batch)
            let bodies = pages.map { extractor.extract($0.html, url: "file:///" + $0.stem).article?.text ?? "" }
            var result: [String: Any] = [:]
            for (page, body) in zip(pages, bodies) { result[page.stem] = ["articleBody": body] }
            writeLine(jsonString(result))
            if timing { FileHandle.standardError.write(Data((BatchPages.timing(pages, extractor: extractor) + "\n").utf8)) }
            return
        }
        guard let file, var data = FileManager.default.contents(atPath: file) else { throw UserError("Give an HTML file or --batch DIR.") }
        if Gunzip.isGzip(data) { data = try BatchPages.gunzip(data, name: file) }
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
