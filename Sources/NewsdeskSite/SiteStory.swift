import Foundation
import NewsdeskCore

/// A published story as the site shows it.
public struct SiteStory: Sendable {
    /// A public note on a change to a published story, shown under "Corrections".
    public struct Correction: Sendable, Equatable {
        public var date: Date
        public var text: String

        public init(date: Date, text: String) {
            self.date = date
            self.text = text
        }
    }

    public var brief: Brief
    public var report: VerificationReport
    /// Ids of related stories, most related first.
    public var related: [String]
    /// Corrections, oldest first.
    public var corrections: [Correction]

    public init(brief: Brief, report: VerificationReport, related: [String], corrections: [Correction] = []) {
        self.brief = brief
        self.report = report
        self.related = related
        self.corrections = corrections
    }

    /// When the story last changed: its latest correction, else when it was written.
    public var modified: Date {
        max(SiteFeeds.modified(brief), corrections.map(\.date).max() ?? .distantPast)
    }
}

/// Why a theme folder cannot be used.
public enum SiteThemeError: Error, CustomStringConvertible {
    case unreadableFolder(String)
    case badTemplate(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableFolder(let path): "the theme folder \(path) does not exist or cannot be read"
        case .badTemplate(let file, let reason): "the theme template \(file) cannot be used: \(reason)"
        }
    }
}
