/// What the site says about itself.
public struct SiteConfiguration: Sendable, Equatable, Codable {
    public var name: String
    /// The public address the site is served from, ending in "/"; used for canonical links and feeds.
    public var baseURL: String
    public var language: String
    /// A folder of `.mustache` files that replace the default theme's templates of the same name.
    public var themeDirectory: String?

    public init(name: String = "newsdesk", baseURL: String = "http://127.0.0.1:8080/", language: String = "en", themeDirectory: String? = nil) {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.themeDirectory = themeDirectory
    }
}
