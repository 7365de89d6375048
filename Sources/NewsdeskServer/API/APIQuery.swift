import Hummingbird

/// The query parameters of one API request, checked against what the route accepts: an unknown
/// or repeated parameter, or a value out of range, is a 400 with a message that says which.
struct APIQuery {
    /// Longest accepted search text; a longer one is a client error, not a slow query.
    static let maximumQueryLength = 200
    /// At most this many words of a search are used; more make no better match.
    static let maximumTerms = 10
    /// One page holds at most this many items, so one request stays small.
    static let maximumLimit = 100
    static let defaultLimit = 20
    /// Deep paging past this is refused: nobody reads page 5,000, and OFFSET costs grow with it.
    static let maximumOffset = 100_000

    private var values: [String: String] = [:]

    init(_ request: Request, allowed: Set<String>) throws {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw ServerError(.badRequest, "unknown parameter '\(APIQuery.printable(name))'; this endpoint accepts \(list.isEmpty ? "no parameters" : list)")
            }
            guard values[name] == nil else { throw ServerError(.badRequest, "parameter '\(name)' is given more than once") }
            values[name] = String(value)
        }
    }

    func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard text.utf8.count <= 9, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(text) else {
            throw ServerError(.badRequest, "parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        guard range.contains(value) else {
            throw ServerError(.badRequest, "parameter '\(name)' must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        return value
    }

    /// `limit` and `offset`, both checked.
    func paging() throws -> (limit: Int, offset: Int) {
        (
            try integer("limit", default: Self.defaultLimit, range: 1...Self.maximumLimit),
            try integer("offset", default: 0, range: 0...Self.maximumOffset)
        )
    }

    func string(_ name: String) -> String? { values[name] }

    /// The words of a search: letters and digits, split on everything else; at most `maximumTerms`.
    func searchTerms() throws -> [String] {
        guard let text = values["q"] else { throw ServerError(.badRequest, "parameter 'q' is required: the words to search for") }
        guard text.count <= Self.maximumQueryLength else {
            throw ServerError(.badRequest, "parameter 'q' is longer than \(Self.maximumQueryLength) characters")
        }
        let terms = text.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }
        guard !terms.isEmpty else { throw ServerError(.badRequest, "parameter 'q' must contain at least one word") }
        return Array(terms.prefix(Self.maximumTerms))
    }

    /// A story id as the store makes them ("s12", "s-3"): letters, digits and hyphens, at most 64.
    static func storyID(_ context: NewsdeskRequestContext) throws -> String {
        let id = context.parameters.get("id") ?? ""
        guard !id.isEmpty, id.utf8.count <= 64,
            id.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 })
        else {
            throw ServerError(.badRequest, "a story id is 1 to 64 letters, digits, '-' or '_'")
        }
        return id
    }

    /// A name safe to echo in a message: printable ASCII only, cut at 40 characters.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 32 && $0.value < 127 }.prefix(40).map(Character.init))
    }
}
