extension SentenceScan {
    /// Keeps periods inside numbers, URLs, e-mail addresses and file names, and after ordinals.
    mutating func markNumbers(_ lo: Int, _ hi: Int) {
        let text = self.text
        for i in lo..<hi where text[i] == "." {
            let previous = i > lo ? text[i - 1] : nil
            let next = i + 1 < hi ? text[i + 1] : nil
            // "3.5", ".5", "1.a", "v2.0".
            if next?.isDigit == true { kept[i] = true }
            if previous?.isDigit == true, let next, !next.isSpace { kept[i] = true }
            // "example.com", "j.doe@mail": ASCII word characters on both sides.
            if let previous, let next, previous.isASCIIWord, next.isASCIIWord { kept[i] = true }
            // "1. The first item" at the start of a line.
            if let next, next.isSpace || next == ")", lineStartedNumber(before: i, lo) != nil {
                if next == ")" || (i + 2 < hi && !text[i + 2].isSpace) { kept[i] = true }
            }
            // "40°. 5", "the .pdf file".
            if previous == "°", i >= lo + 2, text[i - 2].isASCIILetter { kept[i] = true }
            if previous?.isSpace == true, isFileExtension(after: i, hi) { kept[i] = true }
            if rules.ordinalBeforeSpace { markOrdinal(i, lo, hi) }
            if rules.slovakOrdinals { markSlovakOrdinal(i, lo, hi) }
            if !rules.months.isEmpty, previous?.isDigit == true { markDate(i, hi) }
            markNumberedReference(i, lo, hi)
        }
    }

    /// The number a line starts with, if the period at `i` follows one or two digits at the line start.
    private func lineStartedNumber(before i: Int, _ lo: Int) -> Int? {
        let digits = i - lo
        guard digits == 1 || digits == 2 else { return nil }
        return text[lo..<i].allSatisfy(\.isDigit) ? digits : nil
    }

    /// German and Danish: " 3. " and " -12. " are ordinals ("am 3. Mai", "den 14. juli").
    private mutating func markOrdinal(_ i: Int, _ lo: Int, _ hi: Int) {
        guard i + 1 < hi, text[i + 1].isSpace else { return }
        var j = i
        while j > lo, j > i - 2, text[j - 1].isDigit { j -= 1 }
        guard j < i, j > lo else { return }
        if text[j - 1] == "-" { j -= 1 }
        if j > lo, text[j - 1].isSpace { kept[i] = true }
    }

    /// Slovak: "5. mája", "II. svetová vojna".
    private mutating func markSlovakOrdinal(_ i: Int, _ lo: Int, _ hi: Int) {
        var j = i + 1
        while j < hi, text[j].isSpace { j += 1 }
        if i > lo, text[i - 1].isDigit, j < hi, text[j].isASCIILower { kept[i] = true }
        var k = i
        while k > lo, "VXIvxi".unicodeScalars.contains(text[k - 1]) { k -= 1 }
        if k < i, k == lo || text[k - 1].isSpace, i + 1 < hi, text[i + 1].isSpace { kept[i] = true }
    }

    /// "3. Mai", "15. Januára": a day before a month name.
    private mutating func markDate(_ i: Int, _ hi: Int) {
        var j = i + 1
        while j < hi, text[j].isSpace { j += 1 }
        for month in rules.months where has(month, at: j, hi) {
            kept[i] = true
            return
        }
    }

    /// "… in science.12 Those" and "… results.[3][4] Next": the period goes on to the note number,
    /// and the sentence ends after it.
    private mutating func markNumberedReference(_ i: Int, _ lo: Int, _ hi: Int) {
        guard i > lo, !text[i - 1].isDigit, !text[i - 1].isSpace, i + 1 < hi else { return }
        var j = i + 1
        if text[j] == "[" {
            while j < hi, text[j] == "[" {
                var k = j + 1
                while k < hi, k - j < 40, text[k].isDigit || text[k] == "," || text[k] == "-" || text[k] == " " { k += 1 }
                guard k < hi, text[k] == "]", k > j + 1, text[k - 1].isDigit else { return }
                j = k + 1
            }
        } else {
            var digits = 0
            while j < hi, text[j].isDigit, digits < 3 { j += 1; digits += 1 }
            guard digits > 0 else { return }
            if j + 1 < hi, text[j] == " ", text[j + 1].isDigit {
                var more = 0
                var k = j + 1
                while k < hi, text[k].isDigit, more < 3 { k += 1; more += 1 }
                if k < hi, text[k].isSpace { j = k }
            }
        }
        guard j + 1 < hi, text[j].isSpace, text[j + 1].isASCIIUpper else { return }
        kept[i] = true
        cut[j] = true
    }

    private func isFileExtension(after i: Int, _ hi: Int) -> Bool {
        var j = i + 1
        while j < hi, text[j].isASCIILower || text[j].isDigit { j += 1 }
        guard j < hi, text[j].isSpace, j > i + 1 else { return false }
        return Self.fileExtensions.contains(String(String.UnicodeScalarView(text[(i + 1)..<j])))
    }

    static let fileExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "tif", "tiff", "pdf", "ps", "doc", "docx", "xls", "xlsx", "svg", "bmp", "tga",
        "exif", "odt", "htm", "html", "txt", "rtf", "bat", "sxw", "xml", "zip", "exe", "msi", "blend", "wmv", "mp3",
        "mp4", "ppt", "pptx", "flac", "rb", "cpp", "cs", "js",
    ]
}

extension Unicode.Scalar {
    /// `[a-zA-Z0-9_]`, the characters pySBD joins across a period ("www.example.com").
    var isASCIIWord: Bool { isASCIILetter || (value >= 0x30 && value <= 0x39) || value == 0x5F }
}
