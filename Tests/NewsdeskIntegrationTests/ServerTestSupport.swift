import AsyncHTTPClient
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest
import NewsdeskPipeline
import NewsdeskServer
import NewsdeskSite
import NewsdeskStore

/// An answer from the server under test.
struct TestResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: String

    func header(_ name: String) -> String? { headers.first(name: name) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
    var object: [String: Any] { (json as? [String: Any]) ?? [:] }
}

/// A plain HTTP client that does not follow redirects, so tests see the desk's 303s and cookies.
struct TestHTTP: Sendable {
    let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
    let base: String

    func get(_ path: String, cookie: String? = nil) async throws -> TestResponse {
        try await send(.GET, path, cookie: cookie, form: nil)
    }

    func post(_ path: String, cookie: String? = nil, form: [(String, String)]) async throws -> TestResponse {
        try await send(.POST, path, cookie: cookie, form: form)
    }

    func send(_ method: HTTPMethod, _ path: String, cookie: String?, form: [(String, String)]?) async throws -> TestResponse {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if let cookie { request.headers.add(name: "Cookie", value: cookie) }
        if let form {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: Self.encode(form)))
        }
        let response = try await client.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 16 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }

    static func encode(_ form: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { name, value in
            name.addingPercentEncoding(withAllowedCharacters: allowed)! + "=" + value.addingPercentEncoding(withAllowedCharacters: allowed)!
        }.joined(separator: "&")
    }

    func shutdown() async { try? await client.shutdown() }
}

/// A database with two stories about the sample summit — s-1 published, s-2 and s-3 held because
/// their headline states a figure no source gives — a published site, and a server over them.
struct ServerFixture {
    static let badHeadlineSuffix = ": Lee and Xi sign 51 agreements"
    let folder: URL
    let store: SQLiteStore
    let site: String
    let published: StoredBrief
    let goodHeadline: String

    static func make() throws -> ServerFixture {
        let folder = try temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("newsdesk.sqlite").path)
        let manifest = try SampleManifest.load()
        var articles: [SourceArticle] = []
        for entry in manifest.articles where entry.event == "seoul-beijing-summit" && entry.duplicateOf == nil {
            let data = try Data(contentsOf: URL(fileURLWithPath: samplesFolder + entry.path))
            guard let article = ArticleExtractor().extract(data, url: "http://sample.invalid" + entry.path).article else { continue }
            let id = try store.saveArticle(article, outlet: entry.outlet, sourceID: nil)
            articles.append(SourceArticle(id: id, outlet: entry.outlet, article: article))
        }
        let ids = articles.map(\.id)
        try store.replaceStories(["s-1", "s-2", "s-3"].map { Story(id: $0, articleIDs: ids) })
        let draft = try BriefWriter().write(storyID: "s-1", articles: articles, now: Date()).get()
        let published = Pipeline.gate(draft, articles: articles, now: Date())
        precondition(published.status == .published, "the sample summit brief should verify")
        try store.saveBrief(published)
        for id in ["s-2", "s-3"] {
            var brief = published.brief
            brief.storyID = id
            brief.slug = published.brief.slug + "-" + id
            brief.headline = brief.keyphrase + badHeadlineSuffix
            let held = Pipeline.gate(brief, articles: articles, now: Date())
            precondition(held.status == .held, "a headline with an unsupported figure should be held")
            try store.saveBrief(held)
        }
        let site = folder.appendingPathComponent("site").path
        try Pipeline.publish([(published.brief, published.report)], site: SiteConfiguration(name: "Test Desk"), to: site)
        return ServerFixture(folder: folder, store: store, site: site, published: published, goodHeadline: published.brief.headline)
    }

    func settings() -> ServerSettings {
        var settings = ServerSettings(
            hostname: "127.0.0.1", port: 0, siteDirectory: site, store: store, site: SiteConfiguration(name: "Test Desk"))
        settings.loginFailuresPerUser = 3
        return settings
    }

    /// Runs a real server on an ephemeral loopback port for `body`.
    func withServer<T: Sendable>(
        _ settings: ServerSettings? = nil, _ body: @Sendable (TestHTTP, NewsdeskRoutes) async throws -> T
    ) async throws -> T {
        let settings = settings ?? self.settings()
        let routes = buildRoutes(settings)
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = buildApplication(routes, settings: settings) { port in continuation.yield(port) }
        let task = Task { try await app.run() }
        defer { task.cancel() }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let http = TestHTTP(base: "http://127.0.0.1:\(port)")
        do {
            let result = try await body(http, routes)
            await http.shutdown()
            return result
        } catch {
            await http.shutdown()
            throw error
        }
    }
}

/// The value of `name="csrf"` in the first form of a page.
func csrfToken(in html: String) -> String? {
    guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
    let rest = html[range.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

/// "name=value" of a Set-Cookie header for `name`.
func cookiePair(_ response: TestResponse, _ name: String) -> String? {
    response.headers["Set-Cookie"].first { $0.hasPrefix(name + "=") }.map { String($0.split(separator: ";")[0]) }
}
