import Foundation
import NewsdeskIngest

/// Why a fetch failed, with the URL and the limit or status involved.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case http(status: Int, reason: String, url: String)
    case tooManyRedirects(url: String, limit: Int)
    case redirectLoop(url: String)
    case timeout(url: String, seconds: Int)
    case tooLarge(url: String, limit: Int)
    case network(url: String, reason: String)
    /// 429 Too Many Requests or 503 Service Unavailable: the server asks to be left alone, for as
    /// long as its `Retry-After` says when it says.
    case throttled(status: Int, url: String, retryAfter: RetryAfter?)

    public var description: String {
        switch self {
        case .invalidURL(let url): "not a valid http(s) URL: \(url)"
        case .http(let status, let reason, let url): "HTTP \(status) \(reason) from \(url)"
        case .tooManyRedirects(let url, let limit): "more than \(limit) redirects starting at \(url)"
        case .redirectLoop(let url): "redirect loop at \(url)"
        case .timeout(let url, let seconds): "no complete answer from \(url) within \(seconds) s"
        case .tooLarge(let url, let limit): "the response from \(url) is larger than \(limit) bytes"
        case .network(let url, let reason): "cannot reach \(url): \(reason)"
        case .throttled(let status, let url, let retryAfter):
            "HTTP \(status) \(status == 429 ? "Too Many Requests" : "Service Unavailable") from \(url)"
                + (retryAfter.map { ", retry after \($0)" } ?? "")
        }
    }
}

/// A `Retry-After` header: a delay in seconds or an HTTP date (RFC 9110 section 10.2.3).
public enum RetryAfter: Equatable, Sendable, CustomStringConvertible {
    case seconds(Int)
    case date(Date)

    /// Reads the header's value; nil when it is neither a number of seconds nor a date.
    public init?(header: String) {
        let value = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(value), seconds >= 0 {
            self = .seconds(seconds)
        } else if let date = FeedDateParser.parse(value) {
            self = .date(date)
        } else {
            return nil
        }
    }

    /// The moment the server may be asked again, for a response received at `now`.
    public func resolved(at now: Date) -> Date {
        switch self {
        case .seconds(let seconds): now.addingTimeInterval(TimeInterval(seconds))
        case .date(let date): max(date, now)
        }
    }

    public var description: String {
        switch self {
        case .seconds(let seconds): "\(seconds) s"
        case .date(let date): FeedDateParser.iso8601String(date)
        }
    }
}
