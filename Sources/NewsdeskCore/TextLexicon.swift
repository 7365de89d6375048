/// The English words the quantity, date and marker finders recognise, built once into one table so
/// that each word of a sentence costs a single hash lookup.
enum TextLexicon {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// Points to a time after the sentence's reference ("will", "next", "scheduled").
        static let futureCue = Flags(rawValue: 1 << 0)
        /// An irregular past-tense verb ("said", "met", "fell").
        static let pastVerb = Flags(rawValue: 1 << 1)
        /// Can start a qualifier phrase ("more" in "more than").
        static let qualifierStart = Flags(rawValue: 1 << 2)
        /// Not a counted noun after a figure ("15 were", "nine of").
        static let notUnit = Flags(rawValue: 1 << 3)
        /// Can start a negation or hedging marker.
        static let markerStart = Flags(rawValue: 1 << 4)
        /// "early", "late", "mid": a modifier kept in a date's span.
        static let dateModifier = Flags(rawValue: 1 << 5)
        /// A regular "-ed" word that is not a past tense here ("expected", "need").
        static let notPast = Flags(rawValue: 1 << 6)
        /// Can start a date, a period or a duration (set in `build` from the other fields and `dateStarts`).
        static let dateStart = Flags(rawValue: 1 << 7)
    }

    struct Entry: Sendable {
        /// "nine" = 9; -1 when the word is not a cardinal.
        var cardinal: Double = -1
        /// "hundred", "million", "bn", "dozen": multiplies what comes before.
        var multiplier: Double = 0
        /// "third" = 3, "millionth" = 1,000,000.
        var ordinal: Double = 0
        /// "half" = 0.5, "quarter" / "quarters" = 0.25.
        var fraction: Double = 0
        var month: Int = 0
        var monthIsAbbreviation = false
        /// 1 = Monday ... 7 = Sunday.
        var weekday: Int = 0
        var timeUnit: DurationUnit?
        /// A currency written after the figure ("yuan") or as a code ("USD"): index in `currencyCodes`.
        var currency: Int = 0
        var flags: Flags = []
    }

    static let currencyCodes = ["", "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "INR", "RUB", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "BRL", "MXN", "TWD", "ZAR"]

    static func currency(_ code: String) -> Int { currencyCodes.firstIndex(of: code) ?? 0 }

    static let entries: [WordKey: Entry] = build()

    private static func build() -> [WordKey: Entry] {
        var table: [WordKey: Entry] = [:]
        func set(_ word: String, _ change: (inout Entry) -> Void) {
            guard let key = WordKey(word) else { return }
            var entry = table[key] ?? Entry()
            change(&entry)
            table[key] = entry
        }
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (value, word) in units.enumerated() { set(word) { $0.cardinal = Double(value) } }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() { set(word) { $0.cardinal = Double(20 + 10 * index) } }
        let multipliers: [(String, Double)] = [
            ("hundred", 100), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12),
            ("bn", 1e9), ("b", 1e9), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("k", 1e3), ("tn", 1e12), ("trn", 1e12),
            ("crore", 1e7), ("crores", 1e7), ("lakh", 1e5), ("lakhs", 1e5),
        ]
        for (word, value) in multipliers { set(word) { $0.multiplier = value } }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (index, word) in ordinals.enumerated() { set(word) { $0.ordinal = Double(index + 1) } }
        for (word, value) in [("thirtieth", 30.0), ("fortieth", 40), ("fiftieth", 50), ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6)] {
            set(word) { $0.ordinal = value }
        }
        let fractions: [(String, Double)] = [
            ("half", 0.5), ("halves", 0.5), ("third", 1.0 / 3), ("thirds", 1.0 / 3), ("quarter", 0.25), ("quarters", 0.25),
            ("fifth", 0.2), ("fifths", 0.2), ("sixth", 1.0 / 6), ("tenth", 0.1), ("tenths", 0.1),
        ]
        for (word, value) in fractions { set(word) { $0.fraction = value } }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, word) in months.enumerated() { set(word) { $0.month = index + 1 } }
        for (word, month) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            set(word) { $0.month = month; $0.monthIsAbbreviation = true }
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, word) in weekdays.enumerated() { set(word) { $0.weekday = index + 1 } }
        for unit in DurationUnit.allCases {
            set(unit.rawValue) { $0.timeUnit = unit }
            set(unit.plural) { $0.timeUnit = unit }
        }
        set("hrs") { $0.timeUnit = .hour }
        set("mins") { $0.timeUnit = .minute }
        let currencyWords: [(String, String)] = [
            ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("won", "KRW"), ("yen", "JPY"), ("euro", "EUR"), ("euros", "EUR"),
            ("dollars", "USD"), ("dollar", "USD"), ("rupees", "INR"), ("rupee", "INR"), ("rubles", "RUB"), ("roubles", "RUB"),
            ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("krw", "KRW"), ("cny", "CNY"), ("inr", "INR"),
            ("rub", "RUB"), ("chf", "CHF"), ("aud", "AUD"), ("cad", "CAD"), ("hkd", "HKD"), ("sgd", "SGD"), ("nzd", "NZD"),
            ("reais", "BRL"), ("pesos", "MXN"), ("rand", "ZAR"),
        ]
        for (word, code) in currencyWords { set(word) { $0.currency = currency(code) } }
        for word in futureCues { set(word) { $0.flags.insert(.futureCue) } }
        for word in pastVerbs { set(word) { $0.flags.insert(.pastVerb) } }
        for word in notPast { set(word) { $0.flags.insert(.notPast) } }
        for word in QuantityFinder.qualifierStarts { set(word) { $0.flags.insert(.qualifierStart) } }
        for word in notUnits { set(word) { $0.flags.insert(.notUnit) } }
        for word in MarkerFinder.starts { set(word) { $0.flags.insert(.markerStart) } }
        for word in ["early", "earlier", "late", "later", "mid"] { set(word) { $0.flags.insert(.dateModifier) } }
        for word in dateStarts { set(word) { $0.flags.insert(.dateStart) } }
        for (key, entry) in table where entry.month > 0 || entry.weekday > 0 || entry.timeUnit != nil || entry.ordinal > 0
            || entry.cardinal >= 0 || entry.flags.contains(.qualifierStart) || entry.flags.contains(.dateModifier)
        {
            table[key]?.flags.insert(.dateStart)
        }
        return table
    }

    /// Words that open a date other than through their lexicon fields ("since 2017", "last week", "Q2").
    static let dateStarts = ["since", "last", "next", "this", "past", "today", "tonight", "yesterday", "tomorrow", "q", "a", "an",
                             "half", "over"]

    /// Words before a date that make it lie ahead of the publication date.
    static let futureCues = [
        "will", "shall", "scheduled", "expected", "expect", "expects", "due", "plans", "plan", "planning", "set",
        "until", "upcoming", "going", "forecast", "forecasters", "next", "ll",
    ]

    /// Irregular past tenses common in news (regular ones end in "-ed").
    static let pastVerbs = [
        "said", "was", "were", "had", "met", "took", "told", "fell", "rose", "began", "won", "lost", "held", "made",
        "came", "went", "left", "sold", "paid", "hit", "spent", "grew", "led", "ran", "gave", "brought", "saw",
        "fled", "struck", "burst", "knew", "became", "sent", "spoke", "drew", "wrote", "stood", "kept", "got", "did",
        "found", "thought", "built", "bought", "caught", "fought", "felt", "heard", "meant", "broke", "sat", "flew",
        "ago", "last", "yesterday", "earlier", "previously", "rang", "shot", "slid", "sank", "swept", "threw", "wore",
    ]

    /// Words ending in "-ed" that do not mark a past event.
    static let notPast = [
        "expected", "scheduled", "planned", "need", "speed", "red", "bed", "feed", "seed", "united", "proposed", "indeed",
        "based", "used", "related", "limited", "advanced", "shed", "hundred", "embed", "breed", "weed", "creed", "greed",
    ]

    /// Words that are not the counted noun after a figure ("15 were", "nine of them", "41 on Tuesday").
    static let notUnits = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "down", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "me", "more", "most", "my", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said", "says", "say", "told",
        "according", "last", "since", "per", "may", "might", "must", "shall", "yet", "still", "even", "others",
        "died", "remain", "remained", "killed", "injured", "cent", "among", "toward", "towards", "via", "versus", "vs",
        "plus", "minus", "ago", "earlier", "later", "apiece", "overall", "altogether", "instead", "respectively",
        "yesterday", "today", "tomorrow", "tonight", "next", "this", "that", "just", "almost", "nearly", "around",
        "compared", "percentage", "basis", "percent", "pc", "whose",
    ]
}
