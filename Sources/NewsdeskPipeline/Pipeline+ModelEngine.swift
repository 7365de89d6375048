import Logging
import NewsdeskCore
import NewsdeskEditorial

extension Pipeline {
    /// The brief's numbered sources as the verifier reads them: each article's title and text.
    public static func sourceIndexes(for brief: Brief, articles: [SourceArticle]) -> [Int: SourceIndex] {
        var indexes: [Int: SourceIndex] = [:]
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for source in brief.sources {
            if let entry = byID[source.articleID] {
                indexes[source.number] = SourceIndex(text: entry.article.title + "\n\n" + entry.article.text)
            }
        }
        return indexes
    }

    /// The draft rewritten by the configured model engine, or the draft itself when none is configured.
    ///
    /// What the model could not do is logged with its reason; the gate then checks the result
    /// like any brief.
    func rewrite(_ draft: Brief, articles: [SourceArticle]) async -> Brief {
        guard let engine = options.modelEngine else { return draft }
        let outcome = await engine.rewrite(draft, sources: Self.sourceIndexes(for: draft, articles: articles))
        if let failure = outcome.failure {
            logger.warning("model engine failed; the brief stays extractive", metadata: ["story": "\(draft.storyID)", "reason": "\(failure)"])
        } else {
            logger.info(
                "model engine", metadata: ["story": "\(draft.storyID)", "rewritten": "\(outcome.rewritten)", "fallbacks": "\(outcome.fallbacks)"])
            for note in outcome.notes { logger.debug("model fallback", metadata: ["story": "\(draft.storyID)", "note": "\(note)"]) }
        }
        return outcome.brief
    }
}
