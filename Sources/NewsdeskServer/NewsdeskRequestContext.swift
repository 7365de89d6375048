import Hummingbird
import NIOCore
import NewsdeskStore

/// The request context of every newsdesk route: the client's address (for login rate limits),
/// and, on the review desk, the signed-in editor and the decoded form.
public struct NewsdeskRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address as text ("127.0.0.1"), or "unknown".
    public let clientAddress: String
    /// Set by the desk's session check.
    var session: EditorSession?
    /// Set by the desk's session check for POST requests: the decoded form fields.
    var form: [String: String] = [:]

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
