import Foundation
import Logging
import NewsdeskStore

/// Runs the ingestion pipeline every `interval` inside the server process: one run at a time, the
/// next starting `interval` after the previous one ended. A failing run is logged and recorded,
/// and the loop goes on. Each run is recorded in the store for the metrics endpoint.
public struct IngestionLoop: Sendable {
    public let interval: Duration
    public let store: SQLiteStore
    public let publishing: SerialRunner
    public let logger: Logger
    /// One pass of the pipeline; returns its one-line summary.
    public let runOnce: @Sendable () async throws -> String

    public init(
        interval: Duration, store: SQLiteStore, publishing: SerialRunner, logger: Logger,
        runOnce: @escaping @Sendable () async throws -> String
    ) {
        self.interval = interval
        self.store = store
        self.publishing = publishing
        self.logger = logger
        self.runOnce = runOnce
    }

    /// Runs until the task is cancelled; `onRunFinished` receives each run's record.
    public func run(onRunFinished: @Sendable (PipelineRunRecord) async -> Void = { _ in }) async {
        while !Task.isCancelled {
            let started = Date()
            var record: PipelineRunRecord
            do {
                let summary = try await publishing.run { try await runOnce() }
                record = PipelineRunRecord(startedAt: started, finishedAt: Date(), ok: true, summary: summary)
                logger.info("scheduled run finished", metadata: ["summary": "\(summary)"])
            } catch is CancellationError {
                return
            } catch {
                record = PipelineRunRecord(startedAt: started, finishedAt: Date(), ok: false, summary: "failed: \(error)")
                logger.error("scheduled run failed; the next run comes at the usual time", metadata: ["error": "\(error)"])
            }
            do {
                try store.recordRun(record)
            } catch {
                logger.error("cannot record the run", metadata: ["error": "\(error)"])
            }
            await onRunFinished(record)
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
        }
    }

    /// Reads "15m", "1h", "90s" or "2h30m" as a duration of at least one second.
    public static func parseInterval(_ text: String) -> Duration? {
        var total = 0
        var number = ""
        var sawUnit = false
        for character in text.lowercased() {
            if character.isASCII && character.isNumber {
                number.append(character)
                guard number.count <= 6 else { return nil }
                continue
            }
            guard let value = Int(number) else { return nil }
            switch character {
            case "s": total += value
            case "m": total += value * 60
            case "h": total += value * 3600
            default: return nil
            }
            number = ""
            sawUnit = true
        }
        guard number.isEmpty, sawUnit, total >= 1 else { return nil }
        return .seconds(total)
    }
}
