import Foundation
import Hummingbird

/// An error a client caused or may see, with a message written for a person: the API answers it
/// as `{"error": "..."}`, the desk as a short page.
struct ServerError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Responses.json(["error": message], status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}

/// Small response builders shared by the API, the desk and operations.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encode(value)) ?? Data("{\"error\":\"the answer could not be encoded\"}".utf8)
        return json(body: ByteBuffer(bytes: data), status: status)
    }

    static func json(body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }

    /// JSON with sorted keys, ISO 8601 dates and unescaped slashes.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static func text(_ text: String, type: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = text(html, type: "text/html; charset=utf-8", status: status)
        // Desk pages show unpublished text and per-session tokens: never cached.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func redirect(to location: String, headers: HTTPFields = [:]) -> Response {
        var fields: HTTPFields = [.location: location, .cacheControl: "no-store"]
        fields.append(contentsOf: headers)
        return Response(status: .seeOther, headers: fields)
    }
}
