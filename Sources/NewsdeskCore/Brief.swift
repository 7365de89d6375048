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
    public var sources: [BriefSource]
    /// Which engine wrote the text ("extractive", or a model name).
    public var engine: String
    public var written: Date
    /// Latest publication time among the sources: the brief's own news date.
    public var newsDate: Date?

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

    /// Every sentence of the body in reading order: lead first, then the sections.
    public var allSentences: [BriefSentence] { lead + sections.flatMap(\.sentences) }

    /// Number of distinct outlets among the sources, a copy counted once with its original.
    public var independentSourceCount: Int { sources.filter { $0.via == nil }.count }
}
