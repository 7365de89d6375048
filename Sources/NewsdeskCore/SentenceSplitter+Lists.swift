extension SentenceScan {
    /// Breaks inline lists before their items and keeps the periods of item markers:
    /// "1.) one 2.) two", "a. first b. second", "(i) this (ii) that".
    ///
    /// An item counts only when a neighbouring item continues its sequence, so a lone "5." or "a." is
    /// left to the other rules.
    mutating func markListItems() {
        let text = self.text
        if rules.alphabeticalLists {
            markLetterItems(withParentheses: false, alphabet: Self.latinAlphabet)
            markLetterItems(withParentheses: true, alphabet: Self.latinAlphabet)
            markLetterItems(withParentheses: true, alphabet: Self.romanNumerals)
        }
        markNumberedItems(parenthesised: false)
        markNumberedItems(parenthesised: true)
    }

    /// Letter items "a." or "a)"/"(a)": a letter after a space (or an opening parenthesis).
    private mutating func markLetterItems(withParentheses: Bool, alphabet: [String]) {
        let text = self.text
        var items: [(start: Int, end: Int, label: String)] = []
        var i = 0
        while i < text.count {
            let c = text[i]
            guard c.isASCIILower, i == 0 || text[i - 1].isSpace || (withParentheses && text[i - 1] == "(") else {
                i += 1
                continue
            }
            var j = i
            while j < text.count, text[j].isASCIILower { j += 1 }
            let closer: Unicode.Scalar = withParentheses ? ")" : "."
            if j < text.count, text[j] == closer, withParentheses || j == i + 1 {
                let label = String(String.UnicodeScalarView(text[i..<j]))
                if alphabet.contains(label) { items.append((i, j, label)) }
            }
            i = j
        }
        guard !items.isEmpty else { return }
        let rank = { (label: String) in alphabet.firstIndex(of: label)! }
        var listed: Set<String> = []
        for (n, item) in items.enumerated() {
            // pySBD compares the first item with the last one, as Python's items[-1] does.
            let previous = rank(items[n == 0 ? items.count - 1 : n - 1].label)
            let current = rank(item.label)
            if n == items.count - 1 {
                if abs(previous - current) == 1 { listed.insert(item.label) }
            } else if rank(items[n + 1].label) - current == 1 || abs(previous - current) == 1 {
                listed.insert(item.label)
            }
        }
        for item in items where listed.contains(item.label) {
            if withParentheses {
                let opensWithParenthesis = item.start > 0 && text[item.start - 1] == "("
                lineStart[opensWithParenthesis ? item.start - 1 : item.start] = true
            } else {
                lineStart[item.start] = true
                kept[item.end] = true
            }
        }
    }

    /// Numbered items "1. ", "2.)" or "3) " (one or two digits after a space, "-" or "⁃").
    private mutating func markNumberedItems(parenthesised: Bool) {
        let text = self.text
        var items: [(start: Int, end: Int, number: Int)] = []
        var i = 0
        while i < text.count {
            guard text[i].isASCIIDigit, i == 0 || !text[i - 1].isASCIIDigit else { i += 1; continue }
            var j = i
            while j < text.count, text[j].isASCIIDigit { j += 1 }
            defer { i = j }
            guard j - i <= 2, j + 1 < text.count else { continue }
            var before = i > 0 ? text[i - 1] : " "
            if !parenthesised, before == "-" || before == "⁃" { before = i > 1 ? text[i - 2] : " " }
            let number = Int(String(String.UnicodeScalarView(text[i..<j])))!
            if parenthesised {
                if text[j] == ")", text[j + 1].isSpace { items.append((i, j, number)) }
            } else if before.isSpace, text[j] == ".", text[j + 1].isSpace || text[j + 1] == ")" {
                items.append((i, j, number))
            }
        }
        var listed: Set<Int> = []
        for (n, item) in items.enumerated() {
            if n + 1 < items.count, items[n + 1].number == item.number + 1 {
                listed.insert(item.number)
            } else if n > 0 {
                let previous = items[n - 1].number
                if previous == item.number - 1 || (item.number == 0 && previous == 9) || (item.number == 9 && previous == 0) {
                    listed.insert(item.number)
                }
            }
        }
        let marked = items.filter { listed.contains($0.number) }
        guard !marked.isEmpty else { return }
        if !parenthesised { for item in marked { kept[item.end] = true } }
        // Items on separate lines are already apart; "for 2. years"-like prose is no list.
        var lineBreakBetween = false
        for (a, b) in zip(marked, marked.dropFirst()) where text[a.end..<b.start].contains(where: { $0 == "\n" || $0 == "\r" }) {
            lineBreakBetween = true
        }
        if lineBreakBetween { return }
        for item in marked {
            let p = item.start
            if p >= 3, text[p - 1].isSpace, !text[p - 2].isSpace, !text[p - 3].isSpace {
                lineStart[p] = true
            } else if !parenthesised {
                // "• 10." or "⁃1.": break before a one-character bullet.
                var bullet = p - 1
                while bullet >= 0, text[bullet].isSpace { bullet -= 1 }
                if bullet >= 3, !text[bullet].isSpace, text[bullet - 1].isSpace, !text[bullet - 2].isSpace,
                    !text[bullet - 3].isSpace {
                    lineStart[bullet] = true
                }
            }
        }
    }

    static let latinAlphabet = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    static let romanNumerals = "i ii iii iv v vi vii viii ix x xi xii xiii xiv x xi xii xiii xv xvi xvii xviii xix xx"
        .split(separator: " ").map(String.init)
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
