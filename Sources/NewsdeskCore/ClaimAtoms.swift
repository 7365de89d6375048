/// The checkable facts of one sentence: figures, dates and proper names.
public struct ClaimAtoms: Sendable, Equatable {
    public struct Quantity: Sendable, Equatable, Hashable {
        public var value: Double
        /// The stemmed noun that the figure counts, if one follows it ("agreement" in "15 agreements").
        public var unit: String?
        public var text: String
    }

    public struct CalendarDate: Sendable, Equatable, Hashable {
        /// 1...12, or nil when only a year is given.
        public var month: Int?
        public var day: Int?
        public var year: Int?
        public var text: String
    }

    public var quantities: [Quantity]
    public var dates: [CalendarDate]
    /// Runs of capitalised words that are not merely the first word of the sentence.
    public var names: [String]

    /// Extracts the atoms of one sentence.
    public init(_ sentence: String) {
        let words = Tokenizer.words(in: sentence).map(String.init)
        var quantities: [Quantity] = []
        var dates: [CalendarDate] = []
        var names: [String] = []
        var consumed = Set<Int>()
        var i = 0
        while i < words.count {
            let word = words[i]
            let lower = word.lowercased()
            if let month = Self.months[lower] ?? Self.months[String(lower.prefix(3))].flatMap({ m in
                lower.count <= 4 ? m : nil
            }), i + 1 < words.count, let day = Int(words[i + 1]), (1...31).contains(day) {
                var year: Int?
                var end = i + 1
                if i + 2 < words.count, let y = Int(words[i + 2]), (1800...2200).contains(y) {
                    year = y
                    end = i + 2
                }
                dates.append(CalendarDate(month: month, day: day, year: year, text: words[i...end].joined(separator: " ")))
                consumed.formUnion(i...end)
                i = end + 1
                continue
            }
            if let day = Int(word), (1...31).contains(day), i + 1 < words.count,
                let month = Self.months[words[i + 1].lowercased()]
            {
                var year: Int?
                var end = i + 1
                if i + 2 < words.count, let y = Int(words[i + 2]), (1800...2200).contains(y) {
                    year = y
                    end = i + 2
                }
                dates.append(CalendarDate(month: month, day: day, year: year, text: words[i...end].joined(separator: " ")))
                consumed.formUnion(i...end)
                i = end + 1
                continue
            }
            if let value = Self.numberValue(lower) {
                if word.count == 4, let year = Int(word), (1800...2200).contains(year) {
                    dates.append(CalendarDate(month: nil, day: nil, year: year, text: word))
                    consumed.insert(i)
                    i += 1
                    continue
                }
                var scaled = value
                var end = i
                if i + 1 < words.count, let scale = Self.scales[words[i + 1].lowercased()] {
                    scaled *= scale
                    end = i + 1
                }
                let unit = Self.unit(after: end, in: words)
                quantities.append(Quantity(value: scaled, unit: unit, text: words[i...end].joined(separator: " ")))
                consumed.formUnion(i...end)
                i = end + 1
                continue
            }
            i += 1
        }
        // Names: capitalised runs; the sentence's first word counts only when the run goes on.
        var run: [String] = []
        var runStart = 0
        func closeRun() {
            if !run.isEmpty {
                let dropFirst = runStart == 0 && run.count == 1
                if !dropFirst { names.append(run.joined(separator: " ")) }
            }
            run = []
        }
        for (index, word) in words.enumerated() {
            let isCapitalised = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
            let bare = (word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word).lowercased()
            if isCapitalised && !consumed.contains(index) && Self.months[bare] == nil
                && !(run.isEmpty && Self.weekdays.contains(bare))
            {
                if run.isEmpty { runStart = index }
                // A possessive ends the name: "Lee's Beijing visit" names Lee, then Beijing.
                if word.hasSuffix("'s") || word.hasSuffix("’s") {
                    run.append(String(word.dropLast(2)))
                    closeRun()
                    continue
                }
                run.append(word)
            } else {
                closeRun()
            }
        }
        closeRun()
        self.quantities = quantities
        self.dates = dates
        self.names = names
    }

    /// The noun a figure counts: the word after it, or the one after that when the first is a
    /// modifier ("15 government agreements" counts agreements, "200 business executives" executives).
    static func unit(after index: Int, in words: [String]) -> String? {
        guard index + 1 < words.count else { return nil }
        let first = Tokenizer.normalize(words[index + 1])
        guard !StopWords.english.contains(first), numberValue(first) == nil else { return nil }
        if index + 2 < words.count {
            let second = Tokenizer.normalize(words[index + 2])
            if !first.hasSuffix("s"), second.hasSuffix("s"), second.count > 3, !StopWords.english.contains(second),
                second.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
            {
                return Stemmer.stem(second)
            }
        }
        return Stemmer.stem(first)
    }

    /// The value of a written number: digits ("1,200", "3.5") or a word ("nine", "dozen").
    public static func numberValue(_ word: String) -> Double? {
        if let first = word.unicodeScalars.first, first.properties.numericType != nil {
            let cleaned = word.replacingOccurrences(of: ",", with: "")
            if let value = Double(cleaned) { return value }
            // "350bn", "5m": a figure with a scale suffix.
            for (suffix, scale) in scaleSuffixes where cleaned.hasSuffix(suffix) {
                if let value = Double(cleaned.dropLast(suffix.count)) { return value * scale }
            }
            return nil
        }
        return numberWords[word]
    }

    public static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "dozen": 12, "four-day": 4, "two-day": 2, "three-day": 3, "five-day": 5,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
    ]
    static let scaleSuffixes: [(String, Double)] = [("bn", 1e9), ("tn", 1e12), ("m", 1e6), ("k", 1e3)]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
