import Foundation
import NewsdeskPipeline

/// The `model` section of `newsdesk.json`: an OpenAI-compatible endpoint that rewrites the
/// extractive drafts. Without the section newsdesk writes extractively and never calls a model.
///
/// ```json
/// "model": { "url": "http://127.0.0.1:8080", "model": "SmolLM2-135M-Instruct", "apiKeyEnvironment": "OPENAI_API_KEY" }
/// ```
struct ModelConfiguration: Codable, Equatable {
    /// The server's address, e.g. a local llama.cpp server; "/v1/chat/completions" is added.
    var url: String
    /// The model name sent with each request and shown on the page.
    var model: String
    /// A key written into the file; prefer `apiKeyEnvironment` so the file holds no secret.
    var apiKey: String?
    /// The name of an environment variable that holds the key.
    var apiKeyEnvironment: String?
    /// Seconds one request may take before the brief stays extractive.
    var timeoutSeconds: Double?

    /// The client settings, with the key read from the environment when one is named.
    func clientOptions(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ChatCompletionsClient.Options {
        var key = apiKey
        if let name = apiKeyEnvironment, !name.isEmpty {
            guard let value = environment[name], !value.isEmpty else {
                throw UserError("The model key variable \(name) named in newsdesk.json is not set. Export it, or remove apiKeyEnvironment for a server that needs no key.")
            }
            key = value
        }
        var options = ChatCompletionsClient.Options(baseURL: url, model: model, apiKey: key)
        if let timeoutSeconds {
            guard timeoutSeconds > 0 else { throw UserError("The model timeoutSeconds in newsdesk.json must be above 0.") }
            options.timeoutSeconds = timeoutSeconds
        }
        return options
    }
}
