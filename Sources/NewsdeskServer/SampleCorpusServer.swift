import Foundation
import Hummingbird
import NewsdeskCore

/// Serves the bundled sample corpus over loopback HTTP, the way real outlets serve their feeds and
/// pages: with content types, ETags and 304 answers. The corpus writes its links with the prefix
/// `http://sample.invalid`; the server rewrites it to the address it was reached at.
public enum SampleCorpusServer {
    public static let placeholderPrefix = "http://sample.invalid"

    public static func router(root: String) -> Router<BasicRequestContext> {
        let router = Router()
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        router.get("**") { request, _ -> Response in
            let path = request.uri.path
            guard let relative = path.removingPercentEncoding, !relative.split(separator: "/").contains(".."),
                !relative.contains("\0")
            else {
                return Response(status: .badRequest)
            }
            let file = rootURL.appendingPathComponent(String(relative.drop(while: { $0 == "/" })))
            guard file.path.hasPrefix(rootURL.path), let data = FileManager.default.contents(atPath: file.path) else {
                return Response(status: .notFound, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "not found\n")))
            }
            let type = contentType(for: file.pathExtension)
            var body = data
            if type.hasPrefix("text/") || type.contains("xml") || type.contains("json") {
                let host = request.head.authority ?? "127.0.0.1"
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: placeholderPrefix, with: "http://" + host)
                body = Data(text.utf8)
            }
            let etag = "\"\(String(fnv1a(body), radix: 16))\""
            if request.headers[.ifNoneMatch] == etag {
                return Response(status: .notModified, headers: [.eTag: etag])
            }
            return Response(
                status: .ok, headers: [.contentType: type, .eTag: etag],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        return router
    }

    static func contentType(for pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "txt": "text/plain; charset=utf-8"
        case "css": "text/css"
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
