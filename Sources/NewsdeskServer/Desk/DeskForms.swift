import Foundation
import Hummingbird

/// Reading the desk's forms and cookies.
enum DeskForms {
    /// A desk form holds a brief of a few hundred words; 256 KiB is far beyond any real one.
    static let maximumBodySize = 256 * 1024
    /// More fields than any desk form has means a forged request.
    static let maximumFields = 32

    /// Fields of an `application/x-www-form-urlencoded` body; a repeated name keeps its first value.
    static func parse(_ body: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        let pairs = body.split(separator: "&", omittingEmptySubsequences: true)
        guard pairs.count <= maximumFields else { throw ServerError(.badRequest, "The form has too many fields.") }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                throw ServerError(.badRequest, "The form is not correctly encoded.")
            }
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The value of one cookie of the request.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == name { return String(pair[1]) }
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: HttpOnly and SameSite=Strict always, Secure unless turned off for
    /// plain http on loopback.
    static func setCookie(name: String, value: String, path: String, maxAge: Int, secure: Bool) -> String {
        "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}
