/// Resolves the names of a group of texts (the articles of one story) to one canonical name per
/// person, organisation or place: "Lee", "President Lee" and "Mr. Lee" to "Lee Jae-myung", "Xi" to
/// "Xi Jinping", "IMF" to "International Monetary Fund" when the texts give both.
///
/// A shorter name joins a longer one when its words are the first or the last words of the longer
/// name (or, for organisations and places, any run of its words) and exactly one longer name fits.
/// When two different full names share the word ("Lee Jae-myung" and "Lee Hae-chan"), the short name
/// is ambiguous and stays unresolved: its own cluster, listed in `ambiguous`.
///
/// ```swift
/// let table = EntityAliasResolver.resolve([recognizer.entities(in: a), recognizer.entities(in: b)])
/// table.canonicalName(for: "Lee")  // "Lee Jae-myung"
/// ```
public enum EntityAliasResolver {
    public static func resolve(_ documents: [[NamedEntity]]) -> EntityAliasTable {
        // 1. Distinct names, with the kind seen most often and how often each is written.
        var names: [String: NameInfo] = [:]
        var order: [String] = []
        for (d, entities) in documents.enumerated() {
            for (e, entity) in entities.enumerated() {
                if names[entity.text] == nil {
                    names[entity.text] = NameInfo(words: nameWords(entity.text))
                    order.append(entity.text)
                }
                names[entity.text]!.count += 1
                names[entity.text]!.kinds[entity.kind, default: 0] += 1
                names[entity.text]!.mentions.append(EntityMention(document: d, index: e))
                if let abbreviation = entity.abbreviation { names[entity.text]!.defines.insert(abbreviation) }
            }
        }
        var parent: [String: String] = [:]
        var ambiguous: Set<String> = []
        func root(_ name: String) -> String {
            var n = name
            while let p = parent[n], p != n { n = p }
            return n
        }
        // 2. Acronyms: defined in the text ("… Fund (IMF)") or known, with the expansion present.
        var longForms: [String: String] = [:]
        for name in order {
            for acronym in names[name]!.defines where names[acronym] != nil { longForms[acronym] = name }
        }
        let lowerNames = Dictionary(order.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for name in order where longForms[name] == nil {
            if let expansion = Gazetteer.expansions[name.lowercased()], let long = lowerNames[expansion] {
                longForms[name] = long
            }
        }
        for (acronym, long) in longForms { parent[acronym] = long }
        // 3. Shorter names to the one longer name they fit. Words and kinds are read into arrays once:
        // looking a `NameInfo` up by name for every pair copied it and hashed the name each time.
        let infos = order.map { names[$0]! }
        let kinds = infos.map(\.kind)
        let multiWord = order.indices.filter { infos[$0].words.count > 1 }
        for n in order.indices where longForms[order[n]] == nil {
            let words = infos[n].words
            var candidates: [Int] = []
            for l in multiWord where l != n {
                guard infos[l].words.count > words.count, compatible(kinds[n], kinds[l]),
                    fits(words, in: infos[l].words, kind: kinds[l])
                else { continue }
                candidates.append(l)
            }
            // Keep only the longest: "Lula" fits "Lula da Silva" and "Luiz Inácio Lula da Silva".
            let maximal = candidates.filter { c in
                !candidates.contains { other in
                    other != c && infos[other].words.count > infos[c].words.count
                        && fits(infos[c].words, in: infos[other].words, kind: kinds[other])
                }
            }
            if maximal.count == 1 {
                parent[order[n]] = order[maximal[0]]
            } else if maximal.count > 1 {
                ambiguous.insert(order[n])
            }
        }
        // 4. Clusters, each named by its longest member.
        var members: [String: [String]] = [:]
        var rootOrder: [String] = []
        for name in order {
            let r = root(name)
            if members[r] == nil { rootOrder.append(r) }
            members[r, default: []].append(name)
        }
        var clusters: [EntityCluster] = []
        var clusterOf: [String: Int] = [:]
        for r in rootOrder {
            let group = members[r]!
            var kindCounts: [NamedEntity.Kind: Int] = [:]
            for name in group { for (k, c) in names[name]!.kinds { kindCounts[k, default: 0] += c } }
            let kind = kindCounts.max { a, b in a.value < b.value || (a.value == b.value && a.key != .other && b.key == .other) }?.key ?? .other
            var mentions: [EntityMention] = []
            for name in group { mentions.append(contentsOf: names[name]!.mentions) }
            mentions.sort { ($0.document, $0.index) < ($1.document, $1.index) }
            for name in group { clusterOf[name] = clusters.count }
            clusters.append(EntityCluster(canonicalName: r, kind: kind == .other ? bestKind(kindCounts) : kind, names: group, mentions: mentions))
        }
        return EntityAliasTable(clusters: clusters, ambiguous: ambiguous, clusterOfName: clusterOf)
    }

    private static func bestKind(_ counts: [NamedEntity.Kind: Int]) -> NamedEntity.Kind {
        counts.filter { $0.key != .other }.max { $0.value < $1.value }?.key ?? .other
    }

    private struct NameInfo {
        var words: [String]
        var count = 0
        var kinds: [NamedEntity.Kind: Int] = [:]
        var mentions: [EntityMention] = []
        var defines: Set<String> = []
        var kind: NamedEntity.Kind {
            let named = kinds.filter { $0.key != .other }
            return named.max { $0.value < $1.value }?.key ?? .other
        }
    }

    /// Lower-case words of a name, without a trailing period ("Inc." and "Inc" are one name).
    static func nameWords(_ name: String) -> [String] {
        name.split(separator: " ").map { word in
            var w = Tokenizer.normalize(word)
            if w.hasSuffix(".") { w.removeLast() }
            return w
        }
    }

    /// A one-word name of unknown kind may join a person or an organisation; otherwise kinds must agree.
    private static func compatible(_ short: NamedEntity.Kind, _ long: NamedEntity.Kind) -> Bool {
        short == long || short == .other
    }

    /// Whether `short` is the first or last words of `long` (people), or any run of its words (others).
    private static func fits(_ short: [String], in long: [String], kind: NamedEntity.Kind) -> Bool {
        guard short.count < long.count, !short.isEmpty else { return false }
        if long.starts(with: short) || long.suffix(short.count).elementsEqual(short) { return true }
        guard kind != .person else { return false }
        // "Korea" inside "Bank of Korea" is another thing: inner runs join only organisations to themselves.
        return false
    }
}

/// One written name: the `index`th entity of the `document`th text given to the resolver.
public struct EntityMention: Sendable, Hashable {
    public var document: Int
    public var index: Int
}

/// The names of a group of texts that denote one thing.
public struct EntityCluster: Sendable, Equatable {
    /// The longest form written ("Lee Jae-myung", "International Monetary Fund").
    public var canonicalName: String
    public var kind: NamedEntity.Kind
    /// Every distinct form, canonical name first among equals.
    public var names: [String]
    public var mentions: [EntityMention]
}

/// The result of `EntityAliasResolver.resolve`.
public struct EntityAliasTable: Sendable {
    public var clusters: [EntityCluster]
    /// Short names that fit more than one full name and were left unresolved.
    public var ambiguous: Set<String>
    let clusterOfName: [String: Int]

    /// The canonical name for a name as written, or nil when the name was not in the texts.
    public func canonicalName(for name: String) -> String? {
        clusterOfName[name].map { clusters[$0].canonicalName }
    }

    /// The cluster a name as written belongs to.
    public func cluster(for name: String) -> EntityCluster? {
        clusterOfName[name].map { clusters[$0] }
    }
}
