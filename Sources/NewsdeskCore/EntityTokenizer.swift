/// One word, mark or line break of a text, as UTF-8 byte offsets: the unit the entity recogniser and
/// the quotation finder work on.
struct EntityToken {
    enum Kind: UInt8 {
        case word, punct, openQuote, closeQuote, straightQuote, newline
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// First letter is upper case ("Lee", "Jae-myung", "NATO").
        static let capitalised = Flags(rawValue: 1)
        /// Two or more letters, all upper case ("IMF", "NATO", "SK").
        static let allCaps = Flags(rawValue: 2)
        static let digit = Flags(rawValue: 4)
        /// Followed by "'s" or a bare "'" after an s, which the token does not include.
        static let possessive = Flags(rawValue: 8)
        /// First word of a sentence, of a line, or of a quotation.
        static let sentenceInitial = Flags(rawValue: 16)
        /// Ideographs, kana or Hangul: no letter case to read names from.
        static let ideograph = Flags(rawValue: 32)
        /// Made of ASCII bytes only, so its lower-case key can be built byte by byte.
        static let ascii = Flags(rawValue: 64)
        static let none = Flags(rawValue: 0)
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// The ASCII mark of a `.punct` token (`.`, `,`, `(`, …); 0x2D for dashes, 0 otherwise.
    var mark: UInt8
    var flags: Flags
    /// Counts sentences: bumped at each terminal mark and line break.
    var sentence: Int32

    var isWord: Bool { kind == .word }
    var length: Int { end - start }
}

/// Splits UTF-8 bytes into `EntityToken`s in one linear pass.
///
/// A word is a run of letters and digits; a hyphen or apostrophe between letters stays inside it
/// ("Jae-myung", "O'Brien"), as do "." and "," between digits, "&" between capitals ("AT&T") and the
/// periods of "U.S."-style initials. A possessive "'s" is dropped from the word and flagged.
enum EntityTokenizer {
    static func tokens(_ bytes: [UInt8]) -> [EntityToken] {
        bytes.withUnsafeBufferPointer { tokens($0) }
    }

