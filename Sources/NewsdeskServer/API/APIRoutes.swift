import Foundation
import Hummingbird
import NewsdeskStore

/// The JSON API under /api/v1: stories, briefs with their verification reports, sources, search
/// and the OpenAPI document that describes them.
enum APIRoutes {
    static let prefix = "/api/v1"

    /// Registers every API route and returns them as "GET /api/v1/stories/{id}", so a test can
    /// compare what is served with what the OpenAPI document describes.
    static func register(on router: Router<NewsdeskRequestContext>, store: SQLiteStore) -> [String] {
        var registered: [String] = []
        let cache = APIResponseCache()
        /// Registers a route whose successful answers are cached until the database changes.
        func get(_ path: String, _ handler: @escaping @Sendable (Request, NewsdeskRequestContext) async throws -> Data) {
            router.get(RouterPath(prefix + path)) { request, context -> Response in
                let key = request.uri.description
                let stamp = store.changeStamp()
                if let stamp, let body = cache.lookup(key, stamp: stamp) { return Responses.json(body: body) }
                let body = ByteBuffer(bytes: try await handler(request, context))
                if let stamp { cache.store(key, stamp: stamp, body: body) }
                return Responses.json(body: body)
            }
            registered.append("GET " + OuterMiddleware.openAPIPath(prefix + path))
        }
        get("/stories") { request, _ in
            let (limit, offset) = try APIQuery(request, allowed: ["limit", "offset"]).paging()
            let page = try store.storyPage(limit: limit, offset: offset)
            return try Responses.encode(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(StoryResource.init)))
        }
        get("/stories/:id") { request, context in
            _ = try APIQuery(request, allowed: [])
            let id = try APIQuery.storyID(context)
            guard let summary = try store.storySummary(id: id) else { throw ServerError(.notFound, "no story has the id '\(id)'") }
            let brief = try store.versionedBrief(storyID: id)
            return try Responses.encode(StoryDetailResource(
                id: id, status: brief?.stored.status.rawValue ?? "unwritten", articleIDs: summary.story.articleIDs,
                firstSeen: summary.story.firstSeen, lastSeen: summary.story.lastSeen, note: summary.note,
                brief: brief.map(BriefResource.init)))
        }
        get("/briefs") { request, _ in
            let query = try APIQuery(request, allowed: ["limit", "offset", "status"])
            let (limit, offset) = try query.paging()
            var status: BriefStatus?
            if let text = query.string("status") {
                guard let value = BriefStatus(rawValue: text) else {
                    throw ServerError(.badRequest, "parameter 'status' must be one of published, held, rejected")
                }
                status = value
            }
            let page = try store.briefPage(status: status, limit: limit, offset: offset)
            return try Responses.encode(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(BriefResource.init)))
        }
        get("/briefs/:id") { request, context in
            _ = try APIQuery(request, allowed: [])
            let id = try APIQuery.storyID(context)
            guard let brief = try store.versionedBrief(storyID: id) else { throw ServerError(.notFound, "story '\(id)' has no brief") }
            return try Responses.encode(BriefResource(brief))
        }
        get("/sources") { request, _ in
            let (limit, offset) = try APIQuery(request, allowed: ["limit", "offset"]).paging()
            let page = try store.sourcePage(limit: limit, offset: offset)
            return try Responses.encode(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(SourceResource.init)))
        }
        get("/search") { request, _ in
            let query = try APIQuery(request, allowed: ["q", "limit", "offset"])
            let terms = try query.searchTerms()
            let (limit, offset) = try query.paging()
            let result = try store.search(terms: terms, limit: limit, offset: offset)
            return try Responses.encode(PageResource(total: result.total, limit: limit, offset: offset, items: result.hits))
        }
        get("/openapi.json") { request, _ in
            _ = try APIQuery(request, allowed: [])
            return Data(OpenAPIDocument.json.utf8)
        }
        return registered
    }
}

/// Encoded API answers by request URI, valid while the database's change stamp stays the same: a
/// list or a search is computed once per change, not once per request.
final class APIResponseCache: @unchecked Sendable {
    /// Distinct URIs kept; past this the cache starts over (paging and search make URIs many).
    static let maximumEntries = 2_000
    /// Longer URIs are answered but not kept.
    static let maximumKeyLength = 1_024

    private let lock = NSLock()
    private var stamp: Int?
    private var entries: [String: ByteBuffer] = [:]

    func lookup(_ key: String, stamp: Int) -> ByteBuffer? {
        lock.lock()
        defer { lock.unlock() }
        guard self.stamp == stamp else {
            entries.removeAll(keepingCapacity: true)
            self.stamp = stamp
            return nil
        }
        return entries[key]
    }

    func store(_ key: String, stamp: Int, body: ByteBuffer) {
        guard key.utf8.count <= Self.maximumKeyLength else { return }
        lock.lock()
        defer { lock.unlock() }
        guard self.stamp == stamp else { return }
        if entries.count >= Self.maximumEntries { entries.removeAll(keepingCapacity: true) }
        entries[key] = body
    }
}
