import Foundation
import NewsdeskSite
import NewsdeskStore

/// What the server needs: where to listen, the published site folder, the store, and how the
/// review desk behaves.
public struct ServerSettings: Sendable {
    public var hostname: String
    public var port: Int
    public var siteDirectory: String
    public var store: SQLiteStore?
    /// Used to publish the site again after an editor's decision.
    public var site: SiteConfiguration
    /// Session cookies carry `Secure`. Only a server on plain http over loopback may turn this off
    /// (`newsdesk serve --insecure-cookies`); `ServerSettings.validate()` refuses it elsewhere.
    public var secureCookies: Bool
    /// How long a desk session lasts: one working day.
    public var sessionLifetime: TimeInterval = 8 * 60 * 60
    /// Failed logins allowed per user and per address in `loginWindow` before logins are refused.
    /// Five per user stops guessing a password while forgiving typos; twenty per address leaves room
    /// for a shared office address.
    public var loginFailuresPerUser = 5
    public var loginFailuresPerAddress = 20
    public var loginWindow: TimeInterval = 15 * 60
    /// Password hashing cost; tests may lower it, never below `PasswordHasher.minimumCost`.
    public var passwordHasher = PasswordHasher()
    /// Serializes publishing between the desk and the scheduled pipeline.
    public var publishing: SerialRunner
    /// Called after the desk publishes the site (the server drops its cached pages).
    var onPublished: @Sendable () -> Void = {}

    public init(
        hostname: String = "127.0.0.1", port: Int = 8080, siteDirectory: String = "site", store: SQLiteStore? = nil,
        site: SiteConfiguration = SiteConfiguration(), secureCookies: Bool = true, publishing: SerialRunner = SerialRunner()
    ) {
        self.hostname = hostname
        self.port = port
        self.siteDirectory = siteDirectory
        self.store = store
        self.site = site
        self.secureCookies = secureCookies
        self.publishing = publishing
    }

    /// Whether the address only this machine can reach.
    public static func isLoopback(_ hostname: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(hostname.lowercased()) || hostname.hasPrefix("127.")
    }

    /// Refuses settings that would weaken the desk: cookies without `Secure` off loopback.
    public func validate() throws {
        if !secureCookies && !Self.isLoopback(hostname) {
            throw ServerSetupError.insecureCookiesOffLoopback(hostname)
        }
    }
}

public enum ServerSetupError: Error, CustomStringConvertible {
    case insecureCookiesOffLoopback(String)

    public var description: String {
        switch self {
        case .insecureCookiesOffLoopback(let host):
            "Session cookies without Secure are allowed only on a loopback address, not \(host); drop --insecure-cookies or serve on 127.0.0.1."
        }
    }
}
