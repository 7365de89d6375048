import Foundation
import NewsdeskIngest

/// The pages of an `extract --batch` folder, read and decompressed before any extraction starts.
struct BatchPages {
    var stem: String
    var html: Data

    static func read(folder: String) throws -> [BatchPages] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var pages: [BatchPages] = []
        for name in names {
            let stem: String
            if name.hasSuffix(".html.gz") {
                stem = String(name.dropLast(".html.gz".count))
            } else if name.hasSuffix(".html") {
                stem = String(name.dropLast(".html".count))
            } else {
                continue
            }
            guard var data = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw UserError("Cannot read \(name) in \(folder).")
            }
            if name.hasSuffix(".gz") { data = try gunzip(data, name: name) }
            pages.append(BatchPages(stem: stem, html: data))
        }
        return pages
    }

    static func gunzip(_ data: Data, name: String) throws -> Data {
        do {
            return try Gunzip.decompress(data)
        } catch {
            throw UserError("Cannot decompress \(name): \(error).")
        }
    }

    /// One JSON line for benchmarks: libxml2's bare parse of every page, then the whole extraction,
    /// each timed over all pages in memory (no file reading, no decompression, no output), median of
    /// `rounds` rounds.
    static func timing(_ pages: [BatchPages], extractor: ArticleExtractor, rounds: Int = 3) -> String {
        var parse: [Double] = []
        var extract: [Double] = []
        var kept = 0
        for _ in 0..<rounds {
            let parseStart = ContinuousClock.now
            for page in pages where extractor.parseOnly(page.html, url: "file:///" + page.stem) { kept += 1 }
            parse.append(seconds(since: parseStart))
            let extractStart = ContinuousClock.now
            for page in pages where extractor.extract(page.html, url: "file:///" + page.stem).article != nil { kept += 1 }
            extract.append(seconds(since: extractStart))
        }
        let bytes = pages.reduce(0) { $0 + $1.html.count }
        return jsonString([
            "pages": pages.count, "bytes": bytes, "rounds": rounds,
            "parse_seconds": median(parse), "extract_seconds": median(extract), "results": kept,
        ])
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
