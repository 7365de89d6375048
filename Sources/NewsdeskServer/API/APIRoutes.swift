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
        func get(_ path: String, _ handler: @escaping @Sendable (Request, NewsdeskRequestContext) async throws -> Response) {
            router.get(RouterPath(prefix + path), use: handler)
            registered.append("GET " + OuterMiddleware.openAPIPath(prefix + path))
        }
        get("/stories") { request, _ in
            let (limit, offset) = try APIQuery(request, allowed: ["limit", "offset"]).paging()
            let page = try store.storyPage(limit: limit, offset: offset)
            return Responses.json(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(StoryResource.init)))
        }
        get("/stories/:id") { request, context in
            _ = try APIQuery(request, allowed: [])
            let id = try APIQuery.storyID(context)
            guard let summary = try store.storySummary(id: id) else { throw ServerError(.notFound, "no story has the id '\(id)'") }
            let brief = try store.versionedBrief(storyID: id)
            return Responses.json(StoryDetailResource(
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
            return Responses.json(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(BriefResource.init)))
        }
        get("/briefs/:id") { request, context in
            _ = try APIQuery(request, allowed: [])
            let id = try APIQuery.storyID(context)
            guard let brief = try store.versionedBrief(storyID: id) else { throw ServerError(.notFound, "story '\(id)' has no brief") }
            return Responses.json(BriefResource(brief))
        }
        get("/sources") { request, _ in
            let (limit, offset) = try APIQuery(request, allowed: ["limit", "offset"]).paging()
            let page = try store.sourcePage(limit: limit, offset: offset)
            return Responses.json(PageResource(total: page.total, limit: limit, offset: offset, items: page.items.map(SourceResource.init)))
        }
        get("/search") { request, _ in
            let query = try APIQuery(request, allowed: ["q", "limit", "offset"])
            let terms = try query.searchTerms()
            let (limit, offset) = try query.paging()
            let result = try store.search(terms: terms, limit: limit, offset: offset)
            return Responses.json(PageResource(total: result.total, limit: limit, offset: offset, items: result.hits))
        }
        get("/openapi.json") { request, _ in
            _ = try APIQuery(request, allowed: [])
            return Responses.text(OpenAPIDocument.json, type: "application/json; charset=utf-8")
        }
        return registered
    }
}
