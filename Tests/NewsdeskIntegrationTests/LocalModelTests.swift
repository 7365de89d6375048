import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskPipeline
import Testing

/// The model engine against a real local model behind an OpenAI-compatible server.
///
/// `make test-llm` starts llama-cpp-python's server with SmolLM2-135M-Instruct and sets
/// `NEWSDESK_TEST_MODEL_URL`; without the variable these tests are skipped. A model this small
/// invents names and figures readily: the test shows every one of them caught, not that the
/// model writes well.
@Suite(.serialized)
struct LocalModelTests {
    static let url = ProcessInfo.processInfo.environment["NEWSDESK_TEST_MODEL_URL"]
    static let modelName = ProcessInfo.processInfo.environment["NEWSDESK_TEST_MODEL_NAME"] ?? "SmolLM2-135M-Instruct"

    /// Two sample events with at least two original articles each (the summit first), extracted
    /// from the pages on disk: enough briefs to see the model invent, few enough for a CPU run.
    static func sampleStories() throws -> [(event: String, articles: [SourceArticle])] {
        let manifest = try SampleManifest.load()
        let originals = manifest.articles.filter { $0.duplicateOf == nil }
        let events = Dictionary(grouping: originals, by: \.event).filter { $0.value.count >= 2 }.keys
            .sorted { ($0 == "seoul-beijing-summit" ? "" : $0) < ($1 == "seoul-beijing-summit" ? "" : $1) }.prefix(2)
        return try events.map { event in
            let articles = try originals.filter { $0.event == event }.enumerated().map { index, entry in
                let data = try Data(contentsOf: URL(fileURLWithPath: samplesFolder + entry.path))
                let article = try #require(ArticleExtractor().extract(data, url: "http://sample.invalid" + entry.path).article)
                return SourceArticle(id: Int64(index + 1), outlet: entry.outlet, article: article)
            }
            return (event, articles)
        }
    }

    @Test(
        .enabled(if: url != nil, "NEWSDESK_TEST_MODEL_URL is not set: run `make test-llm` to test against a real local model"),
        .timeLimit(.minutes(10)))
    func everySentenceOfTheRealModelsBriefsIsVerified() async throws {
        var options = ChatCompletionsClient.Options(baseURL: try #require(Self.url), model: Self.modelName)
        options.timeoutSeconds = 180
        // A section's rewrite needs a few hundred tokens; a rambling small model stops here.
        options.maximumTokens = 512
        let client = ChatCompletionsClient(options: options)
        let engine = ModelEngine(model: client)
        var sentences = 0
        var rewritten = 0
        var fallbacks = 0
        for story in try Self.sampleStories() {
            guard case .success(let draft) = BriefWriter().write(storyID: story.event, articles: story.articles, now: Date()) else { continue }
            let sources = Pipeline.sourceIndexes(for: draft, articles: story.articles)
            let outcome = await engine.rewrite(draft, sources: sources)
            // The server answered every request; whether the answers were usable is the model's business.
            #expect(!(outcome.failure ?? "").contains("gave no answer"), "\(story.event): \(outcome.failure ?? "")")
            // Whatever the model wrote, what is left is supported sentence by sentence.
            let report = Verifier().verify(outcome.brief, sources: sources)
            #expect(report.isFullySupported, "\(story.event): \(report.problems)")
            #expect(outcome.rewritten + outcome.fallbacks == draft.allSentences.count)
            if outcome.failure == nil {
                #expect(outcome.brief.engine == "\(Self.modelName) (checked), extractive fallback for \(outcome.fallbacks) of \(outcome.sentences) sentences")
            } else {
                #expect(outcome.brief == draft)
            }
            #expect(Pipeline.gate(outcome.brief, articles: story.articles, now: Date()).status == .published)
            let changed = zip(outcome.brief.allSentences, draft.allSentences).filter { $0.0.text != $0.1.text }.count
            print("model engine on \(story.event): \(outcome.rewritten) of \(outcome.sentences) sentences kept from the model (\(changed) reworded), \(outcome.fallbacks) fell back")
            for note in outcome.notes.prefix(3) { print("  caught: \(note)") }
            sentences += outcome.sentences
            rewritten += outcome.rewritten
            fallbacks += outcome.fallbacks
        }
        try await client.shutdown()
        #expect(sentences > 0)
        print("model engine total: \(rewritten) of \(sentences) sentences from the model verified, \(fallbacks) fell back to the extractive original")
    }
}
