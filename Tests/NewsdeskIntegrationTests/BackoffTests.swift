import Foundation
import Hummingbird
import Logging
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// A server that asks to be left alone is left alone, and a failing source is asked less and less
/// often: a real local server answering 429/503 with Retry-After, and 500 without.
@Suite(.serialized)
struct BackoffTests {
    actor Hits {
        var counts: [String: Int] = [:]
        func hit(_ path: String) { counts[path, default: 0] += 1 }
        func count(_ path: String) -> Int { counts[path] ?? 0 }
    }

    static func router(hits: Hits, retryDate: String) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/busy.xml") { _, _ -> Response in
            await hits.hit("/busy.xml")
            return Response(status: .tooManyRequests, headers: [.retryAfter: "3600"])
        }
        router.get("/maintenance.xml") { _, _ -> Response in
            await hits.hit("/maintenance.xml")
            return Response(status: .serviceUnavailable, headers: [.retryAfter: retryDate])
        }
        router.get("/broken.xml") { _, _ -> Response in
            await hits.hit("/broken.xml")
            return Response(status: .internalServerError)
        }
        return router
    }

    /// One pass over `store` at the given time, without extraction targets or publishing.
    static func run(_ store: SQLiteStore, now: Date) async throws -> RunSummary {
        let fetcher = HTTPFetcher()
        var options = Pipeline.Options(siteDirectory: nil)
        options.failureBackoff = 60
        options.maximumBackoff = 150
        let pipeline = Pipeline(store: store, fetcher: fetcher, options: options, logger: Logger(label: "test"))
        do {
            let summary = try await pipeline.run(now: now)
            try await fetcher.shutdown()
            return summary
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
    }

    @Test func retryAfterAndBackoffPostponeTheNextFetch() async throws {
        let store = try SQLiteStore()
        let hits = Hits()
        let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970).rounded(.down))
        let retryDate = Self.httpDate(start.addingTimeInterval(7200))
        try await withServer(Self.router(hits: hits, retryDate: retryDate)) { port in
            for path in ["busy", "maintenance", "broken"] { try store.addSource(url: "http://127.0.0.1:\(port)/\(path).xml") }
            func source(_ path: String) throws -> SourceRecord {
                try #require(try store.sources().first { $0.url.hasSuffix(path) })
            }

            // 1. Every source fails; each gets its time.
            let first = try await Self.run(store, now: start)
            #expect(first.sourcesFailed == 3)
            #expect(try source("/busy.xml").notBefore == start.addingTimeInterval(3600))
            #expect(try source("/busy.xml").waitReason?.contains("Retry-After") == true)
            #expect(try source("/busy.xml").lastError?.contains("HTTP 429") == true)
            #expect(try source("/maintenance.xml").notBefore == start.addingTimeInterval(7200))
            #expect(try source("/broken.xml").notBefore == start.addingTimeInterval(60))
            #expect(try source("/broken.xml").failureCount == 1)
            let line = try source("/busy.xml").statusLine(now: start)
            #expect(line.contains("waiting until"), "\(line)")
            #expect(line.contains("Retry-After"), "\(line)")

            // 2. Two minutes on: the throttled sources are skipped, the broken one is tried and waits twice as long.
            let second = try await Self.run(store, now: start.addingTimeInterval(120))
            #expect(second.sourcesWaiting == 2)
            #expect(await hits.count("/busy.xml") == 1)
            #expect(await hits.count("/maintenance.xml") == 1)
            #expect(await hits.count("/broken.xml") == 2)
            #expect(try source("/broken.xml").notBefore == start.addingTimeInterval(120 + 120))

            // 3. Later still: the backoff stops growing at its maximum.
            _ = try await Self.run(store, now: start.addingTimeInterval(300))
            #expect(try source("/broken.xml").notBefore == start.addingTimeInterval(300 + 150))
            #expect(try source("/broken.xml").failureCount == 3)

            // 4. After the server's time, it is asked again.
            let later = try await Self.run(store, now: start.addingTimeInterval(3 * 3600))
            #expect(later.sourcesWaiting == 0)
            #expect(await hits.count("/busy.xml") == 2)
            #expect(await hits.count("/maintenance.xml") == 2)
            #expect(try source("/busy.xml").statusLine(now: start.addingTimeInterval(3 * 3600)).contains("HTTP 429"))
        }
    }

    @Test func retryAfterHeadersAreRead() {
        let now = Date(timeIntervalSince1970: 1_767_600_000)
        #expect(RetryAfter(header: "120") == .seconds(120))
        #expect(RetryAfter(header: "120")?.resolved(at: now) == now.addingTimeInterval(120))
        #expect(RetryAfter(header: "Wed, 21 Oct 2015 07:28:00 GMT") == .date(Date(timeIntervalSince1970: 1_445_412_480)))
        // A date in the past means now, never earlier.
        #expect(RetryAfter(header: "Wed, 21 Oct 2015 07:28:00 GMT")?.resolved(at: now) == now)
        #expect(RetryAfter(header: "soon") == nil)
        #expect(RetryAfter(header: "-5") == nil)
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
