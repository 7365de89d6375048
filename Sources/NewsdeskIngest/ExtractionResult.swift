import NewsdeskCore

/// Why a page gave no article: a value with its reason, never a silent nil.
public enum ExtractionRejection: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notHTML
    case noText
    case tooShort(words: Int, minimum: Int)
    /// The page is past `Options.maximumBytes` and its first `limit` bytes hold no article.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: "the page is empty"
        case .notHTML: "the document is not an HTML page"
        case .noText: "the page has no article text"
        case .tooShort(let words, let minimum): "the article text has \(words) words, fewer than the minimum of \(minimum)"
        case .tooLarge(let bytes, let limit): "the page has \(bytes) bytes and none of its first \(limit) holds an article"
        }
    }
}

public enum ExtractionResult: Sendable {
    case article(Article)
    case rejected(ExtractionRejection)

    public var article: Article? {
        if case .article(let article) = self { return article }
        return nil
    }
}
