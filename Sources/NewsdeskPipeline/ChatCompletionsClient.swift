import AsyncHTTPClient
import Foundation
import NIOCore
import NewsdeskEditorial

/// A client for an OpenAI-compatible chat-completions endpoint: a local llama.cpp server, Ollama,
/// vLLM or a hosted API.
///
/// Requests are deterministic (temperature 0) and bounded in time, in answer size and in tokens;
/// every way the exchange can fail ends in a `ModelError`.
///
/// ```swift
/// let client = ChatCompletionsClient(options: .init(baseURL: "http://127.0.0.1:8080", model: "SmolLM2-135M-Instruct"))
/// defer { try? await client.shutdown() }
/// let reply = try await client.complete([ChatMessage(role: "user", content: "Hello")])
/// ```
public final class ChatCompletionsClient: ChatModel {
    /// Where the endpoint is and the limits of one request.
    public struct Options: Sendable {
        /// The server's address, with or without the trailing "/v1".
        public var baseURL: String
        public var model: String
        /// Sent as a bearer token when set; local servers need none.
        public var apiKey: String?
        /// A brief's section on a small CPU model takes seconds; a stalled server must not stall the run.
        public var timeoutSeconds = 120.0
        /// A rewrite of a few sentences is a few kilobytes; a larger answer is not one.
        public var maximumBytes = 1024 * 1024
        /// Room for about a dozen rewritten sentences with their markers.
        public var maximumTokens = 1024

        public init(baseURL: String, model: String, apiKey: String? = nil) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
        }
    }

    public let options: Options
    public var name: String { options.model }
    private let client: HTTPClient

    public init(options: Options) {
        self.options = options
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let milliseconds = Int64(options.timeoutSeconds * 1000)
        // A refused connection is retried until the connect timeout: a down server should cost seconds, not minutes.
        configuration.timeout = .init(connect: .milliseconds(min(5_000, milliseconds)), read: .milliseconds(milliseconds))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// The endpoint: `{base}/v1/chat/completions`.
    public var endpoint: String {
        var base = options.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        if !base.hasSuffix("/v1") { base += "/v1" }
        return base + "/chat/completions"
    }

    public func complete(_ messages: [ChatMessage]) async throws -> String {
        let url = endpoint
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
            parsed.host != nil
        else { throw ModelError.invalidURL(url) }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        if let key = options.apiKey, !key.isEmpty { request.headers.add(name: "Authorization", value: "Bearer \(key)") }
        let body = ChatRequest(model: options.model, messages: messages, temperature: 0, max_tokens: options.maximumTokens, stream: false)
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        let deadline = TimeAmount.milliseconds(Int64(options.timeoutSeconds * 1000))
        let bytes: ByteBuffer
        let status: Int
        do {
            let response = try await client.execute(request, timeout: deadline)
            status = Int(response.status.code)
            bytes = try await response.body.collect(upTo: options.maximumBytes)
        } catch is NIOTooManyBytesError {
            throw ModelError.tooLarge(url: url, limit: options.maximumBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw ModelError.timeout(url: url, seconds: options.timeoutSeconds)
        } catch {
            throw ModelError.unreachable(url: url, reason: String(describing: error))
        }
        let data = Data(bytes.readableBytesView)
        guard (200..<300).contains(status) else {
            throw ModelError.http(status: status, url: url, body: ModelEngine.excerpt(String(decoding: data.prefix(400), as: UTF8.self)))
        }
        let decoded: ChatResponse
        do {
            decoded = try JSONDecoder().decode(ChatResponse.self, from: data)
        } catch {
            throw ModelError.malformed(url: url, reason: ModelEngine.excerpt(String(decoding: data.prefix(200), as: UTF8.self)))
        }
        guard let content = decoded.choices.first?.message.content, !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { throw ModelError.emptyReply(url: url) }
        return content
    }
}

/// The request body of the chat-completions protocol (field names as the protocol spells them).
struct ChatRequest: Encodable {
    var model: String
    var messages: [ChatMessage]
    var temperature: Double
    var max_tokens: Int
    var stream: Bool
}

/// The part of a chat-completions answer that newsdesk reads.
struct ChatResponse: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable {
            var content: String?
        }

        var message: Message
    }

    var choices: [Choice]
}
