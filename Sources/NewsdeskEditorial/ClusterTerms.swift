import Foundation
import NewsdeskCore

/// The terms of the stream, numbered as they first occur, with how many articles hold each.
///
/// Numbering terms lets the clusterer keep vectors and indexes keyed by small integers instead of
/// strings; numbers follow first occurrence in the stream, so ties broken by number are stable for
/// the same input in the same order.
struct ClusterTermTable {
    private var numbers: [String: Int32] = [:]
    /// Articles holding each term, by term number.
    private(set) var documentFrequency: [Int32] = []
    /// Articles counted so far.
    private(set) var documents = 0

    /// Term number per written word (lower-cased), -1 for a stop word: each distinct word is
    /// checked against the stop list and stemmed once per stream, not at every occurrence.
    private var wordNumbers: [String: Int32] = [:]

    /// The term number of a normalised word, or nil for a stop word.
    mutating func number(ofWord word: String) -> Int32? {
        if let known = wordNumbers[word] { return known < 0 ? nil : known }
        let number = StopWords.english.contains(word) ? -1 : self.number(Stemmer.stem(word))
        wordNumbers[word] = number
        return number < 0 ? nil : number
    }

    mutating func number(_ term: String) -> Int32 {
        if let number = numbers[term] { return number }
        let number = Int32(documentFrequency.count)
        numbers[term] = number
        documentFrequency.append(0)
        return number
    }

    /// Counts one more article holding `terms` (each once).
    mutating func count(_ terms: some Sequence<Int32>) {
        documents += 1
        for term in terms { documentFrequency[Int(term)] += 1 }
    }

    /// Smoothed inverse document frequency over the stream so far.
    func idf(_ term: Int32) -> Double {
        log(Double(documents + 1) / Double(documentFrequency[Int(term)] + 1)) + 1
    }
}

/// One article's terms: how often each occurs (title words counted `titleWeight` times) and which
/// of them are names.
struct ArticleTerms {
    /// Term number and weighted count, in order of first occurrence.
    var counts: [(term: Int32, count: Double)] = []
    /// Terms written capitalised inside a sentence of the text ("in Beijing", "said Lee"): names of
    /// places, people and organisations, a cheap stand-in for named-entity recognition.
    var names: Set<Int32> = []

    init(title: String, text: String, titleWeight: Double, table: inout ClusterTermTable) {
        var slot = TermSlots()
        func add(_ term: Int32, _ amount: Double) {
            if let index = slot[term] {
                counts[index].count += amount
            } else {
                slot.insert(term, counts.count)
                counts.append((term, amount))
            }
        }
        Self.scan(text) { word, isName in
            guard let number = table.number(ofWord: word) else { return }
            add(number, 1)
            if isName { names.insert(number) }
        }
        if titleWeight > 0 {
            Self.scan(title) { word, _ in
                if let number = table.number(ofWord: word) { add(number, titleWeight) }
            }
        }
    }

    /// Calls `body` with each normalised word of `text` that can be a term (two letters or more, or
    /// an ideograph) and whether it was written capitalised away from a sentence start. Stop words
    /// and stemming are left to the term table, which does each distinct word once.
    static func scan(_ text: String, _ body: (String, Bool) -> Void) {
        var text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            text.withUTF8 { scanASCII($0, body) }
        } else {
            scanUnicode(text, body)
        }
    }

    private static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (String, Bool) -> Void) {
        ASCIIWords.forEach(in: bytes) { range, atSentenceStart in
            guard range.count >= 2 else { return }
            let word = String(unsafeUninitializedCapacity: range.count) { buffer in
                for offset in 0..<range.count {
                    let byte = bytes[range.lowerBound + offset]
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return range.count
            }
            let first = bytes[range.lowerBound]
            body(word, first >= 0x41 && first <= 0x5A && !atSentenceStart)
        }
    }

    private static func scanUnicode(_ text: String, _ body: (String, Bool) -> Void) {
        let bytes = text.utf8
        var previousEnd = text.startIndex
        var sentenceStart = true
        for word in Tokenizer.words(in: text) {
            // A sentence starts after . ! ? : or a line break between the previous word and this one.
            for byte in bytes[previousEnd..<word.startIndex] where byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x0A {
                sentenceStart = true
                break
            }
            previousEnd = word.endIndex
            let first = word.unicodeScalars.first!
            let capitalised = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            let atStart = sentenceStart
            sentenceStart = false
            let normalized = Tokenizer.normalize(word)
            if normalized.utf8.count < 2 && !Tokenizer.isIdeograph(first) { continue }
            body(normalized, capitalised && !atStart)
        }
    }
}

/// The same words as `Tokenizer.words` for ASCII text, read byte by byte: a word is a run of
/// letters and digits, joined across an apostrophe or hyphen, and across a period or comma between
/// digits. Used on the hot paths of clustering and dedupe, where most text is ASCII.
enum ASCIIWords {
    /// Calls `body` with each word's byte range and whether a sentence starts there (at the start of
    /// the text, or after . ! ? : or a line break).
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Bool) -> Void) {
        var index = 0
        var sentenceStart = true
        while index < bytes.count {
            let byte = bytes[index]
            guard isWord(byte) else {
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x0A { sentenceStart = true }
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < bytes.count {
                let next = bytes[end]
                if isWord(next) {
                    end += 1
                } else if end + 1 < bytes.count, isWord(bytes[end + 1]),
                    next == 0x27 || next == 0x2D || ((next == 0x2E || next == 0x2C) && isDigit(bytes[end - 1]) && isDigit(bytes[end + 1]))
                {
                    end += 2
                } else {
                    break
                }
            }
            index = end
            body(start..<end, sentenceStart)
            sentenceStart = false
        }
    }

    @inline(__always) static func isWord(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
