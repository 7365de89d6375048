import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskSite

/// `newsdesk site build`: renders and publishes a site from briefs exported as JSON lines.
struct SiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site", abstract: "Build the static site from exported briefs.", subcommands: [Build.self])

    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render and publish the site from briefs, one JSON object a line.",
            discussion: """
                Each line is {"brief": Brief, "report": VerificationReport, "related": [story id]} with ISO 8601
                dates, or a bare Brief. Only changed files are written; the site folder is swapped in whole.
                """)
        @Option(help: "JSON lines of briefs.") var briefs: String
        @Option(help: "Where the site is published (a symbolic link to the live build).") var site = "site"
        @Option(help: "Name of the site.") var name = "newsdesk"
        @Option(help: "Public address of the site.") var baseURL = "http://127.0.0.1:8080/"
        @Option(help: "Language of the site (BCP 47).") var language = "en"
        @Option(help: "Folder of templates and static files that replace the default theme's.") var theme: String?
        @Flag(help: "Rank related stories instead of using the ones given.") var relate = false

        struct Line: Decodable {
            var brief: Brief
            var report: VerificationReport?
            var related: [String]?
            var corrections: [Correction]?

            struct Correction: Decodable {
                var date: Date
                var text: String
            }
        }

        func run() async throws {
            let started = Date()
            guard let data = FileManager.default.contents(atPath: briefs) else {
                throw UserError("Cannot read \(briefs); pass a file of briefs as JSON lines.")
            }
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            var stories: [SiteStory] = []
            for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.allSatisfy({ $0 == 32 || $0 == 13 }) {
                let entry: Line
                if let full = try? decoder.decode(Line.self, from: line) {
                    entry = full
                } else {
                    do {
                        entry = Line(brief: try decoder.decode(Brief.self, from: line))
                    } catch {
                        throw UserError("Line \(number + 1) of \(briefs) is not a brief: \(error)")
                    }
                }
                stories.append(SiteStory(
                    brief: entry.brief,
                    report: entry.report ?? VerificationReport(verdicts: [], sourceCount: entry.brief.independentSourceCount),
                    related: entry.related ?? [],
                    corrections: (entry.corrections ?? []).map { SiteStory.Correction(date: $0.date, text: $0.text) }))
            }
            let read = Date()
            if relate {
                let related = RelatedStories.related(stories.map(\.brief))
                for index in stories.indices { stories[index].related = related[stories[index].brief.storyID] ?? [] }
            }
            let related = Date()
            let renderer = try SiteRenderer(configuration: SiteConfiguration(
                name: name, baseURL: baseURL, language: language, themeDirectory: theme))
            let files = renderer.render(stories)
            let rendered = Date()
            let report = try SitePublisher(target: site).publish(files)
            let done = Date()
            func seconds(_ from: Date, _ to: Date) -> String { String(format: "%.2f", to.timeIntervalSince(from)) }
            print("""
                site: \(stories.count) stories, \(files.count) files -> \(site)
                  read \(seconds(started, read)) s, relate \(seconds(read, related)) s, render \(seconds(related, rendered)) s, \
                publish \(seconds(rendered, done)) s, total \(seconds(started, done)) s
                  written \(report.written.count), unchanged \(report.unchanged), removed \(report.removed.count)
                """)
        }
    }
}
