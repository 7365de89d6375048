import Foundation
import NewsdeskSite

/// The settings in `newsdesk.json`. Every field has a default, so a missing file means defaults.
struct NewsdeskConfiguration: Codable {
    var database = "newsdesk.sqlite"
    var siteDirectory = "site"
    var site = SiteConfiguration()
    var port = 8080
    /// The optional language-model engine; nil keeps every brief extractive.
    var model: ModelConfiguration?

    init() {}

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = NewsdeskConfiguration()
        database = try container.decodeIfPresent(String.self, forKey: .database) ?? defaults.database
        siteDirectory = try container.decodeIfPresent(String.self, forKey: .siteDirectory) ?? defaults.siteDirectory
        site = try container.decodeIfPresent(SiteConfiguration.self, forKey: .site) ?? defaults.site
        port = try container.decodeIfPresent(Int.self, forKey: .port) ?? defaults.port
        model = try container.decodeIfPresent(ModelConfiguration.self, forKey: .model)
    }

    static func load(from path: String) throws -> NewsdeskConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { return NewsdeskConfiguration() }
        do {
            return try JSONDecoder().decode(NewsdeskConfiguration.self, from: data)
        } catch {
            throw UserError("The configuration file \(path) is not valid JSON for newsdesk: \(error). Fix it or remove it to use the defaults.")
        }
    }

    func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }
}
