/// Up to 16 lower-cased ASCII bytes packed into two integers: a dictionary key that costs no allocation.
struct WordKey: Hashable, Sendable {
    var a: UInt64 = 0
    var b: UInt64 = 0

    /// The key of `bytes[range]` lower-cased, or nil when it is longer than 16 bytes or not ASCII.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else { return nil }
        var shift: UInt64 = 0
        for i in range {
            var c = bytes[i]
            guard c < 0x80 else { return nil }
            if c >= 65 && c <= 90 { c += 32 }
            if shift < 64 { a |= UInt64(c) << shift } else { b |= UInt64(c) << (shift - 64) }
            shift += 8
        }
    }

    init?(_ word: String) {
        let bytes = Array(word.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}

/// One token of a sentence for the quantity, date and marker finders.
///
/// Offsets are UTF-8 byte offsets and Unicode scalar offsets in the sentence; `joined` says that no
/// white space separates the token from the previous one ("$" "350" "bn" in "$350bn").
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }

    var kind: Kind
    var start: Int
    var end: Int
    var scalarStart: Int
    var scalarEnd: Int
    var joined: Bool
    /// The first letter is upper case (words only).
    var capitalized = false
    /// Lower-cased ASCII key (words only; nil for long or non-ASCII words).
    var key: WordKey?
    /// What the lexicon knows about the word.
    var lex = TextLexicon.Entry()
    /// Numbers: the value; digits: how many digits; hasComma: "1,200".
    var value: Double = 0
    var digits = 0
    var hasComma = false
    var hasDot = false
    /// Symbols: the scalar.
    var symbol: Unicode.Scalar = " "

    func isSymbol(_ s: Unicode.Scalar) -> Bool { kind == .symbol && symbol == s }
    func isWord(_ key: WordKey) -> Bool { kind == .word && self.key == key }
    var isDash: Bool { kind == .symbol && (symbol == "-" || symbol == "\u{2013}" || symbol == "\u{2014}") }
    var isApostrophe: Bool { kind == .symbol && (symbol == "'" || symbol == "\u{2019}") }
}

/// Splits one sentence (as UTF-8 bytes) into tokens: runs of letters, numbers with their separators
/// ("1,200.5"), and single symbols. Work is linear in the byte count; no strings are allocated.
enum TextTokenizer {
    /// Tokens of `bytes`. At most `limit` tokens are kept, so hostile input has a bounded cost.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 100_000) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(min(bytes.count / 4 + 4, limit))
        var i = 0
        var scalar = 0
        var sawSpace = true
        let n = bytes.count
        while i < n && tokens.count < limit {
            let c = bytes[i]
            if c < 0x80 {
                if c <= 0x20 || c == 0x7F {
                    i += 1; scalar += 1; sawSpace = true
                    continue
                }
                if isDigit(c) {
                    var token = TextToken(kind: .number, start: i, end: i, scalarStart: scalar, scalarEnd: scalar, joined: !sawSpace)
                    var value: Double = 0
                    var fraction: Double = 0
                    var scaleDown: Double = 1
                    var j = i
                    while j < n {
                        let d = bytes[j]
                        if isDigit(d) {
                            if token.hasDot {
                                scaleDown *= 10
                                fraction += Double(d - 48) / scaleDown
                            } else {
                                value = value * 10 + Double(d - 48)
                            }
                            token.digits += 1
                            j += 1
                        } else if (d == 0x2C || d == 0x2E), j + 1 < n, isDigit(bytes[j + 1]), j > i,
                            !(d == 0x2E && token.hasDot), d == 0x2E || (!token.hasDot && isThousandsGroup(bytes, j + 1))
                        {
                            if d == 0x2C { token.hasComma = true } else { token.hasDot = true }
                            j += 1
                        } else {
                            break
                        }
                    }
                    token.value = value + fraction
                    token.end = j
                    token.scalarEnd = scalar + (j - i)
                    scalar = token.scalarEnd
                    i = j
                    tokens.append(token)
                    sawSpace = false
                    continue
                }
                if isLetter(c) {
                    var j = i
                    var s = scalar
                    while j < n {
                        let d = bytes[j]
                        if d < 0x80 {
                            guard isLetter(d) else { break }
                            j += 1; s += 1
                        } else {
                            let (u, len) = decode(bytes, j)
                            guard u.properties.isAlphabetic else { break }
                            j += len; s += 1
                        }
                    }
                    tokens.append(word(bytes, i, j, scalar, s, joined: !sawSpace, capitalized: c >= 65 && c <= 90))
                    i = j; scalar = s; sawSpace = false
                    continue
                }
                var token = TextToken(kind: .symbol, start: i, end: i + 1, scalarStart: scalar, scalarEnd: scalar + 1, joined: !sawSpace)
                token.symbol = Unicode.Scalar(c)
                tokens.append(token)
                i += 1; scalar += 1; sawSpace = false
                continue
            }
            let (u, len) = decode(bytes, i)
            if u.properties.isAlphabetic {
                var j = i + len
                var s = scalar + 1
                while j < n {
                    let d = bytes[j]
                    if d < 0x80 {
                        guard isLetter(d) else { break }
                        j += 1; s += 1
                    } else {
                        let (v, l) = decode(bytes, j)
                        guard v.properties.isAlphabetic else { break }
                        j += l; s += 1
                    }
                }
                tokens.append(word(bytes, i, j, scalar, s, joined: !sawSpace, capitalized: u.properties.isUppercase))
                i = j; scalar = s; sawSpace = false
                continue
            }
            if u.properties.isWhitespace || u.properties.generalCategory == .control || u.properties.generalCategory == .format {
                i += len; scalar += 1; sawSpace = true
                continue
            }
            var token = TextToken(kind: .symbol, start: i, end: i + len, scalarStart: scalar, scalarEnd: scalar + 1, joined: !sawSpace)
            token.symbol = u
            tokens.append(token)
            i += len; scalar += 1; sawSpace = false
        }
        return tokens
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ s0: Int, _ s1: Int, joined: Bool, capitalized: Bool) -> TextToken {
        var token = TextToken(kind: .word, start: i, end: j, scalarStart: s0, scalarEnd: s1, joined: joined)
        token.capitalized = capitalized
        token.key = WordKey(bytes, i..<j)
        if let key = token.key, let entry = TextLexicon.entries[key] { token.lex = entry }
        return token
    }

    /// Exactly three digits follow a comma: "1,200" is one number, "3,4" two.
    static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 3 <= bytes.count, isDigit(bytes[i]), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]) else { return false }
        return i + 3 == bytes.count || !isDigit(bytes[i + 3])
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }

    /// Decodes one scalar at `i`; invalid or truncated sequences count as one U+FFFD byte.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let c = bytes[i]
        let len: Int
        var value: UInt32
        switch c {
        case 0xC2...0xDF: len = 2; value = UInt32(c & 0x1F)
        case 0xE0...0xEF: len = 3; value = UInt32(c & 0x0F)
        case 0xF0...0xF4: len = 4; value = UInt32(c & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard i + len <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len {
            let d = bytes[i + k]
            guard d & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(d & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
    }
}
