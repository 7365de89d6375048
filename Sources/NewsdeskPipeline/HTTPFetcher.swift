import AsyncHTTPClient
import Foundation
import NIOCore
import NewsdeskIngest

/// What a fetch returned.
public struct FetchResponse: Sendable {
    public var status: Int
    public var body: Data
    /// The URL the content finally came from, after redirects.
    public var finalURL: String
    /// Set when every redirect on the way was permanent (301/308): the source has moved there.
    public var movedPermanentlyTo: String?
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    /// Every response header, names lower-cased (the last value wins for repeated names).
    public var headers: [String: String] = [:]

    public var notModified: Bool { status == 304 }
}

/// Fetches feeds and pages over HTTP: conditional GET, compressed bodies, redirects followed by
/// hand (so permanent moves and loops are seen), and explicit limits on time, size and hops.
///
/// ```swift
/// let fetcher = HTTPFetcher()
/// defer { try? await fetcher.shutdown() }
/// let response = try await fetcher.fetch("https://example.org/feed.xml")
/// ```
public final class HTTPFetcher: Sendable {
    public struct Options: Sendable {
        /// A slow server must not stall a run: the whole exchange has this long.
        public var timeoutSeconds = 20
        /// Feeds and article pages are well under this; anything larger is not news.
        public var maximumBytes = 20 * 1024 * 1024
        /// More hops than this is a misconfigured site.
        public var maximumRedirects = 5
        public var userAgent = "newsdesk/0.1 (+https://github.com/newsdesk; self-hosted news desk)"

        public init() {}
    }

    public let options: Options
    private let client: HTTPClient

    public init(options: Options = Options()) {
        self.options = options
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .enabled(limit: .ratio(50))
        configuration.timeout = .init(connect: .seconds(Int64(min(10, options.timeoutSeconds))), read: .seconds(Int64(options.timeoutSeconds)))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws -> FetchResponse {
        var current = url
        var visited: Set<String> = []
        var allPermanent = true
        for _ in 0...options.maximumRedirects {
            guard let parsed = URL(string: current), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
                parsed.host != nil
            else {
                throw FetchError.invalidURL(current)
            }
            visited.insert(current)
            var request = HTTPClientRequest(url: current)
            request.headers.add(name: "User-Agent", value: options.userAgent)
            request.headers.add(name: "Accept", value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/html;q=0.9, */*;q=0.5")
            request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
            if current == url {
                if let etag { request.headers.add(name: "If-None-Match", value: etag) }
                if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
            }
            let response: HTTPClientResponse
            do {
                response = try await client.execute(request, timeout: .seconds(Int64(options.timeoutSeconds)))
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                throw FetchError.timeout(url: current, seconds: options.timeoutSeconds)
            } catch {
                throw FetchError.network(url: current, reason: String(describing: error))
            }
            let status = Int(response.status.code)
            if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "Location") {
                let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString ?? location
                if status != 301 && status != 308 { allPermanent = false }
                if visited.contains(next) { throw FetchError.redirectLoop(url: next) }
                current = next
                continue
            }
            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: options.maximumBytes)
            } catch is NIOTooManyBytesError {
                throw FetchError.tooLarge(url: current, limit: options.maximumBytes)
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
                throw FetchError.timeout(url: current, seconds: options.timeoutSeconds)
            } catch {
                throw FetchError.network(url: current, reason: String(describing: error))
            }
            if status == 304 || (200..<300).contains(status) {
                return FetchResponse(
                    status: status, body: Data(body.readableBytesView), finalURL: current,
                    movedPermanentlyTo: current != url && allPermanent ? current : nil,
                    etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
                    contentType: response.headers.first(name: "Content-Type"),
                    headers: Dictionary(response.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last }))
            }
            if status == 429 || status == 503 {
                throw FetchError.throttled(
                    status: status, url: current, retryAfter: response.headers.first(name: "Retry-After").flatMap(RetryAfter.init(header:)))
            }
            throw FetchError.http(status: status, reason: response.status.reasonPhrase, url: current)
        }
        throw FetchError.tooManyRedirects(url: url, limit: options.maximumRedirects)
    }
}
