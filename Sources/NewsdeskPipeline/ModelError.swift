/// Why a chat-completions request gave no usable reply, with the URL and the limit or status involved.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case unreachable(url: String, reason: String)
    case timeout(url: String, seconds: Double)
    case http(status: Int, url: String, body: String)
    case tooLarge(url: String, limit: Int)
    case malformed(url: String, reason: String)
    case emptyReply(url: String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "the model URL is not a valid http(s) URL: \(url)"
        case .unreachable(let url, let reason): "cannot reach the model at \(url): \(reason)"
        case .timeout(let url, let seconds): "no complete answer from the model at \(url) within \(seconds.formatted()) s"
        case .http(let status, let url, let body): "the model at \(url) answered HTTP \(status)" + (body.isEmpty ? "" : ": \(body)")
        case .tooLarge(let url, let limit): "the model's answer from \(url) is larger than \(limit) bytes"
        case .malformed(let url, let reason): "the model at \(url) sent an answer that is not chat-completions JSON: \(reason)"
        case .emptyReply(let url): "the model at \(url) sent no choices or an empty message"
        }
    }
}
