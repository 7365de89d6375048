import HTTPTypes
import Hummingbird

/// The headers every response carries, so pages cannot be framed, sniffed or made to load code or
/// styles from another host.
///
/// The site needs no inline script or style: its search page loads a same-origin script file, and
/// its JSON-LD block is a data block, which Content-Security-Policy does not execute or block.
enum SecurityHeaders {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")
    /// Features a news page never needs, turned off for the page and anything it embeds.
    static let permissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()"

    static let fields: HTTPFields = [
        .contentSecurityPolicy: contentSecurityPolicy,
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "strict-origin-when-cross-origin",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Permissions-Policy")!: permissionsPolicy,
        HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
    ]

    static func apply(to response: inout Response) {
        for field in fields { response.headers[field.name] = field.value }
    }
}
