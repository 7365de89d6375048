import NewsdeskCore

/// Rewrites an extractive brief with a language model, keeping only what the verifier supports.
///
/// The lead and each section go to the model as numbered sentences with their source markers.
/// Every returned sentence is verified against the sources it cites; one that is unsupported,
/// contradicted, missing from the reply or unreadable is replaced by its extractive original. When
/// a request fails (down, slow, an error status, garbage), or no reply has a usable line, the draft
/// is returned unchanged and the reason is kept. Headline, description, keyphrase and subheadings stay extractive.
///
/// ```swift
/// let engine = ModelEngine(model: client)
/// let outcome = await engine.rewrite(draft, sources: indexes)
/// print(outcome.brief.engine) // "SmolLM2-135M-Instruct (checked), extractive fallback for 7 of 12 sentences"
/// ```
public struct ModelEngine: Sendable {
    /// What the engine did to one brief.
    public struct Outcome: Sendable {
        /// The brief to gate: the model's verified sentences, the draft's everywhere else.
        public var brief: Brief
        /// Body sentences in the draft.
        public var sentences: Int
        /// Sentences whose model text was verified and kept (a reply equal to the draft counts too).
        public var rewritten: Int
        /// Sentences for which the extractive original was kept.
        public var fallbacks: Int
        /// One line per sentence that fell back, or per request that failed, saying why.
        public var notes: [String]
        /// Set when the model gave nothing usable at all: the brief is the extractive draft.
        public var failure: String?
    }

    public let model: any ChatModel
    public var verifier: Verifier

    public init(model: any ChatModel, verifier: Verifier = Verifier()) {
        self.model = model
        self.verifier = verifier
    }

    /// The draft rewritten part by part; never throws, since the draft is always a valid answer.
    public func rewrite(_ draft: Brief, sources: [Int: SourceIndex]) async -> Outcome {
        var brief = draft
        var notes: [String] = []
        var failures: [String] = []
        var kept = 0
        let parts: [(heading: String?, sentences: [BriefSentence])] =
            [(nil, draft.lead)] + draft.sections.map { ($0.heading, $0.sentences) }
        var rewrittenParts: [[BriefSentence]] = []
        for part in parts {
            guard !part.sentences.isEmpty else {
                rewrittenParts.append(part.sentences)
                continue
            }
            let reply: String
            do {
                reply = try await model.complete(ModelPrompt.messages(heading: part.heading, sentences: part.sentences))
            } catch {
                // A model that is down or stalled will not answer the next part either: the rest stays extractive.
                let reason = "the model gave no answer: \(error)"
                notes.append(reason)
                return Outcome(brief: draft, sentences: draft.allSentences.count, rewritten: 0, fallbacks: draft.allSentences.count, notes: notes, failure: reason)
            }
            let lines = ModelPrompt.parse(reply, expected: part.sentences.count)
            if lines.isEmpty {
                let reason = "the model's reply has no numbered sentence lines: “\(Self.excerpt(reply))”"
                failures.append(reason)
                notes.append(reason)
            }
            var result: [BriefSentence] = []
            for (position, original) in part.sentences.enumerated() {
                let (sentence, note) = check(lines[position], original: original, sources: sources)
                if let note { notes.append(note) } else { kept += 1 }
                result.append(sentence)
            }
            rewrittenParts.append(result)
        }
        brief.lead = rewrittenParts[0]
        for index in brief.sections.indices { brief.sections[index].sentences = rewrittenParts[index + 1] }
        let total = draft.allSentences.count
        let asked = parts.filter { !$0.sentences.isEmpty }.count
        let failure = asked > 0 && failures.count == asked ? failures.joined(separator: "; ") : nil
        if let failure {
            return Outcome(brief: draft, sentences: total, rewritten: 0, fallbacks: total, notes: notes, failure: failure)
        }
        brief.engine = "\(model.name) (checked), extractive fallback for \(total - kept) of \(total) sentences"
        return Outcome(brief: brief, sentences: total, rewritten: kept, fallbacks: total - kept, notes: notes, failure: nil)
    }

    /// The model's line if the verifier supports it against the sources it cites, else the original.
    func check(_ line: ModelPrompt.Line?, original: BriefSentence, sources: [Int: SourceIndex]) -> (BriefSentence, String?) {
        guard let line else { return (original, "no rewrite of “\(original.text)” in the reply") }
        // Markers for sources the brief does not have are dropped; a line without any keeps the original's.
        var citations = line.citations.filter { sources[$0] != nil }
        if citations.isEmpty { citations = original.citations }
        let cited = citations.compactMap { number in sources[number].map { (number: number, index: $0) } }
        let verdict = verifier.verify(line.text, against: cited)
        guard verdict.status == .supported else {
            return (original, "kept the original of “\(line.text)”: \(verdict.status.rawValue), " + verdict.reasons.joined(separator: "; "))
        }
        return (BriefSentence(text: line.text, citations: citations), nil)
    }

    /// The start of a reply for a note: enough to recognise it, short enough for a log line.
    public static func excerpt(_ reply: String) -> String {
        let flat = reply.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(120)) + "…" : flat
    }
}
