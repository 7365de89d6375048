/// Why a fetch failed, with the URL and the limit or status involved.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case http(status: Int, reason: String, url: String)
    case tooManyRedirects(url: String, limit: Int)
    case redirectLoop(url: String)
    case timeout(url: String, seconds: Int)
    case tooLarge(url: String, limit: Int)
    case network(url: String, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "not a valid http(s) URL: \(url)"
        case .http(let status, let reason, let url): "HTTP \(status) \(reason) from \(url)"
        case .tooManyRedirects(let url, let limit): "more than \(limit) redirects starting at \(url)"
        case .redirectLoop(let url): "redirect loop at \(url)"
        case .timeout(let url, let seconds): "no complete answer from \(url) within \(seconds) s"
        case .tooLarge(let url, let limit): "the response from \(url) is larger than \(limit) bytes"
        case .network(let url, let reason): "cannot reach \(url): \(reason)"
        }
    }
}
