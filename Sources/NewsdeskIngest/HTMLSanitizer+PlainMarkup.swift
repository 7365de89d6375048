extension HTMLSanitizer {
    /// The sanitized form of a fragment in plain markup, or nil when the fragment needs the parser.
    ///
    /// Much feed content is paragraphs and emphasis and nothing else: `<p>…</p><p>… <em>…</em></p>`.
    /// For such a fragment the sanitizer's output is the fragment itself (with `<br>` written
    /// `<br />`), so parsing it into a tree only to write it back costs a tree for nothing. The
    /// fragment qualifies only when it could not parse any other way:
    /// - tags are lower-case names from a short list, with no attributes and no spaces;
    /// - elements nest as written: every end tag closes the innermost open element, everything is
    ///   closed at the end, and no element stands where HTML's parser would close or move it
    ///   (a block inside a paragraph or inside inline text, a list item outside a list);
    /// - the text has no `&`, `>`, control characters other than tab and line feed, or invalid UTF-8,
    ///   and no text but white space stands directly inside a list.
    /// Anything else returns nil, and the caller parses. A test compares both paths on every
    /// fragment of the sanitizer suite and on generated ones.
    static func sanitizedPlainMarkup(_ source: [UInt8]) -> String? {
        guard source.count <= 1 << 16 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(source.count + 16)
        var open: [PlainElement] = []
        var i = 0
        var textStart = 0
        func textIsAllowed(_ start: Int, _ end: Int) -> Bool {
            guard start < end else { return true }
            // Text directly inside a list or a blockquote is moved or wrapped by the parser.
            if let top = open.last, top.kind == .list || top == .blockquote { return false }
            for index in start..<end {
                let byte = source[index]
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: ">") || byte == 0x0D || byte == 0x7F { return false }
                if byte < 0x20, byte != 0x09, byte != 0x0A { return false }
                // C1 controls (U+0080 to U+009F), which the parser path maps or drops.
                if byte == 0xC2, index + 1 < end, source[index + 1] >= 0x80, source[index + 1] <= 0x9F { return false }
            }
            return true
        }
        while i < source.count {
            guard source[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            guard textIsAllowed(textStart, i) else { return nil }
            output.append(contentsOf: source[textStart..<i])
            // A tag: `<name>` or `</name>`.
            var j = i + 1
            let closing = j < source.count && source[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < source.count, (source[j] >= 0x61 && source[j] <= 0x7A) || (source[j] >= 0x31 && source[j] <= 0x36) { j += 1 }
            guard j < source.count, source[j] == UInt8(ascii: ">"), j > nameStart,
                let element = PlainElement(source[nameStart..<j])
            else { return nil }
            if closing {
                guard element != .br, open.last == element else { return nil }
                open.removeLast()
                output.append(contentsOf: source[i...j])
            } else if element == .br {
                guard open.last.map({ $0.kind != .list }) ?? true, open.last != .blockquote else { return nil }
                output.append(contentsOf: "<br />".utf8)
            } else {
                guard element.mayStand(in: open.last), open.count < 32 else { return nil }
                open.append(element)
                output.append(contentsOf: source[i...j])
            }
            i = j + 1
            textStart = i
        }
        guard open.isEmpty, textIsAllowed(textStart, source.count) else { return nil }
        output.append(contentsOf: source[textStart...])
        guard let text = String(validating: output, as: UTF8.self) else { return nil }
        return text.trimmingWhitespace()
    }

    /// The elements plain markup may use.
    enum PlainElement: Equatable {
        case p, br, em, strong, b, i, code, ul, ol, li, blockquote, h2, h3, h4

        enum Kind { case block, inline, list, item }

        init?(_ name: ArraySlice<UInt8>) {
            switch String(decoding: name, as: UTF8.self) {
            case "p": self = .p
            case "br": self = .br
            case "em": self = .em
            case "strong": self = .strong
            case "b": self = .b
            case "i": self = .i
            case "code": self = .code
            case "ul": self = .ul
            case "ol": self = .ol
            case "li": self = .li
            case "blockquote": self = .blockquote
            case "h2": self = .h2
            case "h3": self = .h3
            case "h4": self = .h4
            default: return nil
            }
        }

        var kind: Kind {
            switch self {
            case .p, .h2, .h3, .h4, .blockquote: .block
            case .ul, .ol: .list
            case .li: .item
            case .br, .em, .strong, .b, .i, .code: .inline
            }
        }

        /// Whether HTML's parser leaves this element where it is inside `parent` (nil: the body).
        func mayStand(in parent: PlainElement?) -> Bool {
            guard let parent else { return kind != .item }
            switch (parent.kind, kind) {
            case (.list, .item): return true
            case (.list, _), (_, .item): return false
            case (_, .inline): return parent != .blockquote
            case (.block, .block), (.block, .list):
                // Only a blockquote holds blocks; paragraphs and headings close before one.
                return parent == .blockquote && self == .p
            default: return false
            }
        }
    }
}
