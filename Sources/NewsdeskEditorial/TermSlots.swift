/// A map from term numbers to slots, open addressing with linear probing.
///
/// Centroid look-ups are the innermost loop of clustering; Swift's Dictionary hashes every Int32
/// key with SipHash, which costs more than the rest of the look-up. Term numbers are dense small
/// integers, so a multiplicative hash spreads them well enough.
struct TermSlots {
    private var keys: [Int32]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: -1, count: 16)
        values = Array(repeating: 0, count: 16)
        mask = 15
    }

    @inline(__always) private func start(_ key: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt32(bitPattern: key) &* 0x9E37_79B1) >> 8) & mask
    }

    subscript(key: Int32) -> Int? {
        var index = start(key)
        while true {
            let found = keys[index]
            if found == key { return Int(values[index]) }
            if found < 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Sets the slot of a key not yet in the map.
    mutating func insert(_ key: Int32, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = start(key)
        while keys[index] >= 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = Int32(value)
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] >= 0 { insert(oldKeys[index], Int(oldValues[index])) }
    }
}
