import Foundation
import NewsdeskCore
import NewsdeskIngest

/// Writes the conformance suite's normalized feed JSON straight into bytes, keys sorted.
///
/// `JSONSerialization` over `[String: Any]` copied every string of a large feed three more times
/// (bridged dictionary, serialized data, printed string) and was a fifth of the run; this writes
/// each value once.
struct FeedJSONWriter {
    private(set) var bytes: [UInt8] = []

    /// The normalized document of a parsed feed (`file` is added for batch output).
    mutating func write(_ feed: Feed, file: String? = nil) {
        bytes.reserveCapacity(bytes.count + 4096)
        append("{\"bozo\":")
        append(feed.bozo ? "true" : "false")
        append(",\"entries\":[")
        for (index, item) in feed.items.enumerated() {
            if index > 0 { append(",") }
            writeItem(item)
            // A large feed goes out as it is written, so its JSON is never all in memory at once.
            if bytes.count > 1 << 20 { flush() }
        }
        append("],\"feed\":{\"author\":")
        string(feed.author)
        append(",\"categories\":")
        strings(feed.categories)
        append(",\"id\":")
        string(feed.id)
        append(",\"language\":")
        string(feed.language)
        append(",\"link\":")
        string(feed.link)
        append(",\"published\":")
        date(feed.published)
        append(",\"subtitle\":")
        string(feed.description)
        append(",\"title\":")
        string(feed.title)
        append(",\"updated\":")
        date(feed.updated)
        append("}")
        if let file {
            append(",\"file\":")
            string(file)
        }
        append("}")
    }

    /// The document for bytes that are not a feed: bozo with the reason, no feed fields.
    mutating func writeFailure(_ reason: String, file: String? = nil) {
        append("{\"bozo\":true,\"bozo_exception\":")
        string(reason)
        append(",\"entries\":[],\"feed\":{}")
        if let file {
            append(",\"file\":")
            string(file)
        }
        append("}")
    }

    private mutating func writeItem(_ item: FeedItem) {
        append("{\"author\":")
        string(item.authors.first)
        append(",\"categories\":")
        strings(item.categories)
        append(",\"content\":")
        string(item.content)
        append(",\"enclosures\":[")
        for (index, enclosure) in item.enclosures.enumerated() {
            append(index > 0 ? ",{\"href\":" : "{\"href\":")
            string(enclosure.href)
            append(",\"length\":")
            string(enclosure.length)
            append(",\"type\":")
            string(enclosure.type)
            append("}")
        }
        append("],\"id\":")
        string(item.id)
        append(",\"link\":")
        string(item.link)
        append(",\"published\":")
        date(item.published)
        append(",\"summary\":")
        string(item.summary)
        append(",\"title\":")
        string(item.title)
        append(",\"updated\":")
        date(item.updated)
        append("}")
    }

    /// Ends the document with a newline and writes it to standard output.
    mutating func finishLine() {
        bytes.append(0x0A)
        flush()
        bytes = []
    }

    /// Writes what has been written so far to standard output.
    private mutating func flush() {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func date(_ value: Date?) {
        string(value.map(FeedDateParser.iso8601String))
    }

    private mutating func strings(_ values: [String]) {
        append("[")
        for (index, value) in values.enumerated() {
            if index > 0 { append(",") }
            string(value)
        }
        append("]")
    }

    /// A JSON string (or null): quotes, backslashes and control characters escaped, `/` and
    /// non-ASCII text written as they are.
    private mutating func string(_ value: String?) {
        guard var value else { return append("null") }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied in one go.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
