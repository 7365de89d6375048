extension SentenceSplitter {
    /// How a language treats a period after a word from its abbreviation list.
    enum AbbreviationStyle: Sendable {
        /// English and most European languages: the period stays unless a capital or the end follows.
        case contextual
        /// Russian, Bulgarian, Arabic, Persian: the period after a listed abbreviation never ends a sentence.
        case always
        /// German: the period stays when whitespace follows it.
        case beforeSpace
        /// Kazakh: no list lookup, only initials and multi-period abbreviations.
        case none
    }

    /// The abbreviation lists of one language, parsed once from their "|"-separated form.
    struct AbbreviationLists: Sendable {
        let all: Set<String>
        let prepositive: Set<String>
        let numeric: Set<String>
        /// Entries holding a space ("s. r. o"), matched as a suffix of the text before the period.
        let spaced: [[Unicode.Scalar]]

        init(all: String, prepositive: String, numeric: String) {
            func set(_ text: String) -> Set<String> { Set(text.split(separator: "|").map(String.init)) }
            self.all = set(all)
            self.prepositive = set(prepositive)
            self.numeric = set(numeric)
            spaced = self.all.filter { $0.contains(" ") }.map { Array($0.unicodeScalars) }
        }

        /// The same lists with more entries.
        func adding(_ words: [String]) -> AbbreviationLists {
            AbbreviationLists(all: (all.union(words)).joined(separator: "|"), prepositive: prepositive.joined(separator: "|"),
                              numeric: numeric.joined(separator: "|"))
        }
    }

    /// A set of scalars with a bit mask for ASCII, so that the hot loop tests most characters in one step.
    struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var others: Set<Unicode.Scalar> = []

        init(arrayLiteral elements: Unicode.Scalar...) {
            for scalar in elements {
                switch scalar.value {
                case 0..<64: low |= 1 << UInt64(scalar.value)
                case 64..<128: high |= 1 << UInt64(scalar.value - 64)
                default: others.insert(scalar)
                }
            }
        }

        @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            if value < 64 { return low & (1 << UInt64(value)) != 0 }
            if value < 128 { return high & (1 << UInt64(value - 64)) != 0 }
            return !others.isEmpty && others.contains(scalar)
        }
    }

    /// Everything that differs between languages, declared once per language.
    struct Rules: Sendable {
        /// Marks that can end a sentence (pySBD's `SENTENCE_BOUNDARY_REGEX` classes).
        var terminals: ScalarSet = ["。", "．", ".", "！", "!", "?", "？"]
        /// Whether `"…"`, `(…)`, `「…」` opening a sentence and closed before a capital are sentences.
        var quotedSentences = true
        var abbreviations: AbbreviationLists = .en
        var abbreviationStyle: AbbreviationStyle = .contextual
        /// Slovak: a listed abbreviation that is neither a title nor before a number always goes on
        /// ("napr. XYZCorp").
        var keepsListedPeriods = false
        /// Words after "U.S." or "I." that show the abbreviation also ended the sentence.
        var sentenceStarters: Set<String> = []
        var alphabeticalLists = true
        /// German and Danish ordinals: "am 3. Mai", "den 14. juli".
        var ordinalBeforeSpace = false
        /// Slovak ordinals before lower-case words and Roman numerals ("II. svetová").
        var slovakOrdinals = false
        /// Month names after which a "3." is a date, not a sentence end.
        var months: [String] = []
        /// German: a single lower-case letter with a period is an abbreviation ("z. B.").
        var lowercaseInitials = false
        /// Kazakh: initials are Cyrillic capitals, and `?`/`!` before a dash go on.
        var cyrillic = false
        /// Arabic and Persian: "12:30" keeps its colon, and a comma between two short runs is not an end.
        var colonsAndCommas = false
        /// Which paired marks protect the punctuation inside them.
        var enclosures: Enclosures = .standard

        enum Enclosures: Sendable { case standard, german, slovak, chinese, japanese }

        static let englishStarters: Set<String> = [
            "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions", "More", "She",
            "That", "The", "There", "They", "We", "What", "When", "Where", "Who", "Why",
        ]

        static func forLanguage(_ code: String) -> Rules {
            var rules = Rules()
            switch code.lowercased().prefix(2) {
            case "en": rules.sentenceStarters = englishStarters
            case "am": rules = .plain(["።", "፧", "?", "!"])
            case "ar":
                rules = .plain(["?", "!", ":", ".", "؟", "،"])
                // "د." is the usual short form of "دكتور" (Dr.), missing from pySBD's list.
                rules.abbreviations = AbbreviationLists.ar.adding(["د"])
                rules.abbreviationStyle = .always
                rules.colonsAndCommas = true
            case "fa":
                rules = .plain(["?", "!", ":", ".", "؟"])
                rules.abbreviationStyle = .always
                rules.colonsAndCommas = true
            case "hy": rules = .plain(["։", "՜", ":"])
            case "el": rules = .plain([".", ";", "!", "?"])
            case "hi": rules = .plain(["।", "|", "!", "?"])
            case "mr": rules = .plain([".", "!", "?"])
            case "my": rules = .plain(["။", "၏", "?", "!"])
            case "ur": rules = .plain(["۔", "؟", "!", "?"])
            case "bg": rules.abbreviations = .bg; rules.abbreviationStyle = .always
            case "ru": rules.abbreviations = .ru; rules.abbreviationStyle = .always
            case "da":
                rules.abbreviations = .da
                rules.ordinalBeforeSpace = true
                rules.sentenceStarters = [
                    "At", "De", "Dem", "Den", "Der", "Det", "Du", "En", "Et", "For", "Få", "Gjorde", "Han", "Hun",
                    "Hvad", "Hvem", "Hvilke", "Hvor", "Hvordan", "Hvorfor", "Hvorledes", "Hvornår", "I", "Jeg",
                    "Mange", "Vi", "Være",
                ]
            case "de":
                rules.abbreviations = .de
                rules.abbreviationStyle = .beforeSpace
                rules.ordinalBeforeSpace = true
                rules.lowercaseInitials = true
                rules.enclosures = .german
                rules.months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                                "Oktober", "November", "Dezember"]
                rules.sentenceStarters = englishStarters
            case "es": rules.abbreviations = .es
            case "fr": rules.abbreviations = .fr
            case "it": rules.abbreviations = .it
            case "nl": rules.abbreviations = .nl
            case "pl": rules.abbreviations = .pl
            case "kk": rules.abbreviations = .kk; rules.abbreviationStyle = .none; rules.cyrillic = true
            case "sk":
                rules.abbreviations = .sk
                rules.keepsListedPeriods = true
                rules.alphabeticalLists = false
                rules.slovakOrdinals = true
                rules.enclosures = .slovak
                rules.months = ["Január", "Február", "Marec", "Apríl", "Máj", "Jún", "Júl", "August", "September",
                                "Október", "November", "December", "Januára", "Februára", "Marca", "Apríla", "Mája",
                                "Júna", "Júla", "Augusta", "Septembra", "Októbra", "Novembra", "Decembra"]
            case "zh": rules.enclosures = .chinese
            case "ja": rules.enclosures = .japanese
            default: rules.sentenceStarters = englishStarters
            }
            return rules
        }

        /// Languages whose sentences end at their own marks with no quotation rules.
        static func plain(_ terminals: ScalarSet) -> Rules {
            var rules = Rules()
            rules.terminals = terminals
            rules.quotedSentences = false
            return rules
        }
    }
}
