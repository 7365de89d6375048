import Foundation

/// Attributes no part of the extraction reads (`data-*`, `srcset`, `onclick`, link targets...),
/// dropped from each tag before parsing: after scripts and style sheets they are most of a news
/// page's bytes, and libxml2 builds two nodes and a string for each one.
extension HTMLPrefilter {
    /// The attributes read by the metadata reader, the element table and libxml2's charset
    /// detection; `href` is kept on `<link>` only (the canonical URL).
    static let keptAttributes: [StaticString] = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "content", "property", "name", "rel",
        "datetime", "type", "lang", "charset", "http-equiv",
    ]

    /// Writes the tag from `open` to `tagEnd` (its `>`) into `tag` with only the kept attributes;
    /// false, and `tag` untouched, when it has none to drop. Attributes are split as libxml2 does:
    /// a name, then optionally `=` and a value quoted with `"` or `'` or running to white space.
    static func rewriteTag(_ base: UnsafePointer<UInt8>, open: Int, nameEnd: Int, tagEnd: Int, into tag: inout [UInt8]) -> Bool {
        let isLink = equalsIgnoringCase(UnsafeBufferPointer(start: base + open + 1, count: nameEnd - open - 1), "link")
        var kept: [Range<Int>] = []
        var dropped = false
        var index = nameEnd
        var consumed = nameEnd
        while index < tagEnd {
            let byte = base[index]
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let start = index
            while index < tagEnd, !isSpace(base[index]), base[index] != UInt8(ascii: "="), base[index] != UInt8(ascii: "/") { index += 1 }
            let name = UnsafeBufferPointer(start: base + start, count: index - start)
            if index == start { index += 1 }  // a stray "=": skipped like any other junk
            var end = index
            while end < tagEnd, isSpace(base[end]) { end += 1 }
            if end < tagEnd, base[end] == UInt8(ascii: "=") {
                end += 1
                while end < tagEnd, isSpace(base[end]) { end += 1 }
                if end < tagEnd, base[end] == UInt8(ascii: "\"") || base[end] == UInt8(ascii: "'") {
                    let quote = base[end]
                    end += 1
                    while end < tagEnd, base[end] != quote { end += 1 }
                    end = min(end + 1, tagEnd)
                } else {
                    while end < tagEnd, !isSpace(base[end]) { end += 1 }
                }
                index = end
            }
            consumed = index
            if name.count > 0, (isLink && equalsIgnoringCase(name, "href")) || keptAttributes.contains(where: { equalsIgnoringCase(name, $0) }) {
                kept.append(start..<index)
            } else {
                dropped = true
            }
        }
        guard dropped else { return false }
        tag.removeAll(keepingCapacity: true)
        tag.append(contentsOf: UnsafeBufferPointer(start: base + open, count: nameEnd - open))
        for range in kept {
            tag.append(0x20)
            tag.append(contentsOf: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
        }
        // A closing "/" that no attribute value took makes the element empty, as in the original.
        if base[tagEnd - 1] == UInt8(ascii: "/"), tagEnd - 1 >= consumed { tag.append(UInt8(ascii: "/")) }
        tag.append(UInt8(ascii: ">"))
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
