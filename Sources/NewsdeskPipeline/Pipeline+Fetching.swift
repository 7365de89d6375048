import Foundation
import NewsdeskCore
import NewsdeskIngest
import NewsdeskStore

extension Pipeline {
    struct FetchedFeed: Sendable {
        var feed: Feed?
        var notModified: Bool
        var etag: String?
        var lastModified: String?
        var movedTo: String?
    }

    enum Outcome<Value: Sendable>: Sendable {
        case success(Value)
        case failure(String)
    }

    /// A feed fetch that failed: the reason in one line, and the server's `Retry-After` if it sent one.
    struct FeedFailureError: Error, Sendable {
        var reason: String
        var retryAfter: RetryAfter?
    }

    /// Fetches and parses every feed, a few at a time; each result is a feed or a one-line reason.
    func fetchFeeds(_ sources: [SourceRecord]) async -> [(SourceRecord, Result<FetchedFeed, FeedFailureError>)] {
        await withTaskGroup(of: (Int, Result<FetchedFeed, FeedFailureError>).self) { group in
            var results: [(Int, Result<FetchedFeed, FeedFailureError>)] = []
            var next = 0
            func startNext() {
                guard next < sources.count else { return }
                let index = next
                let source = sources[index]
                next += 1
                group.addTask { (index, await fetchFeed(source)) }
            }
            for _ in 0..<options.feedConcurrency { startNext() }
            while let result = await group.next() {
                results.append(result)
                startNext()
            }
            return results.sorted { $0.0 < $1.0 }.map { (sources[$0.0], $0.1) }
        }
    }

    private func fetchFeed(_ source: SourceRecord) async -> Result<FetchedFeed, FeedFailureError> {
        do {
            let response = try await fetcher.fetch(source.url, etag: source.etag, lastModified: source.lastModified)
            if response.notModified {
                return .success(FetchedFeed(feed: nil, notModified: true, etag: source.etag, lastModified: source.lastModified))
            }
            let feed = try FeedParser().parse(response.body, url: response.finalURL)
            return .success(FetchedFeed(
                feed: feed, notModified: false, etag: response.etag, lastModified: response.lastModified,
                movedTo: response.movedPermanentlyTo))
        } catch let error as FetchError {
            if case .throttled(_, _, let retryAfter) = error {
                return .failure(FeedFailureError(reason: error.description, retryAfter: retryAfter))
            }
            return .failure(FeedFailureError(reason: error.description))
        } catch let error as FeedParseError {
            return .failure(FeedFailureError(reason: error.description))
        } catch {
            return .failure(FeedFailureError(reason: String(describing: error)))
        }
    }

    /// When a failing source may be fetched again, and why: the server's `Retry-After` when it sent
    /// one (up to `maximumRetryAfter`), otherwise `failureBackoff` doubled for every failure in a row
    /// before this one, up to `maximumBackoff`.
    func nextAttempt(after failure: FeedFailureError, source: SourceRecord, now: Date) -> (notBefore: Date, reason: String) {
        if let retryAfter = failure.retryAfter {
            let until = min(retryAfter.resolved(at: now), now.addingTimeInterval(options.maximumRetryAfter))
            return (until, "the server asked to wait (Retry-After: \(retryAfter))")
        }
        let failures = source.failureCount + 1
        let doublings = Double(min(failures - 1, 30))
        let delay = min(options.failureBackoff * pow(2, doublings), options.maximumBackoff)
        return (now.addingTimeInterval(delay), "backing off after \(failures) failure\(failures == 1 ? "" : "s") in a row")
    }

    /// Fetches pages with at most `perHostConcurrency` requests in flight per host.
    func fetchPages(_ urls: [String]) async -> [String: Outcome<FetchResponse>] {
        let byHost = Dictionary(grouping: urls) { URL(string: $0)?.host ?? "" }
        return await withTaskGroup(of: [(String, Outcome<FetchResponse>)].self) { group in
            for (_, hostURLs) in byHost.sorted(by: { $0.key < $1.key }) {
                let lanes = max(1, options.perHostConcurrency)
                for lane in 0..<lanes {
                    let mine = hostURLs.enumerated().filter { $0.offset % lanes == lane }.map(\.element)
                    group.addTask {
                        var results: [(String, Outcome<FetchResponse>)] = []
                        for url in mine {
                            do {
                                results.append((url, .success(try await fetcher.fetch(url))))
                            } catch let error as FetchError {
                                results.append((url, .failure(error.description)))
                            } catch {
                                results.append((url, .failure(String(describing: error))))
                            }
                        }
                        return results
                    }
                }
            }
            var all: [String: Outcome<FetchResponse>] = [:]
            for await results in group {
                for (url, outcome) in results { all[url] = outcome }
            }
            return all
        }
    }
}
