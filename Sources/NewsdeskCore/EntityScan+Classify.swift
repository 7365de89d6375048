extension EntityScan {
    /// Turns one run of name words (token indices, connectors included) into zero or more entities.
    mutating func process(_ runTokens: [Int]) {
        var run = runTokens
        let first = tokens[run[0]]
        if shouting[Int(first.sentence)] || run.count > options.maxEntityWords {
            gazetteerOnly(run, familyNames: false)
            return
        }
        if headlines[Int(first.sentence)] {
            gazetteerOnly(run, familyNames: true)
            return
        }
        // 2. A common word opening a sentence is not part of a name.
        if first.flags.contains(.sentenceInitial) && dropsAtSentenceStart(run) {
            run.removeFirst()
            while let head = run.first, !isNameWord(head) || roles(head).contains(.month) { run.removeFirst() }
        }
        guard !run.isEmpty else { return }
        classify(run, nationality: nil)
    }

    /// Whether the first word of a sentence-initial run is an ordinary word written with a capital.
    private func dropsAtSentenceStart(_ run: [Int]) -> Bool {
        let head = run[0]
        let t = tokens[head]
        if t.flags.contains(.allCaps) { return false }
        let k = key(head)
        let r = EntityLexicon.roles(k)
        if run.count > 1 {
            // "New Zealand", "Foreign Minister Wang Yi": the word begins a known name or a title.
            if gazetteer((run[0...min(run.count - 1, 2)])) != nil
                || gazetteer((run[0...1])) != nil
            {
                return false
            }
            if r.contains(.titleModifier) && !roles(run[1]).isDisjoint(with: .titleLike) { return false }
            return r.contains(.commonStarter)
        }
        if r.contains(.commonStarter) { return true }
        // "May said", "Reading said": a speech verb after the word makes it a name.
        if r.contains(.ambiguous) { return !speechFollows(head) }
        if Gazetteer.lookup(k) != nil || r.contains(.title) { return false }
        // "Asked about …", "Regional analysts …", "Speaking in …": word shapes of ordinary words.
        let n = k.utf8.count
        for (suffix, minimum) in Self.commonSuffixes where n >= minimum && k.hasSuffix(suffix) {
            // "Ahmed", "Reed": a short -ed word may be a name.
            return true
        }
        return false
    }

    private static let commonSuffixes: [(String, Int)] = [
        ("ly", 5), ("ing", 6), ("ed", 6), ("ous", 6), ("ive", 6), ("ful", 6), ("less", 6), ("able", 6),
        ("ible", 6), ("ment", 7), ("ness", 7), ("tion", 6), ("sion", 6), ("ists", 6), ("ers", 6), ("ies", 6),
        ("al", 6), ("ic", 6), ("ical", 6),
    ]

    /// Reads a run where only gazetteer names count: over-long capitalised runs and shouting.
    private mutating func gazetteerOnly(_ run: [Int], familyNames: Bool) {
        var i = 0
        while i < run.count {
            var matched = 0
            var entry: Gazetteer.Entry?
            var window = min(3, run.count - i)
            while window > 0 {
                if case let e? = gazetteer((run[i...(i + window - 1)])) {
                    entry = e
                    matched = window
                    break
                }
                window -= 1
            }
            if let entry, let kind = kind(of: entry) {
                emit(Array(run[i..<(i + matched)]), kind: kind, role: nil, nationality: nil)
            } else if entry == nil, familyNames, isFamilyName(run[i]) {
                // A headline names people by family name: "Lee Meets Xi in Beijing".
                emit([run[i]], kind: .person, role: nil, nationality: nil)
            }
            i += max(matched, 1)
        }
    }

    func isFamilyName(_ i: Int) -> Bool { Gazetteer.isFamilyName(bytes, tokens[i].start, tokens[i].end) }

    /// The gazetteer entry of words, one word without building a string.
    func gazetteer(_ words: ArraySlice<Int>) -> Gazetteer.Entry? {
        guard let first = words.first else { return nil }
        if words.count == 1 { return gazetteer(first) }
        if let key = packedPhrase(words) { return Gazetteer.packedEntries[key] }
        return Gazetteer.lookup(phraseKey(words))
    }

    /// The words' lower-case key, single-spaced, packed when it is ASCII and fits in 24 bytes; nil
    /// otherwise (then `phraseKey` builds the string).
    private func packedPhrase(_ words: ArraySlice<Int>) -> EntityLexicon.PackedKey? {
        var packed = EntityLexicon.PackedKey()
        var n = 0
        func put(_ byte: UInt8) {
            let value = UInt64(byte) << UInt64((n & 7) * 8)
            switch n >> 3 {
            case 0: packed.a |= value
            case 1: packed.b |= value
            default: packed.c |= value
            }
            n += 1
        }
        for w in words where tokens[w].kind == .word {
            let t = tokens[w]
            if n > 0 {
                guard n < 24 else { return nil }
                put(0x20)
            }
            guard n + t.length <= 24 else { return nil }
            for i in t.start..<t.end {
                var c = bytes[i]
                if c >= 0x80 { return nil }
                if c >= 0x41 && c <= 0x5A { c += 32 }
                put(c)
            }
        }
        return n > 0 ? packed : nil
    }

    func phraseKey(_ words: ArraySlice<Int>) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        if first == last { return key(first) }
        // Words joined by single spaces, whatever the text had between them.
        var parts: [String] = []
        parts.reserveCapacity(words.count)
        for w in words where tokens[w].kind == .word { parts.append(key(w)) }
        return parts.joined(separator: " ")
    }

    /// Whether words form a demonym ("Chinese", "South Korean", "Ukrainians").
    private func isDemonym(_ words: ArraySlice<Int>) -> Bool {
        if case .demonym? = gazetteer(words) { return true }
        // "Ukrainians", "Koreans": a plural demonym.
        if words.count == 1, let w = words.first, tokens[w].length > 3, bytes[tokens[w].end - 1] == 0x73,
            case .demonym? = Gazetteer.lookup(bytes, tokens[w].start, tokens[w].end - 1)
        {
            return true
        }
        return false
    }

    private func kind(of entry: Gazetteer.Entry) -> NamedEntity.Kind? {
        switch entry {
        case .place: return .place
        case .organization: return .organization
        case .other: return .other
        case .demonym: return nil
        }
    }

    /// Steps 3 and 4: nationality, title and kind.
    private mutating func classify(_ run: [Int], nationality: String?) {
        let whole = run.count <= Gazetteer.maxWords ? gazetteer((run[...])) : nil
        if let whole {
            if let kind = kind(of: whole) { emit(run, kind: kind, role: nil, nationality: nationality) }
            return
        }
        if run.count <= 2 && isDemonym(run[...]) { return }
        if let (titleStart, titleEnd) = titleSpan(run) {
            var nationality = nationality
            if titleStart > 0 {
                let left = Array(run[0..<titleStart])
                if left.count <= 2, isDemonym(left[...]) {
                    nationality = text(left[0], left[left.count - 1])
                } else {
                    classify(left, nationality: nationality)
                }
            }
            let person = Array(run[(titleEnd + 1)...])
            let role = roleText(run[titleStart], run[titleEnd])
            let roleHolder = person.count == 1 ? gazetteer(person[0]) : nil
            if let roleHolder, let kind = kind(of: roleHolder), kind != .other {
                emit(person, kind: kind, role: nil, nationality: nationality)
            } else {
                emit(person, kind: .person, role: role, nationality: nationality)
            }
            return
        }
        // A leading demonym: "Chinese Foreign Ministry", "South Korean Shinsegae"; but not in
        // "Democratic Party", "Australian Open", "Christian Democratic Union".
        let lastRoles = roles(run[run.count - 1])
        if run.count > 1, lastRoles.isDisjoint(with: .orgOrEventSuffix) || run.count > 3 {
            for width in stride(from: min(2, run.count - 1), through: 1, by: -1) {
                if isDemonym(run[0..<width]), roles(run[width]).isDisjoint(with: .noDemonymBefore) {
                    classify(Array(run[width...]), nationality: text(run[0], run[width - 1]))
                    return
                }
            }
        }
        guard let kind = kindFromShape(run) else { return }
        emit(run, kind: kind, role: nil, nationality: nationality)
    }

    /// The first title in a run with a name after it: "Prime Minister" in "Prime Minister Takaichi Sanae".
    private func titleSpan(_ run: [Int]) -> (Int, Int)? {
        var k = 0
        while k < run.count - 1 {
            let r = roles(run[k])
            if r.contains(.title) || r.contains(.titleModifier) {
                var m = k
                var lastTitle = -1
                while m < run.count - 1 {
                    let rm = roles(run[m])
                    if rm.contains(.title) {
                        lastTitle = m
                    } else if !rm.contains(.titleModifier) {
                        // "Secretary of State Marco Rubio": "of" inside a title.
                        guard isWord(run[m], "of"), lastTitle == m - 1, m + 2 < run.count,
                            !roles(run[m + 1]).isDisjoint(with: .titleLike)
                        else { break }
                        lastTitle = m + 1
                        m += 2
                        continue
                    }
                    m += 1
                }
                if lastTitle >= 0 {
                    let rest = run[(lastTitle + 1)...]
                    // "General Motors", "Foreign Ministry": an organisation, not a titled person.
                    if let tail = rest.last, roles(tail).contains(.orgSuffix) && rest.count == 1 { return nil }
                    if let first = rest.first, tokens[first].kind == .word, isNameWord(first) {
                        return (k, lastTitle)
                    }
                }
                k = max(m, k + 1)
                continue
            }
            k += 1
        }
        return nil
    }

    /// The kind of a run that no gazetteer entry or title settles, or nil when it is no name.
    private func kindFromShape(_ run: [Int]) -> NamedEntity.Kind? {
        let firstRoles = roles(run[0])
        let last = run[run.count - 1]
        // "Prime Minister", "Foreign Minister" with no name after: a title alone names nobody.
        if run.allSatisfy({ !roles($0).isDisjoint(with: .titleLike) }) { return nil }
        let lastRoles = roles(last)
        if run.count == 1 {
            let t = tokens[last]
            if t.flags.contains(.allCaps) {
                if lastRoles.contains(.notName) { return nil }
                return .organization
            }
            // "W boson", "A3", "C/2026": letters and codes, not names.
            if t.length == 1 || (t.flags.contains(.digit) && t.length <= 3) { return nil }
            // "Lee", "Okafor"; but "the Moon", "the Sun" are no people.
            if isFamilyName(last), !isWord(last - 1, "the") { return .person }
            // "the Ministry", "the President": a title or a generic head word alone names nothing.
            if !lastRoles.isDisjoint(with: .headWord) {
                return nil
            }
            if speechFollows(last) || speechPrecedes(run[0]) { return .person }
            if hyphenatedGivenName(last) { return .person }
            if placePrepositionPrecedes(run[0], wide: true) { return .place }
            return .other
        }
        // Connected by "of"/"for": the head word decides ("Bank of …", "Gulf of …").
        for (index, w) in run.enumerated() where tokens[w].kind == .word && index > 0 {
            guard isWord(w, "of") || isWord(w, "for") else { continue }
            let head = roles(run[index - 1])
            if head.contains(.placeSuffix) || head.contains(.placePrefix) { return .place }
            return .organization
        }
        if lastRoles.contains(.orgSuffix) { return .organization }
        if lastRoles.contains(.eventSuffix) { return .other }
        if lastRoles.contains(.placeSuffix) || firstRoles.contains(.placePrefix) { return .place }
        if speechFollows(last) || speechPrecedes(run[0]) { return .person }
        // "El Fasher", "Los Angeles", "New Providence", "in Old Trafford": places.
        if firstRoles.contains(.placeArticle) || placePrepositionPrecedes(run[0], wide: false) { return .place }
        // Two to four title-case words with no other sign: most often a person.
        if run.count <= 4, run.allSatisfy({ !tokens[$0].flags.contains(.allCaps) && !tokens[$0].flags.contains(.digit) }) {
            return .person
        }
        return .other
    }

    func speechFollows(_ i: Int) -> Bool {
        var j = i + 1
        if j < tokens.count, tokens[j].kind == .punct, tokens[j].mark == 0x2C { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].flags.contains(.capitalised) else { return false }
        return isWord(j, "who") || roles(j).contains(.speech)
    }

    func speechPrecedes(_ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].flags.contains(.capitalised) else { return false }
        return roles(i - 1).contains(.speech)
    }

    /// "in Millbrook", "near Goma"; with `wide`, also "at", "to", "from" and "across", which are read
    /// only before one unknown word.
    private func placePrepositionPrecedes(_ i: Int, wide: Bool) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].flags.contains(.capitalised) else { return false }
        let p = i - 1
        if isWord(p, "in") || isWord(p, "near") || isWord(p, "outside") { return true }
        return wide && (isWord(p, "at") || isWord(p, "to") || isWord(p, "from") || isWord(p, "across"))
    }

    /// "Jae-myung", "Min-seo": a capitalised word, a hyphen, then lower case — a Korean or Chinese given name.
    private func hyphenatedGivenName(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.flags.contains(.ascii), !t.flags.contains(.allCaps) else { return false }
        var k = t.start + 1
        while k < t.end - 1 {
            if bytes[k] == 0x2D { return bytes[k + 1] >= 0x61 && bytes[k + 1] <= 0x7A }
            k += 1
        }
        return false
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[tokens[from].start..<tokens[to].end], as: UTF8.self)
    }

    /// A title's text, with the period of "Dr." or "Gen.".
    func roleText(_ from: Int, _ to: Int) -> String {
        var end = tokens[to].end
        if to + 1 < tokens.count, tokens[to + 1].mark == 0x2E, tokens[to + 1].start == end,
            tokens[to + 1].kind == .punct
        {
            end += 1
        }
        return String(decoding: bytes[tokens[from].start..<end], as: UTF8.self)
    }

    /// A lower-case title just before a name: "finance minister" in "finance minister Muhammad
    /// Aurangzeb", "chief executive" in "new chief executive Kelly Ortberg".
    func lowerCaseRole(before i: Int) -> String? {
        var k = i - 1
        guard k >= 0, tokens[k].kind == .word, !tokens[k].flags.contains(.capitalised), roles(k).contains(.title),
            !roles(k).contains(.function)
        else { return nil }
        var from = k
        k -= 1
        while k >= 0, k >= i - 3, tokens[k].kind == .word, !tokens[k].flags.contains(.capitalised),
            !roles(k).isDisjoint(with: .titleLike), !roles(k).contains(.function)
        {
            from = k
            k -= 1
        }
        return text(from, i - 1)
    }

    /// Adds one entity over the words `run`, with a trailing period for "Inc." and "Jr.".
    private mutating func emit(_ run: [Int], kind: NamedEntity.Kind, role: String?, nationality: String?) {
        guard let firstIndex = run.first, let lastIndex = run.last else { return }
        let start = tokens[firstIndex].start
        var end = tokens[lastIndex].end
        if lastIndex + 1 < tokens.count, tokens[lastIndex + 1].kind == .punct, tokens[lastIndex + 1].mark == 0x2E,
            tokens[lastIndex + 1].start == end, roles(lastIndex).contains(.keepsPeriod)
        {
            end += 1
        }
        let role = role ?? (kind == .person ? lowerCaseRole(before: firstIndex) : nil)
        var entity = NamedEntity(
            range: start..<end, text: String(decoding: bytes[start..<end], as: UTF8.self), kind: kind, role: role,
            nationality: nationality)
        // "the International Monetary Fund (IMF)": the acronym the text defines for this name.
        let open = lastIndex + 1
        if open + 2 < tokens.count, tokens[open].mark == 0x28, tokens[open + 2].mark == 0x29,
            tokens[open + 1].flags.contains(.allCaps) || tokens[open + 1].flags.contains(.capitalised), run.count > 1
        {
            entity.abbreviation = String(decoding: bytes[tokens[open + 1].start..<tokens[open + 1].end], as: UTF8.self)
        }
        // "(IMF)" right after its expansion takes the expansion's kind.
        if run.count == 1, firstIndex >= 2, tokens[firstIndex - 1].mark == 0x28, let previous = entities.last,
            previous.abbreviation == entity.text
        {
            entity.kind = previous.kind
        }
        entities.append(entity)
        entityTokens.append(firstIndex...lastIndex)
    }
}
