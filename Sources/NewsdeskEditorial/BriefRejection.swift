/// Why no brief was written for a story.
public enum BriefRejection: Error, Equatable, Sendable, CustomStringConvertible {
    case tooFewSources(independent: Int, minimum: Int)
    case noUsableSentences

    public var description: String {
        switch self {
        case .tooFewSources(let independent, let minimum):
            "the story has \(independent) independent source(s); a brief needs at least \(minimum)"
        case .noUsableSentences: "no source sentence is fit to stand in a brief"
        }
    }
}
