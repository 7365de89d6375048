import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskStore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a configuration file and the database.")
    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let configuration = try options.load()
        if !FileManager.default.fileExists(atPath: options.config) {
            try configuration.save(to: options.config)
            print("created \(options.config)")
        }
        _ = try SQLiteStore(path: configuration.database)
        print("database ready at \(configuration.database)")
    }
}

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "One pass of the pipeline over the configured sources.")
    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let configuration = try options.load()
        let store = try SQLiteStore(path: configuration.database)
        let started = Date()
        do {
            let summary = try await runPipeline(store: store, configuration: configuration)
            try? store.recordRun(PipelineRunRecord(startedAt: started, finishedAt: Date(), ok: true, summary: summary.description))
            print(summary.description)
        } catch {
            try? store.recordRun(PipelineRunRecord(startedAt: started, finishedAt: Date(), ok: false, summary: "failed: \(error)"))
            throw error
        }
    }
}

/// Runs the pipeline with a fetcher that is shut down afterwards, printing stage progress.
func runPipeline(store: SQLiteStore, configuration: NewsdeskConfiguration) async throws -> RunSummary {
    // Settings are read before any client exists: a client must be shut down once it has been made.
    let modelOptions = try configuration.model.map { try $0.clientOptions() }
    let fetcher = HTTPFetcher()
    var pipelineOptions = Pipeline.Options(site: configuration.site, siteDirectory: configuration.siteDirectory)
    pipelineOptions.site.language = configuration.site.language
    let model = modelOptions.map { ChatCompletionsClient(options: $0) }
    pipelineOptions.modelEngine = model.map { ModelEngine(model: $0) }
    let pipeline = Pipeline(store: store, fetcher: fetcher, options: pipelineOptions)
    do {
        let summary = try await pipeline.run { line in print("  " + line) }
        try await fetcher.shutdown()
        try await model?.shutdown()
        return summary
    } catch {
        try? await fetcher.shutdown()
        try? await model?.shutdown()
        throw error
    }
}

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stories", abstract: "Stories and their briefs.", subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stories: published, held (with reasons), or unwritten (with why).")
        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let store = try SQLiteStore(path: try options.load().database)
            for summary in try store.storySummaries() {
                let count = summary.story.articleIDs.count
                if let stored = summary.brief {
                    print("\(summary.story.id)\t\(stored.status.rawValue)\t\(count) articles\t\(stored.brief.headline)\t\(stored.report.summary)")
                    for reason in stored.reasons { print("\t  reason: \(reason)") }
                } else {
                    print("\(summary.story.id)\tunwritten\t\(count) articles\t\(summary.note ?? "")")
                }
            }
        }
    }
}

struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "story", abstract: "One story.", subcommands: [Show.self])

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a story's brief and verification report as JSON.")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "Story id (from `newsdesk stories list`).") var id: String

        func run() async throws {
            let store = try SQLiteStore(path: try options.load().database)
            guard let summary = try store.storySummaries().first(where: { $0.story.id == id }) else {
                throw UserError("No story has the id \(id); `newsdesk stories list` shows the ids.")
            }
            print(try prettyJSON(summary))
        }
    }
}

func prettyJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
