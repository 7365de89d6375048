/// Small bundled lists of well-known names: countries, capitals and large cities, regions, demonyms,
/// international bodies, central banks and large companies.
///
/// Keys are lower-case names with single spaces between words. The lists are deliberately short:
/// capitalisation and context find most names; the gazetteer settles the kind of names that context
/// cannot ("Samsung" is a company, "Seoul" a place) and keeps demonyms out of the entity list.
enum Gazetteer {
    enum Entry: Equatable, Sendable {
        case place
        case organization
        case other
        /// A demonym or nationality adjective, with the country it refers to.
        case demonym(country: String)
    }

    static func lookup(_ key: String) -> Entry? { entries[key] }

    /// The entry of one word, bytes `s..<e`, without building a string for ASCII words.
    @inline(__always)
    static func lookup(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Entry? {
        if let key = EntityLexicon.PackedKey(bytes, s, e) { return packedEntries[key] }
        if e - s > 24 && bytes[s] < 0x80 { return nil }
        return entries[EntityLexicon.key(bytes, s, e)]
    }

    /// Whether bytes `s..<e` are a common family name.
    static func isFamilyName(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        if let key = EntityLexicon.PackedKey(bytes, s, e) { return packedFamilyNames[key] != nil }
        return familyNames.contains(EntityLexicon.key(bytes, s, e))
    }

    /// Every entry of up to 24 bytes, phrases included ("south korea").
    static let packedEntries = PackedTable<Entry>(
        entries.compactMap { name, entry in EntityLexicon.PackedKey(name).map { ($0, entry) } })

    private static let packedFamilyNames = PackedTable<Bool>(
        familyNames.compactMap { EntityLexicon.PackedKey($0).map { ($0, true) } })

    /// The longest entry, in words; longer runs are never looked up whole.
    static let maxWords = 6

    /// Acronyms with their expansions, both lower-case ("imf" → "international monetary fund").
    static let expansions: [String: String] = {
        var result: [String: String] = [:]
        for line in organizationsWithAcronyms.split(separator: "\n") {
            let parts = line.split(separator: "=")
            guard parts.count == 2 else { continue }
            for acronym in parts[1].split(separator: "/") {
                result[acronym.lowercased()] = parts[0].lowercased()
            }
        }
        return result
    }()

    /// A list item without the spaces around it.
    private static func trimmed(_ s: Substring) -> Substring {
        var s = s
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }

    static let entries: [String: Entry] = {
        var t: [String: Entry] = [:]
        func add(_ list: String, _ entry: Entry) {
            for name in list.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
                let key = trimmed(name).lowercased()
                if !key.isEmpty && t[key] == nil { t[key] = entry }
            }
        }
        add(countries, .place)
        add(cities, .place)
        add(regions, .place)
        for line in demonyms.split(separator: "\n") {
            let parts = line.split(separator: "=")
            guard parts.count == 2 else { continue }
            for word in parts[1].split(separator: "|") {
                t[trimmed(word).lowercased()] = .demonym(country: String(parts[0]))
            }
        }
        for line in organizationsWithAcronyms.split(separator: "\n") {
            let parts = line.split(separator: "=")
            t[parts[0].lowercased()] = .organization
            if parts.count == 2 {
                for acronym in parts[1].split(separator: "/") { t[acronym.lowercased()] = .organization }
            }
        }
        add(companies, .organization)
        add(otherNames, .other)
        for name in groupAdjectives.split(separator: "|") {
            let key = trimmed(name).lowercased()
            if t[key] == nil { t[key] = .demonym(country: String(trimmed(name))) }
        }
        return t
    }()
}
