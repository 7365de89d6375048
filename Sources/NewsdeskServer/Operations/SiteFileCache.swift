import Foundation
import Hummingbird

/// Serves the published site from memory: each file is read from disk once per site build and
/// then answered from a buffer, with an ETag so a browser's repeat visit is a 304.
///
/// The site folder is a link swapped to a new build on every publish; the cache notices a new
/// build within `recheckInterval` (for `newsdesk run` in another process), and at once when this
/// process publishes (`invalidate()`).
public final class SiteFileCache: @unchecked Sendable {
    struct Entry {
        var body: ByteBuffer
        var contentType: String
        var etag: String
    }

    /// Files larger than this are not kept in memory; a page of the site is tens of kilobytes.
    static let maximumFileSize = 4 << 20
    /// The cache stops growing past this total, so a huge site cannot take the server's memory.
    static let maximumTotalSize = 256 << 20
    /// How often the site link is read to see whether another process published a new build.
    static let recheckInterval: Duration = .seconds(1)

    let root: String
    private let lock = NSLock()
    private var build: String?
    private var checked: ContinuousClock.Instant?
    private var entries: [String: Entry] = [:]
    private var missing: Set<String> = []
    private var totalSize = 0

    init(root: String) {
        self.root = root
    }

    /// Forgets every file: the next request reads the new build.
    public func invalidate() {
        lock.lock()
        defer { lock.unlock() }
        clear()
    }

    private func clear() {
        entries.removeAll(keepingCapacity: true)
        missing.removeAll(keepingCapacity: true)
        totalSize = 0
        checked = nil
    }

    /// The file for a request path, or nil when the site has none (the router answers 404).
    func entry(for requestPath: String) -> Entry? {
        guard let relative = Self.relativePath(requestPath) else { return nil }
        let now = ContinuousClock.now
        lock.lock()
        if checked == nil || now - checked! > Self.recheckInterval {
            let current = (try? FileManager.default.destinationOfSymbolicLink(atPath: root)) ?? root
            if current != build {
                clear()
                build = current
            }
            checked = now
        }
        if let entry = entries[relative] {
            lock.unlock()
            return entry
        }
        let knownMissing = missing.contains(relative)
        lock.unlock()
        if knownMissing { return nil }

        let path = root + "/" + relative
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, size <= Self.maximumFileSize,
            let data = FileManager.default.contents(atPath: path)
        else {
            lock.lock()
            if missing.count < 10_000 { missing.insert(relative) }
            lock.unlock()
            return nil
        }
        let entry = Entry(
            body: ByteBuffer(bytes: data), contentType: Self.contentType(for: relative),
            etag: "\"" + String(Self.fnv1a(data), radix: 16) + "\"")
        lock.lock()
        if totalSize + data.count <= Self.maximumTotalSize {
            entries[relative] = entry
            totalSize += data.count
        }
        lock.unlock()
        return entry
    }

    /// "/stories/a.html" -> "stories/a.html"; "/" and "/topics/" -> their index.html. Nil for a
    /// path that could leave the site: "..", "." or empty segments, backslashes, control characters.
    static func relativePath(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), requestPath.utf8.count <= 1024, let decoded = requestPath.removingPercentEncoding else { return nil }
        var path = String(decoded.dropFirst())
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        guard !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        return path
    }

    static func contentType(for path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }

    static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Answers GET and HEAD for the site's files from `SiteFileCache`; everything else goes on to the
/// router's 404.
struct SiteFileMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext
    let cache: SiteFileCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head, let entry = cache.entry(for: request.uri.path) else {
            return try await next(request, context)
        }
        var headers: HTTPFields = [.contentType: entry.contentType, .eTag: entry.etag, .cacheControl: "no-cache"]
        if let sent = request.headers[.ifNoneMatch], sent.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == entry.etag }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(entry.body.readableBytes)
        if request.method == .head { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: entry.body))
    }
}
