import ArgumentParser
import Foundation
import NewsdeskEditorial
import NewsdeskStore

struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "Print the SEO and readability checks of a story's brief.")
    @OptionGroup var options: ConfigOptions
    @Argument(help: "Story id (from `newsdesk stories list`), or `all`.") var story: String
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() async throws {
        let store = try SQLiteStore(path: try options.load().database)
        let briefs = try store.briefs().filter { story == "all" || $0.brief.storyID == story }
        guard !briefs.isEmpty else { throw UserError("No brief for \(story); `newsdesk stories list` shows the ids.") }
        for stored in briefs {
            let assessment = SEOAssessment(stored.brief)
            if json {
                writeLine(try prettyJSON(AssessmentOutput(storyID: stored.brief.storyID, greenShare: assessment.greenShare, checks: assessment.checks)))
                continue
            }
            print("\(stored.brief.storyID)  \(stored.brief.headline)")
            for check in assessment.checks {
                print("  \(check.rating.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(check.name): \(check.detail)")
            }
            print(String(format: "  %.0f%% of %d checks green", assessment.greenShare * 100, assessment.checks.count))
        }
    }
}

private struct AssessmentOutput: Encodable {
    var storyID: String
    var greenShare: Double
    var checks: [SEOAssessment.Check]
}