    static func tokens(_ b: UnsafeBufferPointer<UInt8>) -> [EntityToken] {
        var result: [EntityToken] = []
        result.reserveCapacity(b.count / 5 + 4)
        let n = b.count
        var i = 0
        var initial = true
        var sentence: Int32 = 0
        func push(_ s: Int, _ e: Int, _ kind: EntityToken.Kind, _ mark: UInt8 = 0, _ flags: EntityToken.Flags = .none) {
            result.append(EntityToken(start: s, end: e, kind: kind, mark: mark, flags: flags, sentence: sentence))
        }
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if isASCIIAlnum(c) {
                    var token = word(b, from: i)
                    if initial { token.flags.insert(.sentenceInitial) }
                    token.sentence = sentence
                    initial = false
                    result.append(token)
                    i = token.flags.contains(.possessive) ? skipPossessive(b, token.end) : token.end
                    continue
                }
                switch c {
                case 0x20, 0x09, 0x0B, 0x0C:
                    break
                case 0x0A, 0x0D:
                    if result.isEmpty || result[result.count - 1].kind != .newline { push(i, i + 1, .newline) }
                    initial = true
                    sentence += 1
                case 0x22:
                    // A straight quote followed by a letter opens a quotation: its first word starts a sentence.
                    push(i, i + 1, .straightQuote, 0x22)
                    if i + 1 < n, b[i + 1] != 0x20, b[i + 1] != 0x0A, i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x0A
                        || b[i - 1] == 0x28 || b[i - 1] == 0x3A
                    {
                        initial = true
                    }
                case 0x2E, 0x21, 0x3F:
                    push(i, i + 1, .punct, c)
                    if c != 0x2E || !endsAbbreviation(result, b, at: i) {
                        initial = true
                        sentence += 1
                    }
                case 0x3A:
                    push(i, i + 1, .punct, c)
                    initial = true
                default:
                    if c >= 0x21 { push(i, i + 1, .punct, c) }
                }
                i += 1
                continue
            }
            let (scalar, width) = decode(b, i)
            switch scalar {
            case 0x201C, 0x201E, 0x00AB:
                push(i, i + width, .openQuote)
                initial = true
            case 0x201D, 0x00BB:
                push(i, i + width, .closeQuote)
            case 0x2013, 0x2014, 0x2015:
                push(i, i + width, .punct, 0x2D)
            case 0x2018, 0x2019, 0x201A:
                push(i, i + width, .punct, 0x27)
            case 0x2026:
                push(i, i + width, .punct, 0x2E)
            case 0x2028, 0x2029, 0x0085:
                push(i, i + width, .newline)
                initial = true
                sentence += 1
            case 0x3002, 0xFF01, 0xFF1F:
                push(i, i + width, .punct, 0x2E)
                initial = true
                sentence += 1
            default:
                if isWordScalar(scalar) {
                    var token = word(b, from: i)
                    if initial { token.flags.insert(.sentenceInitial) }
                    token.sentence = sentence
                    initial = false
                    result.append(token)
                    i = token.flags.contains(.possessive) ? skipPossessive(b, token.end) : token.end
                    continue
                }
                // Spaces, symbols and other marks separate words and carry nothing else.
            }
            i += width
        }
        return result
    }

    /// Reads one word starting at `start`, which holds a letter or digit.
    static func word(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> EntityToken {
        let n = b.count
        var i = start
        var letters = 0
        var upper = 0
        var lower = 0
        var digits = 0
        var ascii = true
        var firstUpper = false
        var ideograph = false
        var possessive = false
        var previousIsLetter = false
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c >= 0x61 && c <= 0x7A {
                    if letters == 0 { firstUpper = false }
                    letters += 1; lower += 1; previousIsLetter = true; i += 1; continue
                }
                if c >= 0x41 && c <= 0x5A {
                    if letters == 0 { firstUpper = true }
                    letters += 1; upper += 1; previousIsLetter = true; i += 1; continue
                }
                if c >= 0x30 && c <= 0x39 { digits += 1; previousIsLetter = false; i += 1; continue }
                // Joiners inside a word.
                if i + 1 < n && i > start {
                    let next = b[i + 1]
                    switch c {
                    case 0x2D:
                        if isWordStart(b, i + 1) { previousIsLetter = false; i += 1; continue }
                    case 0x27:
                        if (next | 0x20) == 0x73 && !isWordStart(b, i + 2) { possessive = true; break }
                        if previousIsLetter && isASCIILetter(next) { i += 1; continue }
                    case 0x2E, 0x2C:
                        if isASCIIDigit(b[i - 1]) && isASCIIDigit(next) { i += 1; continue }
                        // "U.S.", "U.K.": single capitals each followed by a period.
                        if c == 0x2E && isASCIIUpper(next) && i + 2 < n && b[i + 2] == 0x2E && letters == upper
                            && (i - start == 1 || b[i - 2] == 0x2E)
                        {
                            i += 3
                            letters += 1; upper += 1
                            continue
                        }
                    case 0x26:
                        if isASCIIUpper(b[i - 1]) && isASCIIUpper(next) { i += 1; continue }
                    default: break
                    }
                }
                // "the Rovers' coach": a bare apostrophe after an s is a plural possessive.
                if c == 0x27 && i > start && (b[i - 1] | 0x20) == 0x73 && !isWordStart(b, i + 1) { possessive = true }
                break
            }
            let (scalar, width) = decode(b, i)
            if scalar == 0x2019 && i > start {
                if i + width < n && (b[i + width] | 0x20) == 0x73 && !isWordStart(b, i + width + 1) {
                    possessive = true
                    break
                }
                if previousIsLetter && isWordStart(b, i + width) { i += width; continue }
                if (b[i - 1] | 0x20) == 0x73 && !isWordStart(b, i + width) { possessive = true }
                break
            }
            if scalar == 0x2011 && i > start && isWordStart(b, i + width) { i += width; continue }
            if isIdeographScalar(scalar) {
                // An ideograph is a word of its own.
                if i == start {
                    i += width
                    ideograph = true
                }
                break
            }
            guard isWordScalar(scalar) else { break }
            ascii = false
            if let s = Unicode.Scalar(scalar) {
                let properties = s.properties
                if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
                    if letters == 0 { firstUpper = true }
                    letters += 1; upper += 1
                } else if properties.isLowercase {
                    letters += 1; lower += 1
                } else if properties.isAlphabetic {
                    letters += 1
                }
            }
            previousIsLetter = true
            i += width
        }
        var flags = EntityToken.Flags.none
        if firstUpper { flags.insert(.capitalised) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        if digits > 0 { flags.insert(.digit) }
        if possessive { flags.insert(.possessive) }
        if ascii { flags.insert(.ascii) }
        if ideograph { flags.insert(.ideograph) }
        // "al-Assad", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
        if !firstUpper, i - start > 4, b[start + 2] == 0x2D || b[start + 3] == 0x2D {
            let dash = b[start + 2] == 0x2D ? start + 2 : start + 3
            if dash + 1 < i, isASCIIUpper(b[dash + 1]) { flags.insert(.capitalised) }
        }
        return EntityToken(start: start, end: max(i, start + 1), kind: .word, mark: 0, flags: flags, sentence: 0)
    }

    /// Skips the "'s" or "'" after a possessive word.
    static func skipPossessive(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var i = end
        if i < b.count && b[i] == 0x27 { i += 1 } else if i + 2 < b.count && b[i] == 0xE2 { i += 3 }
        if i < b.count && (b[i] | 0x20) == 0x73 && !isWordStart(b, i + 1) { i += 1 }
        return i
    }

    /// Whether the period at `dot` closes an abbreviation that does not end a sentence: a title ("Mr.",
    /// "Dr.", "Gen."), a middle initial ("F.") or "U.S."-style initials.
    static func endsAbbreviation(_ tokens: [EntityToken], _ b: UnsafeBufferPointer<UInt8>, at dot: Int) -> Bool {
        guard let last = tokens.dropLast().last, last.kind == .word, last.end == dot else { return false }
        let length = last.end - last.start
        if length == 1 { return isASCIIUpper(b[last.start]) }
        guard length <= 5, last.flags.contains(.ascii) else { return false }
        let key = String(decoding: UnsafeBufferPointer(rebasing: b[last.start..<last.end]), as: UTF8.self).lowercased()
        return EntityLexicon.nonTerminalAbbreviations.contains(key)
    }

    @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Whether a letter or digit starts at `i`.
    static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        let c = b[i]
        if c < 0x80 { return isASCIIAlnum(c) }
        let (scalar, _) = decode(b, i)
        return isWordScalar(scalar) && !isIdeographScalar(scalar)
    }

    /// Decodes the scalar at `i`; malformed bytes (impossible in a Swift string, kept safe anyway) read as
    /// one replacement character of width 1.
    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = b[i]
        let n = b.count
        if c < 0x80 { return (UInt32(c), 1) }
        if c >= 0xC0 && c < 0xE0 && i + 1 < n { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c >= 0xE0 && c < 0xF0 && i + 2 < n {
            return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if c >= 0xF0 && i + 3 < n {
            let v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
            return (v | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIIAlnum(UInt8(value)) }
        // Punctuation blocks first: they are common in news text and need no property look-up.
        if (0x2000...0x206F).contains(value) || (0x00A0...0x00BF).contains(value) || (0x3000...0x303F).contains(value)
            || (0xFF00...0xFF0F).contains(value) || value == 0x00D7 || value == 0x00F7 || value == 0xFFFD
        {
            return false
        }
        guard let s = Unicode.Scalar(value) else { return false }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always) static func isIdeographScalar(_ value: UInt32) -> Bool {
        guard value >= 0x3040 else { return false }
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default: return false
        }
    }
}
