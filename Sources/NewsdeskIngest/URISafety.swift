import Foundation

/// Decides whether a URI in sanitized HTML may stay, and resolves relative ones against a base.
enum URISafety {
    /// Schemes that only navigate or fetch; `javascript:`, `vbscript:`, `data:` and unknown schemes
    /// are refused because a browser may run them.
    static let safeSchemes: Set<String> = [
        "http", "https", "ftp", "ftps", "mailto", "news", "nntp", "tel", "sms", "irc", "ircs", "xmpp",
        "sip", "sips", "magnet", "feed", "gopher", "webcal", "urn", "tag", "rtsp", "mms", "aim", "callto",
        "git", "svn", "ssh", "sftp", "telnet", "wais", "prospero", "snews", "afs", "cvs", "ed2k", "itms",
    ]

    /// The URI to keep (resolved when relative), or nil when its scheme is not safe.
    static func safeURI(_ raw: String, base: String?) -> String? {
        // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`), so
        // the scheme is read with them removed.
        var scheme: [UInt8] = []
        var hasScheme = false
        for byte in raw.utf8 {
            if byte <= 0x20 { continue }
            if byte == UInt8(ascii: ":") {
                hasScheme = true
                break
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            scheme.append(byte | 0x20)
            if scheme.count > 32 { break }
        }
        if hasScheme {
            let name = String(decoding: scheme, as: UTF8.self)
            // A one-letter "scheme" is a Windows drive letter or junk; treat it as relative text.
            guard safeSchemes.contains(name) else { return nil }
            return raw.trimmingWhitespace()
        }
        return URLResolver.resolve(raw, against: base)
    }
}
