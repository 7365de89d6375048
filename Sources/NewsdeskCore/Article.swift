import Foundation

/// A block of an article's main text, with the structural role it had on the page.
public struct Paragraph: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case paragraph, heading, listItem, quote, tableRow, preformatted
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A source article: main text as paragraphs plus the metadata the page declared.
public struct Article: Codable, Sendable, Equatable {
    /// The URL the page was fetched from.
    public var url: String
    public var canonicalURL: String?
    public var title: String
    public var authors: [String]
    public var published: Date?
    public var modified: Date?
    public var siteName: String?
    public var language: String?
    public var description: String?
    public var image: String?
    public var section: String?
    public var tags: [String]
    public var paragraphs: [Paragraph]

    public init(
        url: String, canonicalURL: String? = nil, title: String, authors: [String] = [],
        published: Date? = nil, modified: Date? = nil, siteName: String? = nil, language: String? = nil,
        description: String? = nil, image: String? = nil, section: String? = nil, tags: [String] = [],
        paragraphs: [Paragraph]
    ) {
        self.url = url
        self.canonicalURL = canonicalURL
        self.title = title
        self.authors = authors
        self.published = published
        self.modified = modified
        self.siteName = siteName
        self.language = language
        self.description = description
        self.image = image
        self.section = section
        self.tags = tags
        self.paragraphs = paragraphs
    }

    /// The main text: paragraphs separated by blank lines.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }

    /// The body paragraphs that carry prose (no headings), which is what briefs quote from.
    public var proseParagraphs: [String] {
        paragraphs.filter { $0.kind != .heading && $0.kind != .tableRow }.map(\.text)
    }

    public var wordCount: Int { Tokenizer.words(in: text).count }
}
