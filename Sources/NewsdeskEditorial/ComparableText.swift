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
            if normal.hasSuffix("'s") { normal.removeLast(2) }
            if normal.hasSuffix("n't") {
                let base = contractions[normal] ?? String(normal.dropLast(3))
                result.append(Token(key: base, text: word, isNumber: false, isCapitalised: capitalised))
                result.append(Token(key: "not", text: word, isNumber: false, isCapitalised: false))
                continue
            }
            if normal == "cannot" {
                result.append(Token(key: "can", text: word, isNumber: false, isCapitalised: capitalised))
                result.append(Token(key: "not", text: word, isNumber: false, isCapitalised: false))
                continue
            }
            if let currency = currencySymbols[normal] {
                result.append(Token(key: currency, text: word, isNumber: false, isCapitalised: false))
                continue
            }
            if let first = normal.unicodeScalars.first, first.properties.numericType != nil {
                let (number, scale) = splitNumber(normal)
                result.append(Token(key: number, text: word, isNumber: true, isCapitalised: false))
                if let scale { result.append(Token(key: scale, text: word, isNumber: false, isCapitalised: false)) }
                continue
            }
            if let value = ClaimAtoms.numberWords[normal], !normal.contains("-") {
                result.append(Token(key: format(value), text: word, isNumber: true, isCapitalised: false))
                continue
            }
            let key = synonyms[normal] ?? Stemmer.stem(normal)
            result.append(Token(key: key, text: word, isNumber: false, isCapitalised: capitalised))
        }
        return result
    }

    /// Whether the nearest mark before `index` (past spaces, quotes and brackets) ends a sentence.
    static func followsStop(_ index: String.Index, in text: String) -> Bool {
        var i = index
        while i > text.startIndex {
            i = text.index(before: i)
            let c = text[i]
            if c == " " || c == "\"" || c == "“" || c == "”" || c == "'" || c == "’" || c == "(" || c == ")" || c.isNewline { continue }
            return c == "." || c == "!" || c == "?"
        }
        return false
    }

    /// Rewrites spellings that the tokenizer would split differently: "U.S." -> "US", "per cent"
    /// -> "percent", "%" -> " percent", and currency symbols spaced out as words of their own.
    static func prepare(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count + 16)
        let input = Array(text.unicodeScalars)
        var i = 0
        while i < input.count {
            let c = input[i]
            // Dotted abbreviations of single letters ("U.S.", "a.m."): drop the dots.
            if c.properties.isAlphabetic, i + 1 < input.count, input[i + 1] == ".",
                i + 2 < input.count, input[i + 2].properties.isAlphabetic,
                i + 3 < input.count, input[i + 3] == ".",
                i == 0 || !input[i - 1].properties.isAlphabetic
            {
                var j = i
                while j + 1 < input.count, input[j].properties.isAlphabetic, input[j + 1] == "." {
                    scalars.append(input[j])
                    j += 2
                    if j < input.count, !input[j].properties.isAlphabetic { break }
                    if j + 1 < input.count, input[j + 1] != "." { break }
                }
                i = j
                continue
            }
            if c == "%" {
                scalars.append(contentsOf: " percent ".unicodeScalars)
            } else if let code = currencyCodes[c] {
                // The tokenizer keeps letters and digits only: a symbol becomes its code as a word.
                scalars.append(contentsOf: " \(code) ".unicodeScalars)
            } else {
                scalars.append(c)
            }
            i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var result = String(view)
        if result.utf8.count >= 8, result.range(of: "er cent") != nil {
            result = result.replacingOccurrences(of: "per cent", with: "percent").replacingOccurrences(of: "Per cent", with: "Percent")
        }
        return result
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

    static let contractions: [String: String] = [
        "won't": "will", "can't": "can", "shan't": "shall", "ain't": "be", "don't": "do", "doesn't": "does",
        "didn't": "did", "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
        "haven't": "have", "hadn't": "had", "couldn't": "could", "wouldn't": "would", "shouldn't": "should",
        "mustn't": "must", "needn't": "need", "mightn't": "might",
    ]
    static let currencyCodes: [Unicode.Scalar: String] = ["$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₩": "krw", "₹": "inr", "₽": "rub"]
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
