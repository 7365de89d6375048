import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskPipeline
import NewsdeskStore

/// What an editor can do to a brief, each recorded in the audit log with the brief's version.
struct DeskActions: Sendable {
    /// A correction note is one or two sentences; longer belongs in the article.
    static let maximumNoteLength = 500
    /// Headlines and descriptions past these lengths are a paste accident, not an edit.
    static let maximumHeadlineLength = 300
    static let maximumDescriptionLength = 500
    /// The fewest sentences a brief may have, as the pipeline's gate requires.
    static let minimumSentences = BriefGate.Options().minimumSentences

    enum Outcome: Equatable {
        case done(version: Int)
        /// The edit was saved but does not verify: the brief stays held with these reasons.
        case held(version: Int, reasons: [String])
        /// The correction does not verify: nothing was published.
        case refused(reasons: [String])
    }

    let store: SQLiteStore
    let settings: ServerSettings

    func current(_ storyID: String) throws -> VersionedBrief {
        guard let brief = try store.versionedBrief(storyID: storyID) else { throw ServerError(.notFound, "Story \(storyID) has no brief.") }
        return brief
    }

    /// Publishes a held brief as it stands.
    func approve(_ storyID: String, editor: String, now: Date = Date()) async throws -> Outcome {
        var entry = try current(storyID)
        guard entry.stored.status == .held else { throw ServerError(.conflict, "Only a held brief can be approved; this one is \(entry.stored.status.rawValue).") }
        let unsupported = entry.stored.report.verdicts.filter { $0.status != .supported }.count
        entry.stored.status = .published
        entry.stored.updated = now
        let detail = unsupported == 0 ? "approved" : "approved with \(unsupported) sentence(s) the verifier could not support"
        let version = try store.saveEditorial(entry.stored, editor: editor, action: "approve", detail: detail, newVersion: false, now: now)
        try await republish()
        return .done(version: version)
    }

    /// Turns a held brief down: it is not published and the pipeline leaves it alone.
    func reject(_ storyID: String, editor: String, reason: String, now: Date = Date()) throws -> Outcome {
        var entry = try current(storyID)
        guard entry.stored.status == .held else { throw ServerError(.conflict, "Only a held brief can be rejected; this one is \(entry.stored.status.rawValue).") }
        entry.stored.status = .rejected
        entry.stored.updated = now
        let detail = reason.isEmpty ? "rejected" : "rejected: " + reason
        return .done(version: try store.saveEditorial(entry.stored, editor: editor, action: "reject", detail: detail, newVersion: false, now: now))
    }

    /// Saves an editor's text for a held brief and verifies it again against the story's sources.
    /// The brief stays held: with no reasons when every sentence checks out (ready to approve),
    /// with the verifier's reasons otherwise.
    func edit(_ storyID: String, editor: String, headline: String, description: String, body: String, now: Date = Date()) throws -> Outcome {
        var entry = try current(storyID)
        guard entry.stored.status == .held else {
            throw ServerError(.conflict, "Only a held brief can be edited; a published brief is changed by a correction.")
        }
        let brief = try revised(entry.stored.brief, headline: headline, description: description, body: body)
        let (report, reasons) = try verify(brief)
        entry.stored = StoredBrief(brief: brief, report: report, status: .held, reasons: reasons, updated: now)
        let detail = reasons.isEmpty ? "edited; every sentence verified" : "edited; \(reasons.count) problem(s) keep it held"
        let version = try store.saveEditorial(entry.stored, editor: editor, action: "edit", detail: detail, newVersion: true, now: now)
        return reasons.isEmpty ? .done(version: version) : .held(version: version, reasons: reasons)
    }

    /// Publishes a corrected version of a published brief with a public note, when the corrected
    /// text verifies; otherwise nothing changes and the reasons are returned.
    func correct(
        _ storyID: String, editor: String, headline: String, description: String, body: String, note: String, now: Date = Date()
    ) async throws -> Outcome {
        var entry = try current(storyID)
        guard entry.stored.status == .published else { throw ServerError(.conflict, "Only a published brief can be corrected.") }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, note.count <= Self.maximumNoteLength else {
            throw ServerError(.badRequest, "A correction needs a note for readers of 1 to \(Self.maximumNoteLength) characters.")
        }
        var brief = try revised(entry.stored.brief, headline: headline, description: description, body: body)
        let (report, reasons) = try verify(brief)
        guard reasons.isEmpty else { return .refused(reasons: reasons) }
        brief.corrections.append(BriefCorrection(date: now, note: note))
        brief.modified = now
        entry.stored = StoredBrief(brief: brief, report: report, status: .published, reasons: [], updated: now)
        let version = try store.saveEditorial(entry.stored, editor: editor, action: "correct", detail: "correction: " + note, newVersion: true, now: now)
        try await republish()
        return .done(version: version)
    }

    private func revised(_ original: Brief, headline: String, description: String, body: String) throws -> Brief {
        let headline = headline.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !headline.isEmpty, headline.count <= Self.maximumHeadlineLength else {
            throw ServerError(.badRequest, "The headline must be 1 to \(Self.maximumHeadlineLength) characters.")
        }
        guard !description.isEmpty, description.count <= Self.maximumDescriptionLength else {
            throw ServerError(.badRequest, "The description must be 1 to \(Self.maximumDescriptionLength) characters.")
        }
        let parsed: (lead: [BriefSentence], sections: [BriefSection])
        do {
            parsed = try BriefText.parse(body, sourceNumbers: Set(original.sources.map(\.number)))
        } catch let error as BriefText.ParseError {
            throw ServerError(.badRequest, error.description)
        }
        var brief = original
        brief.headline = headline
        brief.metaDescription = description
        brief.lead = parsed.lead
        brief.sections = parsed.sections
        return brief
    }

    /// The verifier's report on `brief` against its story's stored sources, and the reasons it may
    /// not be published.
    private func verify(_ brief: Brief) throws -> (VerificationReport, [String]) {
        let articles = try store.articles(ids: brief.sources.map(\.articleID))
        let sources = Pipeline.sourceIndexes(for: brief, articles: articles)
        let report = Verifier().verify(brief, sources: sources)
        var reasons = report.problems
        if sources.count < Set(brief.sources.map(\.number)).count {
            reasons.append("\(Set(brief.sources.map(\.number)).count - sources.count) source(s) of this brief are no longer stored, so their citations cannot be checked")
        }
        if brief.allSentences.count < Self.minimumSentences {
            reasons.append("only \(brief.allSentences.count) sentences; a brief needs \(Self.minimumSentences)")
        }
        return (report, reasons)
    }

    /// Renders and swaps in the site with every published brief, after the pipeline's own run if
    /// one is in progress.
    func republish() async throws {
        let store = self.store
        let site = settings.site
        let directory = settings.siteDirectory
        try await settings.publishing.run {
            let published = try store.briefs(status: .published).map { ($0.brief, $0.report) }
            try Pipeline.publish(published, site: site, to: directory)
        }
        settings.onPublished()
    }
}
