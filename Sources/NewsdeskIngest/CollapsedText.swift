/// Whitespace collapsing on UTF-8 bytes: runs of Unicode white space become one space, ends are
/// trimmed. The same result as splitting a `String` at `Character.isWhitespace` and joining with
/// spaces, without decoding characters (that was a tenth of the extraction time).
enum CollapsedText {
    static func collapse(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { input in
            var index = 0
            var pendingSpace = false
            while index < input.count {
                let width = whitespaceWidth(input, at: index)
                if width > 0 {
                    pendingSpace = !result.isEmpty
                    index += width
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(input[index])
                    index += 1
                }
            }
        }
        return result
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: collapse(bytes), as: UTF8.self)
    }

    /// The byte length of the white-space character at `index`, or 0: ASCII tab to carriage
    /// return and space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
    /// and U+3000 (Unicode's White_Space property).
    @inline(__always)
    static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            return remaining >= 2 && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return remaining >= 3 && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return remaining >= 3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}

extension String {
    /// Runs of whitespace become one space; ends trimmed.
    var collapsingWhitespace: String {
        CollapsedText.string(Array(utf8))
    }
}
