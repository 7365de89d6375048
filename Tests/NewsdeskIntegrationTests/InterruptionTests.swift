import Foundation
import NewsdeskStore
import Testing

/// A run killed at any moment leaves a consistent database and a whole site (the old or the new).
@Suite(.serialized)
struct InterruptionTests {
    /// The `newsdesk` executable built beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsdesk")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable.path)), arguments: [0.05, 0.2, 0.4, 0.7, 1.0, 1.5])
    func killedDemoLeavesDatabaseAndSiteConsistent(after seconds: Double) async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let database = folder.appendingPathComponent("demo.sqlite").path
        // A first complete run, so there is an old site to keep.
        try await run(["demo", "--no-serve", "--samples", samplesFolder, "--site", site, "--database", database], killAfter: nil)
        let before = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(before.contains("<ol class=\"story-list\">"))

        try await run(["demo", "--no-serve", "--samples", samplesFolder, "--site", site, "--database", database], killAfter: seconds)

        // The database opens, passes SQLite's own check, and reads without error.
        let store = try SQLiteStore(path: database)
        #expect(try store.integrityCheck() == "ok")
        _ = try store.articles()
        _ = try store.storySummaries()
        // The site is a whole build: its home page exists and every story it links to exists.
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        let links = index.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        for link in links where link.hasPrefix("stories/") {
            #expect(FileManager.default.fileExists(atPath: site + "/" + link), "\(link) missing after a kill at \(seconds) s")
        }
    }

    private func run(_ arguments: [String], killAfter seconds: Double?) async throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = try temporaryFolder()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let seconds {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }
}
