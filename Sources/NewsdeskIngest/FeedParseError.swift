/// Why a document could not be read as a feed.
public enum FeedParseError: Error, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notXML(reason: String)
    case notAFeed(root: String)
    case invalidJSON(reason: String)

    public var description: String {
        switch self {
        case .empty: "the document is empty"
        case .tooLarge(let bytes, let limit): "the document has \(bytes) bytes, over the limit of \(limit)"
        case .notXML(let reason): "the document is not readable XML: \(reason)"
        case .notAFeed(let root): "the document is not a feed (root element <\(root)>)"
        case .invalidJSON(let reason): "the document is not a valid JSON Feed: \(reason)"
        }
    }
}
