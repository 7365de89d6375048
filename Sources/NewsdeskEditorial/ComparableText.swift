import NewsdeskCore

/// Text reduced to tokens that compare equal when two phrasings mean the same: "nine" and "9",
/// "$350bn" and "$350 billion", "per cent" and "%", "Nov." and "November", "U.S." and "US",
/// "didn't" and "did not". Currency symbols are tokens of their own, so "$" and "€" differ.
public enum ComparableText {
    public struct Token: Sendable, Equatable {
        /// The comparable form (lower case, stemmed unless a number).
        public var key: String
        /// The word as written, for reasons shown to people.
        public var text: String
        public var isNumber: Bool
        public var isCapitalised: Bool
        /// The word follows a full stop, question or exclamation mark: a new sentence inside a
        /// quotation that the splitter kept whole.
        public var startsSentence = false
    }

    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        let prepared = prepare(text)
        for raw in Tokenizer.words(in: prepared) {
            let word = String(raw)
            let before = result.count
            defer {
                if result.count > before, followsStop(raw.startIndex, in: prepared) { result[before].startsSentence = true }
            }
            let capitalised = word.unicodeScalars.first?.properties.isUppercase ?? false
            var normal = Tokenizer.normalize(word)
            if normal.utf8.count > 2, endsWith(normal, "'s") { normal.removeLast(2) }
            if normal.utf8.count > 3, endsWith(normal, "n't") {
                let base = contractions[normal] ?? String(normal.dropLast(3))
                result.append(Token(key: base, text: word, isNumber: false, isCapitalised: capitalised))
                result.append(Token(key: "not", text: word, isNumber: false, isCapitalised: false))
                continue
            }
            if let first = normal.utf8.first, first >= 0x30 && first <= 0x39 || first >= 0x80 && normal.unicodeScalars.first!.properties.numericType != nil {
                let (number, scale) = splitNumber(normal)
                result.append(Token(key: number, text: word, isNumber: true, isCapitalised: false))
                if let scale { result.append(Token(key: scale, text: word, isNumber: false, isCapitalised: false)) }
                continue
            }
            // One look-up for every word with a fixed meaning: currencies, number words, synonyms.
            switch specialWords[normal] {
            case .negated(let base)?:
                result.append(Token(key: base, text: word, isNumber: false, isCapitalised: capitalised))
                result.append(Token(key: "not", text: word, isNumber: false, isCapitalised: false))
                continue
            case .currency(let symbol)?:
                result.append(Token(key: symbol, text: word, isNumber: false, isCapitalised: false))
                continue
            case .number(let value)?:
                result.append(Token(key: value, text: word, isNumber: true, isCapitalised: false))
                continue
            case .synonym(let key)?:
                result.append(Token(key: key, text: word, isNumber: false, isCapitalised: capitalised))
                continue
            case nil:
                break
            }
            let key = Stemmer.stem(normal)
            result.append(Token(key: key, text: word, isNumber: false, isCapitalised: capitalised))
        }
        return result
    }

    /// Whether the nearest mark before `index` (past spaces, quotes and brackets) ends a sentence.
    static func followsStop(_ index: String.Index, in text: String) -> Bool {
        let scalars = text.unicodeScalars
        var i = index
        while i > scalars.startIndex {
            i = scalars.index(before: i)
            switch scalars[i] {
            case " ", "\"", "“", "”", "'", "’", "(", ")", "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}": continue
            case ".", "!", "?": return true
            default: return false
            }
        }
        return false
    }

    /// Rewrites spellings that the tokenizer would split differently: "U.S." -> "US", "per cent"
    /// -> "percent", "%" -> " percent", and currency symbols spaced out as words of their own.
    /// Works on the UTF-8 bytes; letters in dotted abbreviations are ASCII letters.
    static func prepare(_ text: String) -> String {
        let input = Array(text.utf8)
        func isLetter(_ i: Int) -> Bool { i < input.count && (input[i] | 0x20) >= 0x61 && (input[i] | 0x20) <= 0x7A }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        var i = 0
        while i < input.count {
            let c = input[i]
            // Dotted abbreviations of single letters ("U.S.", "a.m."): drop the dots. A byte of a
            // non-ASCII character before the first letter counts as a letter (no abbreviation).
            if isLetter(i), i + 3 < input.count, input[i + 1] == 0x2E, isLetter(i + 2), input[i + 3] == 0x2E,
                i == 0 || !(isLetter(i - 1) || input[i - 1] >= 0x80)
            {
                var j = i
                while j + 1 < input.count, isLetter(j), input[j + 1] == 0x2E {
                    output.append(input[j])
                    j += 2
                    if j < input.count, !isLetter(j) { break }
                    if j + 1 < input.count, input[j + 1] != 0x2E { break }
                }
                i = j
                continue
            }
            if c == 0x25 {
                output.append(contentsOf: " percent ".utf8)
            } else if c == 0x24 {
                output.append(contentsOf: " usd ".utf8)
            } else if c >= 0xC2, let (code, length) = currency(at: i, in: input) {
                // The tokenizer keeps letters and digits only: a symbol becomes its code as a word.
                output.append(0x20)
                output.append(contentsOf: code.utf8)
                output.append(0x20)
                i += length
                continue
            } else if c == 0x20, i + 4 < input.count, output.count >= 3, output[output.count - 2] == 0x65,
                output[output.count - 1] == 0x72, output[output.count - 3] | 0x20 == 0x70, input[i + 1] == 0x63,
                input[i + 2] == 0x65, input[i + 3] == 0x6E, input[i + 4] == 0x74
            {
                // "per cent" -> "percent": the space goes.
            } else {
                output.append(c)
            }
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The currency code of a symbol of two or three UTF-8 bytes at `i`, and its length.
    private static func currency(at i: Int, in bytes: [UInt8]) -> (String, Int)? {
        if bytes[i] == 0xC2, i + 1 < bytes.count {
            switch bytes[i + 1] {
            case 0xA3: return ("gbp", 2)
            case 0xA5: return ("jpy", 2)
            default: return nil
            }
        }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x82 {
            switch bytes[i + 2] {
            case 0xAC: return ("eur", 3)
            case 0xA9: return ("krw", 3)
            case 0xB9: return ("inr", 3)
            case 0xBD: return ("rub", 3)
            default: return nil
            }
        }
        return nil
    }

    /// "1,200" -> "1200"; "350bn" -> ("350", "billion"); "3.50" -> "3.5".
    static func splitNumber(_ word: String) -> (String, String?) {
        var digits = word.replacingOccurrences(of: ",", with: "")
        var scale: String?
        for (suffix, name) in [("bn", "billion"), ("tn", "trillion"), ("m", "million"), ("k", "thousand")] where digits.hasSuffix(suffix) {
            let head = String(digits.dropLast(suffix.count))
            if Double(head) != nil {
                digits = head
                scale = name
                break
            }
        }
        if let value = Double(digits), digits.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == "." }) {
            return (format(value), scale)
        }
        return (digits, scale)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Whether the UTF-8 bytes of `word` end with those of `suffix`.
    @inline(__always)
    static func endsWith(_ word: String, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.utf8.count >= count else { return false }
        return suffix.withUTF8Buffer { tail in word.utf8.suffix(count).elementsEqual(tail) }
    }

    enum Special {
        case negated(String)
        case currency(String)
        case number(String)
        case synonym(String)
    }

    /// Currency words, number words (not hyphenated ones), synonyms and "cannot", in one table.
    static let specialWords: [String: Special] = {
        var table: [String: Special] = [:]
        for (word, key) in synonyms { table[word] = .synonym(key) }
        for (word, value) in ClaimAtoms.numberWords where !word.contains("-") { table[word] = .number(format(value)) }
        for (word, symbol) in currencySymbols { table[word] = .currency(symbol) }
        table["cannot"] = .negated("can")
        return table
    }()

    static let contractions: [String: String] = [
        "won't": "will", "can't": "can", "shan't": "shall", "ain't": "be", "don't": "do", "doesn't": "does",
        "didn't": "did", "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
        "haven't": "have", "hadn't": "had", "couldn't": "could", "wouldn't": "would", "shouldn't": "should",
        "mustn't": "must", "needn't": "need", "mightn't": "might",
    ]
    /// Currency words as one key per currency ("usd" for "$" and "USD").
    static let currencySymbols: [String: String] = [
        "usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "krw": "₩", "inr": "₹", "rub": "₽",
    ]
    /// Words the light edits of a careful rewrite swap freely.
    static let synonyms: [String: String] = [
        "stated": "say", "said": "say", "says": "say", "say": "say",
        "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
        "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
        "dec": "december", "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
        "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
        "sun": "sunday", "bn": "billion", "tn": "trillion", "mln": "million", "pct": "percent",
    ]
}
