import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskStore
import Testing

/// The model engine against a real HTTP server on loopback that plays a chat-completions endpoint
/// misbehaving in each way a real one can. No model is needed, so this runs in `make test`.
@Suite(.serialized)
struct ModelEngineTests {
    /// A reply that rewrites nothing: the draft's own numbered lines sent back.
    static func echo(_ prompt: String) -> String {
        prompt.split(separator: "\n").filter { $0.first?.isNumber == true }.joined(separator: "\n")
    }

    static func chatAnswer(_ content: String) -> Response {
        let json = try! JSONSerialization.data(withJSONObject: ["choices": [["index": 0, "message": ["role": "assistant", "content": content]]]])
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    /// The user message of a chat-completions request.
    static func prompt(of request: Request) async throws -> String {
        let body = try await request.body.collect(upTo: 1 << 20)
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        let messages = object?["messages"] as? [[String: Any]] ?? []
        return messages.last?["content"] as? String ?? ""
    }

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/echo/v1/chat/completions") { request, _ in chatAnswer(echo(try await prompt(of: request))) }
        // Rewrites the lead's first sentence with an invented figure and an invented name.
        router.post("/invent/v1/chat/completions") { request, _ -> Response in
            let prompt = try await prompt(of: request)
            var lines = echo(prompt).split(separator: "\n").map(String.init)
            if prompt.hasPrefix("Opening paragraph"), !lines.isEmpty {
                lines[0] = "1. South Korea and China signed 51 agreements after President Lee Jae-myung met Premier Zhao Leji in Beijing. [1]"
            }
            return chatAnswer(lines.joined(separator: "\n"))
        }
        router.post("/slow/v1/chat/completions") { request, _ -> Response in
            try await Task.sleep(for: .seconds(3))
            return chatAnswer(echo(try await prompt(of: request)))
        }
        router.post("/garbage/v1/chat/completions") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{\"choices\": [oops")))
        }
        router.post("/prose/v1/chat/completions") { _, _ in chatAnswer("Here is a fluent version of the article.\n\nIt has no numbered lines at all.") }
        router.post("/empty/v1/chat/completions") { _, _ in chatAnswer("") }
        router.post("/failing/v1/chat/completions") { _, _ in
            Response(status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "model is loading")))
        }
        return router
    }

    /// The summit story's extractive draft and its sources as the verifier reads them.
    static func draft() throws -> (Brief, [Int: SourceIndex]) {
        let articles = try GateAndSiteTests.summitArticles()
        let brief = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        return (brief, Pipeline.sourceIndexes(for: brief, articles: articles))
    }

    static func engine(_ url: String, timeout: Double = 10) -> (ModelEngine, ChatCompletionsClient) {
        var options = ChatCompletionsClient.Options(baseURL: url, model: "test-model")
        options.timeoutSeconds = timeout
        let client = ChatCompletionsClient(options: options)
        return (ModelEngine(model: client), client)
    }

    /// Runs the engine on the summit draft against `url` and checks that the result is the draft.
    func expectExtractive(_ url: String, timeout: Double = 10, reason: String) async throws {
        let (draft, sources) = try Self.draft()
        let (engine, client) = Self.engine(url, timeout: timeout)
        let outcome = await engine.rewrite(draft, sources: sources)
        try await client.shutdown()
        #expect(outcome.brief == draft)
        #expect(outcome.brief.engine == "extractive")
        #expect(outcome.rewritten == 0)
        #expect(outcome.fallbacks == draft.allSentences.count)
        let failure = try #require(outcome.failure)
        #expect(failure.contains(reason), "\(failure)")
    }

    @Test func anEndpointThatIsDownLeavesTheExtractiveBrief() async throws {
        // Port 1 on loopback has no listener: the client retries the refused connection for its
        // connect timeout, then the engine stops asking.
        try await expectExtractive("http://127.0.0.1:1", reason: "cannot reach the model")
    }

    @Test func aSlowEndpointTimesOutAndLeavesTheExtractiveBrief() async throws {
        try await withServer(Self.router()) { port in
            let started = Date()
            try await expectExtractive("http://127.0.0.1:\(port)/slow", timeout: 0.5, reason: "within 0.5 s")
            // One timeout, well under the server's 3 s delay: after it the engine stops asking.
            #expect(Date().timeIntervalSince(started) < 10)
            // Let the slow answer finish before the server goes away: a handler still running
            // when the server shuts down brings the test process down.
            try await Task.sleep(for: .seconds(max(0, 3.5 - Date().timeIntervalSince(started))))
        }
    }

    @Test func garbageNon200AndEmptyAnswersLeaveTheExtractiveBrief() async throws {
        try await withServer(Self.router()) { port in
            try await expectExtractive("http://127.0.0.1:\(port)/garbage", reason: "not chat-completions JSON")
            try await expectExtractive("http://127.0.0.1:\(port)/failing", reason: "HTTP 503: model is loading")
            try await expectExtractive("http://127.0.0.1:\(port)/empty", reason: "no choices or an empty message")
            try await expectExtractive("http://127.0.0.1:\(port)/prose", reason: "no numbered sentence lines")
        }
    }

    @Test func anInventedFigureIsReplacedByTheExtractiveOriginal() async throws {
        try await withServer(Self.router()) { port in
            let (draft, sources) = try Self.draft()
            let (engine, client) = Self.engine("http://127.0.0.1:\(port)/invent")
            let outcome = await engine.rewrite(draft, sources: sources)
            try await client.shutdown()
            #expect(outcome.failure == nil)
            #expect(outcome.fallbacks == 1)
            #expect(outcome.rewritten == draft.allSentences.count - 1)
            #expect(outcome.brief.engine == "test-model (checked), extractive fallback for 1 of \(draft.allSentences.count) sentences")
            #expect(outcome.brief.lead[0] == draft.lead[0])
            #expect(!outcome.brief.allSentences.contains { $0.text.contains("51") || $0.text.contains("Zhao") })
            #expect(outcome.notes.contains { $0.contains("51 agreements") })
            #expect(Verifier().verify(outcome.brief, sources: sources).isFullySupported)
        }
    }

    @Test func aFaithfulAnswerIsKeptWithItsCitations() async throws {
        try await withServer(Self.router()) { port in
            let (draft, sources) = try Self.draft()
            let (engine, client) = Self.engine("http://127.0.0.1:\(port)/echo/v1/")
            let outcome = await engine.rewrite(draft, sources: sources)
            try await client.shutdown()
            #expect(outcome.fallbacks == 0)
            #expect(outcome.brief.allSentences == draft.allSentences)
            #expect(outcome.brief.engine.hasPrefix("test-model (checked)"))
            #expect(Pipeline.gate(outcome.brief, articles: try GateAndSiteTests.summitArticles(), now: Date()).status == .published)
        }
    }

    @Test func aConfiguredPipelinePublishesTheCheckedModelTextAndSaysSo() async throws {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site").path
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let summary = try await withServer(SampleCorpusServer.router(root: samplesFolder)) { samples in
            try await withServer(Self.router()) { model in
                try addSampleSources(store, port: samples)
                let (engine, client) = Self.engine("http://127.0.0.1:\(model)/invent")
                var options = Pipeline.Options(siteDirectory: site)
                options.modelEngine = engine
                let fetcher = HTTPFetcher()
                let summary = try await Pipeline(store: store, fetcher: fetcher, options: options).run()
                try await fetcher.shutdown()
                try await client.shutdown()
                return summary
            }
        }
        #expect(summary.held == 0)
        let briefs = try store.briefs(status: .published)
        #expect(!briefs.isEmpty)
        for stored in briefs {
            #expect(stored.brief.engine.hasPrefix("test-model (checked), extractive fallback for "), "\(stored.brief.engine)")
            #expect(stored.report.isFullySupported)
            #expect(!stored.brief.allSentences.contains { $0.text.contains("Zhao Leji") })
        }
        let page = try readSiteFile(site, SiteRendererPaths.path(of: briefs[0].brief, among: briefs.map(\.brief)))
        #expect(page.contains("test-model (checked), extractive fallback for"))
    }

    @Test func replyLinesAreMatchedByNumberAndMarkersAreRead() {
        let reply = """
            Sure! Here are the sentences:
            2) The second one, rewritten [3] .
            1. The first one [1, 2].
            7. A line for a sentence that was never sent. [1]
            """
        let lines = ModelPrompt.parse(reply, expected: 3)
        #expect(lines[0] == ModelPrompt.Line(text: "The first one.", citations: [1, 2]))
        #expect(lines[1] == ModelPrompt.Line(text: "The second one, rewritten.", citations: [3]))
        #expect(lines[2] == nil)
        #expect(ModelPrompt.parse("One.\nTwo. [2]", expected: 2)[1] == ModelPrompt.Line(text: "Two.", citations: [2]))
        #expect(ModelPrompt.parse("just prose", expected: 2).isEmpty)
    }
}
