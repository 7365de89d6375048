import NewsdeskCore

/// Decides whether a brief may be published: verifies it, repairs what it can, and says why not.
///
/// A body sentence the sources do not support is dropped, or replaced by the source sentence the
/// verifier aligned it with when that sentence is itself supported and not already in the brief.
/// The repaired brief is verified again from scratch. A brief whose headline or description
/// fails, or that keeps fewer than `minimumSentences`, is held with the verifier's reasons.
public struct BriefGate: Sendable {
    public struct Options: Sendable {
        /// Below this a brief is a fragment: a lead and two supporting sentences at least.
        public var minimumSentences = 3

        public init() {}
    }

    public struct Decision: Sendable {
        public var brief: Brief
        public var report: VerificationReport
        public var publishable: Bool
        /// One line per repair made ("dropped …", "replaced …").
        public var repairs: [String]
        /// Why the brief is held, one line each (empty when publishable).
        public var reasons: [String]
    }

    public var options: Options
    public var verifier: Verifier

    public init(options: Options = Options(), verifier: Verifier = Verifier()) {
        self.options = options
        self.verifier = verifier
    }

    public func review(_ brief: Brief, sources: [Int: SourceIndex]) -> Decision {
        let first = verifier.verify(brief, sources: sources)
        if first.isFullySupported {
            return Decision(brief: brief, report: first, publishable: true, repairs: [], reasons: [])
        }
        var repaired = brief
        var repairs: [String] = []
        let present = Set(brief.allSentences.map(\.text))
        func fix(_ sentence: BriefSentence) -> BriefSentence? {
            let cited = sentence.citations.compactMap { number in sources[number].map { (number: number, index: $0) } }
            let verdict = verifier.verify(sentence.text, against: cited)
            if verdict.status == .supported { return sentence }
            if let evidence = verdict.evidence.first, !present.contains(evidence.text),
                verifier.verify(evidence.text, against: cited.filter { $0.number == evidence.sourceNumber }).status == .supported
            {
                repairs.append("replaced “\(sentence.text)” with the source's own sentence")
                return BriefSentence(text: evidence.text, citations: [evidence.sourceNumber])
            }
            repairs.append("dropped “\(sentence.text)”: " + verdict.reasons.joined(separator: "; "))
            return nil
        }
        repaired.lead = repaired.lead.compactMap(fix)
        // A timeline entry is a source's own sentence: one the verifier does not support goes.
        repaired.timeline = repaired.timeline.filter { entry in
            let cited = entry.sentence.citations.compactMap { number in sources[number].map { (number: number, index: $0) } }
            let supported = verifier.verify(entry.sentence.text, against: cited).status == .supported
            if !supported { repairs.append("dropped the timeline entry of \(entry.label)") }
            return supported
        }
        repaired.sections = repaired.sections.map { section in
            BriefSection(heading: section.heading, sentences: section.sentences.compactMap(fix))
        }.filter { !$0.sentences.isEmpty }
        if repaired.lead.isEmpty, var section = repaired.sections.first, !section.sentences.isEmpty {
            repaired.lead = [section.sentences.removeFirst()]
            repaired.sections[0] = section
            repaired.sections = repaired.sections.filter { !$0.sentences.isEmpty }
        }
        let report = verifier.verify(repaired, sources: sources)
        var reasons = report.problems
        if repaired.allSentences.count < options.minimumSentences {
            reasons.append("only \(repaired.allSentences.count) sentences are supported; a brief needs \(options.minimumSentences)")
        }
        let publishable = reasons.isEmpty && report.isFullySupported
        // A held brief keeps its original text and report, so the editor sees what failed.
        return publishable
            ? Decision(brief: repaired, report: report, publishable: true, repairs: repairs, reasons: [])
            : Decision(brief: brief, report: first, publishable: false, repairs: repairs, reasons: first.problems + reasons.filter { !first.problems.contains($0) })
    }
}
