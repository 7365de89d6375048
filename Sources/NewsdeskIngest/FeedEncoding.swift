import Foundation

/// Finds a feed's character encoding and hands libxml2 UTF-8 where libxml2 would not manage alone:
/// UTF-32 and UTF-16 (with or without a byte order mark), and bytes that are not the UTF-8 their
/// declaration (or its absence) promises, which feedparser and browsers read as windows-1252.
enum FeedEncoding {
    struct Result {
        var data: Data
        /// Why the bytes did not match the declared encoding, when they did not.
        var mismatch: String?
    }

    static func normalize(_ data: Data) -> Result {
        let bytes = [UInt8](data.prefix(4))
        guard bytes.count == 4 else { return Result(data: data) }
        let wide: String.Encoding? = switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0xFF, 0xFE, 0, 0), (0x3C, 0, 0, 0): .utf32LittleEndian
        case (0, 0, 0xFE, 0xFF), (0, 0, 0, 0x3C): .utf32BigEndian
        case (0xFF, 0xFE, _, _), (0x3C, 0, 0x3F, 0): .utf16LittleEndian
        case (0xFE, 0xFF, _, _), (0, 0x3C, 0, 0x3F): .utf16BigEndian
        default: nil
        }
        if let wide {
            var body = data
            let bomLength = switch (bytes[0], bytes[1]) {
            case (0xFF, 0xFE) where bytes[2] == 0 && bytes[3] == 0, (0, 0) where bytes[2] == 0xFE: 4
            case (0xFF, 0xFE), (0xFE, 0xFF): 2
            default: 0
            }
            body.removeFirst(bomLength)
            guard let text = String(data: body, encoding: wide) else { return Result(data: data, mismatch: "the bytes are not valid \(wide)") }
            return Result(data: Data(withDeclaredUTF8(text).utf8))
        }
        let declared = declaredEncoding(data)?.lowercased()
        let isUTF8Declared = declared == nil || declared == "utf-8" || declared == "utf8"
        if isUTF8Declared, String(data: data, encoding: .utf8) == nil {
            // Not UTF-8 after all: read the bytes as windows-1252, which decodes every byte.
            if let text = String(data: data, encoding: .windowsCP1252) {
                return Result(data: Data(withDeclaredUTF8(text).utf8), mismatch: "the document is not valid UTF-8; read as windows-1252")
            }
        }
        if let declared, ["iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"].contains(declared),
            data.contains(where: { $0 >= 0x80 && $0 <= 0x9F })
        {
            // Latin-1 declarations hide windows-1252 punctuation in 0x80–0x9F ("smart quotes").
            if let text = String(data: data, encoding: .windowsCP1252) { return Result(data: Data(withDeclaredUTF8(text).utf8)) }
        }
        return Result(data: data)
    }

    /// The `encoding` of the XML declaration, if any.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(200))
        guard head.starts(with: "<?xml".utf8) || head.starts(with: [0xEF, 0xBB, 0xBF] + Array("<?xml".utf8)),
            let end = head.firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The text with its XML declaration's encoding replaced by UTF-8, the encoding it now has.
    static func withDeclaredUTF8(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard text.hasPrefix("<?xml"), let end = text.firstIndex(of: ">") else { return text }
        let declaration = String(text[..<end])
        guard let range = declaration.range(of: "encoding") else { return text }
        let rest = declaration[range.upperBound...]
        guard let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }),
            let close = rest[rest.index(after: open)...].firstIndex(of: rest[open])
        else { return text }
        return String(text[..<range.lowerBound]) + "encoding=\"utf-8\"" + String(text[text.index(after: close)...])
    }

    /// C1 control characters (U+0080–U+009F) are almost always windows-1252 punctuation decoded as
    /// Latin-1; feedparser maps them back, as browsers do.
    static func replacingC1Controls(_ text: String) -> String {
        // C1 controls are encoded as 0xC2 0x80...0x9F; memchr finds out at once that there are none.
        let hasC2 = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, 0xC2, buffer.count) != nil } ?? false
        }
            ?? text.utf8.contains(0xC2)
        guard hasC2 else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80, scalar.value <= 0x9F, let mapped = windows1252[Int(scalar.value - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}",
        "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil, nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}",
        "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}",
        "\u{0178}",
    ]
}
