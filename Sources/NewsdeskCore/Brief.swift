import Foundation

/// A numbered source of a brief, as shown in its source list.
public struct BriefSource: Codable, Sendable, Equatable {
    public var number: Int
    public var articleID: Int64
    public var outlet: String
    public var title: String
    public var url: String
    public var published: Date?
    /// For a copy of another outlet's article: that outlet, shown as "via".
    public var via: String?

    public init(
        number: Int, articleID: Int64, outlet: String, title: String, url: String, published: Date?,
        via: String? = nil
    ) {
        self.number = number
        self.articleID = articleID
        self.outlet = outlet
        self.title = title
        self.url = url
        self.published = published
        self.via = via
    }
}

/// One sentence of a brief and the numbers of the sources it cites.
public struct BriefSentence: Codable, Sendable, Equatable {
    public var text: String
    public var citations: [Int]

    public init(text: String, citations: [Int]) {
        self.text = text
        self.citations = citations
    }
}

public struct BriefSection: Codable, Sendable, Equatable {
    public var heading: String
    public var sentences: [BriefSentence]

    public init(heading: String, sentences: [BriefSentence]) {
        self.heading = heading
        self.sentences = sentences
    }
}

/// Sources that report different values for the same fact, with who reports each.
public struct SourceDifference: Codable, Sendable, Equatable {
    public struct Report: Codable, Sendable, Equatable {
        public var value: String
        public var outlets: [String]
        public var sourceNumbers: [Int]

        public init(value: String, outlets: [String], sourceNumbers: [Int]) {
            self.value = value
            self.outlets = outlets
            self.sourceNumbers = sourceNumbers
        }
    }

    /// What is counted or measured, e.g. "agreements".
    public var subject: String
    public var reports: [Report]

    public init(subject: String, reports: [Report]) {
        self.subject = subject
        self.reports = reports
    }

    /// A sentence for the page, e.g. "Sources differ on the number of agreements: 15 (A, B); 14 (C)."
    public var summary: String {
        let parts = reports.map { "\($0.value) (\($0.outlets.joined(separator: ", ")))" }
        return "Sources differ on the number of \(subject): " + parts.joined(separator: "; ") + "."
    }
}

/// A dated event of a story: the source sentence that tells it, cited, under its date.
public struct TimelineEntry: Codable, Sendable, Equatable {
    /// The calendar day, as "2026-01-05".
    public var day: String
    /// The day for readers: "January 5, 2026".
    public var label: String
    public var sentence: BriefSentence

    public init(day: String, label: String, sentence: BriefSentence) {
        self.day = day
        self.label = label
        self.sentence = sentence
    }
}

/// A figure or date the brief states, with every source that states the same.
public struct KeyFact: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case figure, date }

    public var kind: Kind
    /// As a source wrote it: "15 agreements", "$350 billion", "January 5, 2026".
    public var text: String
    public var citations: [Int]

    public init(kind: Kind, text: String, citations: [Int]) {
        self.kind = kind
        self.text = text
        self.citations = citations
    }
}

/// A public note that a published brief was corrected, with the time of the change.
public struct BriefCorrection: Codable, Sendable, Equatable {
    public var date: Date
    /// What was wrong and what the article now says, in the editor's words.
    public var note: String

    public init(date: Date, note: String) {
        self.date = date
        self.note = note
    }
}

/// One article written about one story: every sentence carries its citations.
public struct Brief: Codable, Sendable, Equatable {
    public var storyID: String
    public var keyphrase: String
    public var headline: String
    public var metaDescription: String
    public var slug: String
    public var lead: [BriefSentence]
    public var sections: [BriefSection]
    public var differences: [SourceDifference]
    /// Dated events, oldest first (empty when the sources date fewer than two events).
    public var timeline: [TimelineEntry] = []
    /// The figures and dates of the body with the sources that state them.
    public var keyFacts: [KeyFact] = []
    public var sources: [BriefSource]
    /// Which engine wrote the text ("extractive", or a model name).
    public var engine: String
    public var written: Date
    /// Latest publication time among the sources: the brief's own news date.
    public var newsDate: Date?
    /// Corrections made after publication, oldest first.
    public var corrections: [BriefCorrection] = []
    /// When an editor last changed the published text (a correction); nil when never changed.
    public var modified: Date?

    public init(
        storyID: String, keyphrase: String, headline: String, metaDescription: String, slug: String,
        lead: [BriefSentence], sections: [BriefSection], differences: [SourceDifference],
        sources: [BriefSource], engine: String, written: Date, newsDate: Date?
    ) {
        self.storyID = storyID
        self.keyphrase = keyphrase
        self.headline = headline
        self.metaDescription = metaDescription
        self.slug = slug
        self.lead = lead
        self.sections = sections
        self.differences = differences
        self.sources = sources
        self.engine = engine
        self.written = written
        self.newsDate = newsDate
    }

    enum CodingKeys: String, CodingKey {
        case storyID, keyphrase, headline, metaDescription, slug, lead, sections, differences, timeline, keyFacts
        case sources, engine, written, newsDate, corrections, modified
    }

    /// Reads briefs stored before the timeline and key facts existed as having none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storyID = try c.decode(String.self, forKey: .storyID)
        keyphrase = try c.decode(String.self, forKey: .keyphrase)
        headline = try c.decode(String.self, forKey: .headline)
        metaDescription = try c.decode(String.self, forKey: .metaDescription)
        slug = try c.decode(String.self, forKey: .slug)
        lead = try c.decode([BriefSentence].self, forKey: .lead)
        sections = try c.decode([BriefSection].self, forKey: .sections)
        differences = try c.decode([SourceDifference].self, forKey: .differences)
        timeline = try c.decodeIfPresent([TimelineEntry].self, forKey: .timeline) ?? []
        keyFacts = try c.decodeIfPresent([KeyFact].self, forKey: .keyFacts) ?? []
        sources = try c.decode([BriefSource].self, forKey: .sources)
        engine = try c.decode(String.self, forKey: .engine)
        written = try c.decode(Date.self, forKey: .written)
        newsDate = try c.decodeIfPresent(Date.self, forKey: .newsDate)
        corrections = try c.decodeIfPresent([BriefCorrection].self, forKey: .corrections) ?? []
        modified = try c.decodeIfPresent(Date.self, forKey: .modified)
    }

    /// Every sentence of the body in reading order: lead first, then the sections.
    public var allSentences: [BriefSentence] { lead + sections.flatMap(\.sentences) }

    /// Number of distinct outlets among the sources, a copy counted once with its original.
    public var independentSourceCount: Int { sources.filter { $0.via == nil }.count }
}
