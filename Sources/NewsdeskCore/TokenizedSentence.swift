/// One sentence as UTF-8 bytes and tokens, with the tokens a finder has already claimed.
///
/// The date finder runs first and claims "January 5", "2017" and "four-day", so the quantity finder
/// does not count them as figures. Valid only inside the closure that owns `bytes`.
struct TokenizedSentence {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [TextToken]
    var consumed: [Bool]
    /// Index of the first word or number (after opening quotes or brackets).
    let firstWord: Int

    init(bytes: UnsafeBufferPointer<UInt8>, tokenLimit: Int) {
        self.bytes = bytes
        tokens = TextTokenizer.tokens(bytes, limit: tokenLimit)
        consumed = Array(repeating: false, count: tokens.count)
        firstWord = tokens.firstIndex { $0.kind != .symbol } ?? 0
    }

    var count: Int { tokens.count }

    /// The text from token `from` to token `to` (inclusive).
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[from].start..<tokens[to].end]), as: UTF8.self)
    }

    /// The lower-cased text of one word token.
    func lowercased(_ index: Int) -> String { text(index, index).lowercased() }

    mutating func consume(_ from: Int, _ to: Int) {
        guard from <= to else { return }
        for k in from...to { consumed[k] = true }
    }

    /// The token at `index` is the word `key` (lower-cased).
    func isWord(_ index: Int, _ key: WordKey) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].key == key
    }

    func isSymbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isSymbol(scalar)
    }

    /// Token `index` exists and touches the previous token.
    func isJoined(_ index: Int) -> Bool { index > 0 && index < tokens.count && tokens[index].joined }

    func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number }

    func lex(_ index: Int) -> TextLexicon.Entry? {
        index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].lex : nil
    }

    /// A four-digit number without separators that can be a year (1500...2199).
    func isYear(_ index: Int) -> Bool {
        guard isNumber(index) else { return false }
        let t = tokens[index]
        return t.digits == 4 && !t.hasComma && !t.hasDot && t.value >= 1500 && t.value < 2200
    }

    /// The word has an upper-case ASCII letter anywhere ("Boeing", "iPhone").
    func hasUppercase(_ index: Int) -> Bool {
        let t = tokens[index]
        if t.capitalized { return true }
        for k in t.start..<t.end where bytes[k] >= 65 && bytes[k] <= 90 { return true }
        return false
    }

    /// The ASCII letters of a short word token in lower case, for suffix checks ("st", "bn").
    func ends(_ index: Int, with suffix: StaticString) -> Bool {
        let t = tokens[index]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start >= n else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where bytes[t.end - n + k] | 0x20 != p[k] { return false }
        return true
    }
}

/// Keys for words the finders compare against, built once.
enum Words {
    static let a = WordKey("a")!, an = WordKey("an")!, and = WordKey("and")!, to = WordKey("to")!, of = WordKey("of")!
    static let the = WordKey("the")!, from = WordKey("from")!, between = WordKey("between")!, in_ = WordKey("in")!
    static let one = WordKey("one")!, half = WordKey("half")!, per = WordKey("per")!, cent = WordKey("cent")!
    static let percent = WordKey("percent")!, pc = WordKey("pc")!, pct = WordKey("pct")!, percentage = WordKey("percentage")!
    static let point = WordKey("point")!, points = WordKey("points")!, basis = WordKey("basis")!, bps = WordKey("bps")!
    static let year = WordKey("year")!, old = WordKey("old")!, since = WordKey("since")!, last = WordKey("last")!
    static let next = WordKey("next")!, this = WordKey("this")!, past = WordKey("past")!, ago = WordKey("ago")!
    static let earlier = WordKey("earlier")!, later = WordKey("later")!, quarter = WordKey("quarter")!, q = WordKey("q")!
    static let week = WordKey("week")!, month = WordKey("month")!, night = WordKey("night")!, mid = WordKey("mid")!
    static let am = WordKey("am")!, pm = WordKey("pm")!, m = WordKey("m")!, p = WordKey("p")!, s = WordKey("s")!
    static let st = WordKey("st")!, nd = WordKey("nd")!, rd = WordKey("rd")!, th = WordKey("th")!, t = WordKey("t")!
    static let no = WordKey("no")!, longer = WordKey("longer")!, second = WordKey("second")!, seconds = WordKey("seconds")!
    static let decade = WordKey("decade")!, century = WordKey("century")!, may = WordKey("may")!, over = WordKey("over")!
    static let o = WordKey("o")!, clock = WordKey("clock")!
}
