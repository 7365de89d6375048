/// One message of a chat conversation with a language model.
public struct ChatMessage: Codable, Sendable, Equatable {
    /// "system", "user" or "assistant".
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// A language model that answers a chat: the only thing the model engine needs from one.
///
/// The engine never trusts the answer: whatever comes back is verified against the sources.
/// `NewsdeskPipeline.ChatCompletionsClient` speaks the OpenAI-compatible HTTP protocol; tests pass
/// their own conformers.
public protocol ChatModel: Sendable {
    /// The model's name as shown on the page, e.g. "SmolLM2-135M-Instruct".
    var name: String { get }

    /// The model's reply to `messages`; throws when there is no usable reply.
    func complete(_ messages: [ChatMessage]) async throws -> String
}
