import CLibXML2
import Foundation

/// Rewrites HTML named entities (`&hellip;`, `&nbsp;`), which XML does not define, as numeric
/// character references before the XML parser sees them; feeds use them all the time and libxml2
/// would drop them. A document that declares its own entities is left alone.
enum HTMLEntityRewriter {
    /// The rewritten document and how many references were rewritten, or nil when nothing changed.
    static func rewrite(_ data: Data) -> (data: Data, count: Int)? {
        data.withUnsafeBytes { raw in rewrite(raw.bindMemory(to: UInt8.self)) }
    }

    static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> (data: Data, count: Int)? {
        guard bytes.contains(UInt8(ascii: "&")), !contains(bytes, "<!ENTITY") else { return nil }
        // Bytes are copied in runs, only once something has to change: most feeds need no rewrite
        // at all, and then nothing is copied.
        var output: [UInt8] = []
        var runStart = 0
        var count = 0
        func replace(_ range: Range<Int>, with replacement: (inout [UInt8]) -> Void) {
            if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<range.lowerBound]))
            replacement(&output)
            runStart = range.upperBound
            count += 1
        }
        var i = 0
        let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
        let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), matches(bytes, at: i, cdataOpen) || matches(bytes, at: i, commentOpen) {
                // Character data sections and comments are literal text: `&hellip;` there stays as written.
                let close = bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") ? commentClose : cdataClose
                i = find(bytes, close, from: i + 4).map { $0 + close.count } ?? bytes.count
                continue
            }
            guard b == UInt8(ascii: "&") else {
                i += 1
                continue
            }
            if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") {
                // `&#X41;`: XML only knows a lower-case x.
                if bytes[i + 2] == UInt8(ascii: "X") {
                    replace(i..<(i + 3)) { $0.append(contentsOf: "&#x".utf8) }
                    i += 3
                } else {
                    i += 1
                }
                continue
            }
            var j = i + 1
            // Entity names are short; 32 bytes covers every HTML 4 name.
            while j < bytes.count, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1 {
                let nameBytes = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])
                // The XML-predefined five are by far the most common; checked without an allocation.
                if isXMLPredefined(nameBytes) {
                    i = j + 1
                    continue
                }
                if let value = lookup(Array(nameBytes)) {
                    replace(i..<(j + 1)) { appendReference(value, to: &$0) }
                    i = j + 1
                    continue
                }
            }
            // A bare ampersand (`?a=1&b=2`) or an unknown entity: kept as the text it is.
            replace(i..<(i + 1)) { $0.append(contentsOf: "&amp;".utf8) }
            i += 1
        }
        guard count > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        return (Data(output), count)
    }

    /// Writes `&#NNN;` without building a string.
    static func appendReference(_ value: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "&"))
        output.append(UInt8(ascii: "#"))
        var digits: [UInt8] = []
        var v = value
        repeat {
            digits.append(UInt8(48 + v % 10))
            v /= 10
        } while v > 0
        output.append(contentsOf: digits.reversed())
        output.append(UInt8(ascii: ";"))
    }

    /// Whether a name is one of XML's predefined five (`amp`, `lt`, `gt`, `quot`, `apos`), which
    /// stay as written.
    @inline(__always) static func isXMLPredefined(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 2: return (name[0] == UInt8(ascii: "l") || name[0] == UInt8(ascii: "g")) && name[1] == UInt8(ascii: "t")
        case 3: return name[0] == UInt8(ascii: "a") && name[1] == UInt8(ascii: "m") && name[2] == UInt8(ascii: "p")
        case 4: return name.elementsEqual("quot".utf8) || name.elementsEqual("apos".utf8)
        default: return false
        }
    }

    static func lookup(_ name: [UInt8]) -> UInt32? {
        let entity = (name + [0]).withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress) }
        return entity.map { UInt32($0.pointee.value) }
    }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ pattern: [UInt8]) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, start <= bytes.count else { return nil }
        var i = start
        let last = bytes.count - pattern.count
        guard let base = bytes.baseAddress else { return nil }
        while i <= last {
            // memchr jumps to the next candidate: CDATA sections run to kilobytes.
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
            if k == pattern.count { return i }
            i += 1
        }
        return nil
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool { find(bytes, Array(text.utf8), from: 0) != nil }
}
