extension EntityLexicon {
    /// A lower-case ASCII word of up to 24 bytes packed into integers, so that looking a token up
    /// needs no `String`: the recogniser asks for the word class of most tokens it sees.
    struct PackedKey: Hashable, Sendable {
        var a: UInt64 = 0
        var b: UInt64 = 0
        var c: UInt64 = 0

        init() {}

        /// The key of bytes `s..<e`, lower-cased; nil when they are longer than 24 bytes or not ASCII.
        @inline(__always)
        init?(_ bytes: [UInt8], _ s: Int, _ e: Int) {
            guard e - s <= 24, e > s else { return nil }
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var i = s
            var shift: UInt64 = 0
            var slot = 0
            while i < e {
                var byte = bytes[i]
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { byte += 32 }
                let value = UInt64(byte) << shift
                switch slot {
                case 0: words.0 |= value
                case 1: words.1 |= value
                default: words.2 |= value
                }
                shift += 8
                if shift == 64 {
                    shift = 0
                    slot += 1
                }
                i += 1
            }
            a = words.0
            b = words.1
            // The length goes into the top byte of the last word only when it is free (≤ 23 bytes);
            // a 24-byte word fills it, and zero padding already tells lengths apart for ASCII text.
            c = words.2
        }

        init?(_ string: String) {
            let bytes = Array(string.utf8)
            self.init(bytes, 0, bytes.count)
        }
    }

    /// `table` keyed by packed words.
    static let packedTable = PackedTable<Role>(table.compactMap { word, role in PackedKey(word).map { ($0, role) } })

    /// The word class of bytes `s..<e`, without building a string for ASCII words.
    @inline(__always)
    static func roles(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Role {
        if let key = PackedKey(bytes, s, e) { return packedTable[key] ?? .none }
        if e - s > 24 && bytes[s] < 0x80 { return [] }
        return roles(key(bytes, s, e))
    }
}

/// Word classes computed once per token, on first use.
final class EntityRoleCache {
    private var roles: [UInt32]
    private static let unknown = UInt32.max

    init(count: Int) {
        roles = Array(repeating: Self.unknown, count: count)
    }

    @inline(__always)
    func roles(_ i: Int, compute: () -> EntityLexicon.Role) -> EntityLexicon.Role {
        let cached = roles[i]
        if cached != Self.unknown { return EntityLexicon.Role(rawValue: cached) }
        let r = compute()
        roles[i] = r.rawValue
        return r
    }
}

/// A read-only open-addressing table keyed by `PackedKey`, with a multiply-shift hash: the recogniser
/// looks up most capitalised words, and the standard dictionary's seeded hashing dominated that.
struct PackedTable<Value: Sendable>: Sendable {
    private var keys: [EntityLexicon.PackedKey?]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    init(_ entries: [(EntityLexicon.PackedKey, Value)]) {
        var bits = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let capacity = 1 << bits
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        shift = UInt64(64 - bits)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = index(key)
            while let existing = keys[slot], existing != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private func index(_ key: EntityLexicon.PackedKey) -> Int {
        let h = (key.a &* 0x9E37_79B9_7F4A_7C15) ^ (key.b &* 0xC2B2_AE3D_27D4_EB4F) ^ (key.c &* 0x1656_67B1_9E37_79F9)
        return Int(truncatingIfNeeded: h >> shift)
    }

    @inline(__always)
    subscript(key: EntityLexicon.PackedKey) -> Value? {
        var slot = index(key)
        while let existing = keys[slot] {
            if existing == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
