import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskEditorial
import NewsdeskIngest

struct ClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cluster", abstract: "Cluster a JSON Lines stream of articles.")
    @Option(help: "JSON Lines of {id, title, text, published}.") var input: String
    @Option(help: "story (events) or thread (running topics).") var level = "story"
    @Option(help: "Similarity an article needs to join a cluster (default: the level's own).") var joinThreshold: Double?
    @Option(help: "Centroid similarity at which two clusters merge (default: the level's own).") var mergeThreshold: Double?
    @Option(help: .hidden) var nameWeight: Double?
    @Option(help: .hidden) var anchorThreshold: Double?
    @Option(help: .hidden) var rareNameShare: Double?
    @Option(help: .hidden) var decayDays: Double?
    @Option(help: .hidden) var windowDays: Double?
    @Flag(help: "Find copies first (exact and near); a copy joins its original's cluster.") var dedupe = false
    @Option(help: "With --dedupe: write {copy id: original id} to this file.") var duplicates: String?

    func run() async throws {
        guard let text = try? String(contentsOfFile: input, encoding: .utf8) else { throw UserError("Cannot read \(input).") }
        var documents: [ClusterDocument] = []
        for line in text.utf8.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? String(documents.count)
            documents.append(ClusterDocument(
                id: id, title: object["title"] as? String ?? "", text: object["text"] as? String ?? "",
                published: (object["published"] as? String).flatMap(FeedDateParser.parse)))
        }
        guard level == "story" || level == "thread" else { throw UserError("--level is story or thread, not \(level).") }
        var options: StoryClusterer.Options = level == "thread" ? .thread : StoryClusterer.Options()
        if let joinThreshold { options.joinThreshold = joinThreshold }
        if let mergeThreshold { options.mergeThreshold = mergeThreshold }
        options.now = Date()
        if let nameWeight { options.nameWeight = nameWeight }
        if let rareNameShare { options.rareNameShare = rareNameShare }
        if let anchorThreshold { options.anchorThreshold = anchorThreshold }
        if let decayDays { options.decayScale = decayDays > 0 ? decayDays * 86400 : nil }
        if let windowDays { options.openWindow = windowDays > 0 ? windowDays * 86400 : nil }
        let clusterer = StoryClusterer(options: options)
        guard dedupe else {
            writeLine(Self.jsonObject(clusterer.cluster(documents)))
            return
        }
        let (stories, copies) = clusterer.clusterFindingCopies(documents)
        if let duplicates {
            let pairs = Dictionary(copies.map { (documents[$0.key].id, documents[$0.value].id) }, uniquingKeysWith: { first, _ in first })
            try Data(Self.jsonObject(pairs).utf8).write(to: URL(fileURLWithPath: duplicates))
        }
        writeLine(Self.jsonObject(stories))
    }

    /// `{"key": "value", ...}` with keys in order: the writer for a hundred thousand pairs, which
    /// JSONSerialization's sorted-keys option spends more time on than the clustering.
    static func jsonObject(_ pairs: [String: String]) -> String {
        var out = "{"
        for (offset, key) in pairs.keys.sorted().enumerated() {
            if offset > 0 { out += ", " }
            append(key, to: &out)
            out += ": "
            append(pairs[key]!, to: &out)
        }
        return out + "}"
    }

    private static func append(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
