import ArgumentParser
import Foundation

@main
struct Newsdesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "A self-hosted news desk: reads sources, groups stories, writes cited briefs, verifies every sentence, publishes a site.",
        subcommands: [
            InitCommand.self, SourceCommand.self, RunCommand.self, ServeCommand.self, StoriesCommand.self,
            StoryCommand.self, DemoCommand.self, FeedCommand.self, ExtractCommand.self, TextCommand.self,
            ClusterCommand.self, VerifyCommand.self, AssessCommand.self, SummarizeCommand.self, WriteCommand.self,
            SiteCommand.self,
            EditorCommand.self,
        ])

    /// ArgumentParser's default entry point, except for `feed parse` with a list of plain paths.
    static func main() async {
        do {
            if var parse = FeedCommand.Parse.plainFileList(Array(CommandLine.arguments.dropFirst())) {
                try await parse.run()
                return
            }
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// The `--config` option shared by the commands that use the database.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (created by `newsdesk init`).")
    var config = "newsdesk.json"

    func load() throws -> NewsdeskConfiguration {
        try NewsdeskConfiguration.load(from: config)
    }
}

/// Errors the CLI shows to a person: one sentence, no stack.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
