import CLibXML2
import Foundation

/// Cleans HTML from feeds with an allow-list: only known-safe elements, attributes, CSS properties and
/// URI schemes survive; scripts, styles and applets go with their content; comments and processing
/// instructions are dropped; relative URIs are resolved against the entry's base.
///
/// ```swift
/// HTMLSanitizer().sanitize(#"<img src="a.jpg" onerror="x()">"#, baseURL: "http://example.com/")
/// // <img src="http://example.com/a.jpg" />
/// ```
public struct HTMLSanitizer: Sendable {
    public struct Options: Sendable {
        /// Fragments past this size are cut before parsing; feed entries stay far below it, and the
        /// HTML parser's time grows with input.
        public var maximumBytes = 4 * 1024 * 1024
        /// Elements nested deeper than this are flattened to their text, so hostile nesting cannot
        /// exhaust the stack of the recursive walk (libxml2 itself stops at 256 levels).
        public var maximumDepth = 200

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Returns the sanitized markup, trimmed of surrounding whitespace.
    public func sanitize(_ html: String, baseURL: String? = nil) -> String {
        var source = Array(html.utf8)
        if source.count > options.maximumBytes { source.removeLast(source.count - options.maximumBytes) }
        // Skip the parser for plain text: most titles and many summaries have no markup at all.
        if !source.contains(UInt8(ascii: "<")) && !source.contains(UInt8(ascii: "&")) {
            return html.trimmingWhitespace()
        }
        if let plain = Self.sanitizedPlainMarkup(source) { return plain }
        return parsed(source, baseURL: baseURL)
    }

    /// Sanitizes through libxml2's HTML parser: what `sanitize` does with anything but plain text
    /// and plain markup.
    func parsed(_ bytes: [UInt8], baseURL: String?) -> String {
        let source = Self.mappingC1References(bytes)
        // The HTML parser wraps leading text of a bare fragment in an implied <p>; an explicit body
        // keeps the fragment as it is.
        var wrapped: [UInt8] = []
        wrapped.reserveCapacity(source.count + 26)
        wrapped.append(contentsOf: "<html><body>".utf8)
        wrapped.append(contentsOf: source)
        wrapped.append(contentsOf: "</body></html>".utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let document = wrapped.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                if let context = ParserContext.current() {
                    return htmlCtxtReadMemory(context, bytes, Int32(buffer.count), nil, "UTF-8", options)
                }
                return htmlReadMemory(bytes, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return "" }
        defer { xmlFreeDoc(document) }
        var writer = Writer(baseURL: baseURL, maximumDepth: self.options.maximumDepth)
        // The sanitized markup is rarely much longer than the source; one allocation up front.
        writer.output.reserveCapacity(source.count + 64)
        if let root = xmlDocGetRootElement(document) {
            let body = root.elementChildren.first { $0.name == "body" } ?? root
            writer.children(of: body, depth: 0)
        }
        return String(decoding: writer.output, as: UTF8.self).trimmingWhitespace()
    }

    /// Sanitizes nodes of an XML document (inline XHTML) without reparsing them as HTML.
    func sanitize(nodes: [NodePointer], baseURL: String?) -> String {
        var writer = Writer(baseURL: baseURL, maximumDepth: options.maximumDepth)
        writer.fromXML = true
        for node in nodes { writer.write(node, depth: 1) }
        return String(decoding: writer.output, as: UTF8.self).trimmingWhitespace()
    }

    /// Serializes the allowed part of a parsed tree.
    struct Writer {
        let baseURL: String?
        let maximumDepth: Int
        /// Whether the tree came from XML (inline XHTML), where an empty element was written empty;
        /// in parsed HTML an empty SVG element was self-closed and keeps no end tag.
        var fromXML = false
        /// Inside `<svg>` or `<math>`.
        var vocabulary: Vocabulary?
        var output: [UInt8] = []

        init(baseURL: String?, maximumDepth: Int) {
            self.baseURL = baseURL
            self.maximumDepth = maximumDepth
            output.reserveCapacity(1024)
        }

        mutating func children(of node: NodePointer, depth: Int) {
            var child = node.pointee.children
            while let c = child {
                write(c, depth: depth + 1)
                child = c.pointee.next
            }
        }

        mutating func write(_ node: NodePointer, depth: Int) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { Self.escape(content, into: &output, attribute: false) }
            case XML_ELEMENT_NODE:
                var name = node.name.lowercased()
                if HTMLSanitizer.droppedWithContent.contains(name) { return }
                let outer = vocabulary
                defer { vocabulary = outer }
                var foreign: Vocabulary?
                if vocabulary == nil, name == "svg" { vocabulary = .svg }
                if vocabulary == nil, name == "math" { vocabulary = .mathML }
                if let vocabulary, let canonical = vocabulary.element(name) {
                    name = canonical
                    foreign = vocabulary
                }
                guard depth < maximumDepth, foreign != nil || HTMLSanitizer.allowedElements.contains(name) else {
                    if depth < maximumDepth { children(of: node, depth: depth) } else { node.appendText(to: &output) }
                    return
                }
                output.append(UInt8(ascii: "<"))
                output.append(contentsOf: name.utf8)
                writeAttributes(of: node, vocabulary: foreign)
                if foreign != nil, outer == nil {
                    output.append(contentsOf: " xmlns=\"\(foreign!.namespace)\"".utf8)
                }
                if foreign == nil, HTMLSanitizer.voidElements.contains(name) {
                    output.append(contentsOf: " />".utf8)
                    return
                }
                output.append(UInt8(ascii: ">"))
                if foreign != nil, node.pointee.children == nil, !fromXML { return }
                children(of: node, depth: depth)
                output.append(contentsOf: "</".utf8)
                output.append(contentsOf: name.utf8)
                output.append(UInt8(ascii: ">"))
            default:
                // Comments, processing instructions and DTD nodes: dropped (IE ran conditional comments).
                return
            }
        }

        mutating func writeAttributes(of node: NodePointer, vocabulary: Vocabulary?) {
            var attribute = node.pointee.properties
            var usesXLink = false
            while let a = attribute {
                defer { attribute = a.pointee.next }
                guard let rawName = a.pointee.name else { continue }
                var name = String(cString: rawName).lowercased()
                if let ns = a.pointee.ns, let prefix = ns.pointee.prefix { name = String(cString: prefix).lowercased() + ":" + name }
                if let vocabulary {
                    guard let canonical = vocabulary.attribute(name) else { continue }
                    name = canonical
                    if name.hasPrefix("xlink:") { usesXLink = true }
                } else {
                    guard HTMLSanitizer.allowedAttributes.contains(name) else { continue }
                }
                var bytes: [UInt8] = []
                appendAttributeValue(a, to: &bytes)
                var text = String(decoding: bytes, as: UTF8.self)
                // SVG animation (`<set attributeName="href" to="javascript:...">`) can put any value
                // into a link, so no attribute may carry a script URI at all.
                if Self.carriesScriptURI(bytes) { continue }
                if name == "style" {
                    text = CSSSanitizer.sanitize(text)
                    if text.isEmpty { continue }
                } else if HTMLSanitizer.uriAttributes.contains(name) || name == "xlink:href" {
                    guard let safe = URISafety.safeURI(text, base: baseURL) else { continue }
                    text = safe
                }
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: name.utf8)
                output.append(contentsOf: "=\"".utf8)
                text.utf8.withContiguousStorageIfAvailable { Self.escape($0, into: &output, attribute: true) }
                    ?? Self.escape(Array(text.utf8), into: &output, attribute: true)
                output.append(UInt8(ascii: "\""))
            }
            if usesXLink { output.append(contentsOf: #" xmlns:xlink="http://www.w3.org/1999/xlink""#.utf8) }
        }

        /// Whether a value names a `javascript:`, `vbscript:` or `data:` URI anywhere, ignoring case,
        /// whitespace and control characters as browsers do.
        static func carriesScriptURI(_ bytes: [UInt8]) -> Bool {
            guard bytes.contains(UInt8(ascii: ":")) else { return false }
            let compact = bytes.filter { $0 > 0x20 }.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
            // Byte search: Foundation's `String.contains(String)` goes through NSString on Linux.
            return scriptSchemes.contains { scheme in
                compact.count >= scheme.count && (0...(compact.count - scheme.count)).contains { start in
                    compact[start] == scheme[0] && compact[start..<(start + scheme.count)].elementsEqual(scheme)
                }
            }
        }

        static let scriptSchemes: [[UInt8]] = ["javascript:", "vbscript:", "livescript:"].map { Array($0.utf8) }

        static func escape(_ pointer: UnsafePointer<xmlChar>, into output: inout [UInt8], attribute: Bool) {
            // Runs without a special byte are copied whole: most text has few or none.
            var p = pointer
            var run = pointer
            while true {
                let byte = p.pointee
                if byte == 0 { break }
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || (attribute && byte == UInt8(ascii: "\""))
                {
                    if p > run { output.append(contentsOf: UnsafeBufferPointer(start: run, count: p - run)) }
                    escapeByte(byte, into: &output, attribute: attribute)
                    p += 1
                    run = p
                } else {
                    p += 1
                }
            }
            if p > run { output.append(contentsOf: UnsafeBufferPointer(start: run, count: p - run)) }
        }

        static func escape<C: Collection<UInt8>>(_ bytes: C, into output: inout [UInt8], attribute: Bool) {
            for byte in bytes { escapeByte(byte, into: &output, attribute: attribute) }
        }

        @inline(__always)
        static func escapeByte(_ byte: UInt8, into output: inout [UInt8], attribute: Bool) {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
    }

    /// Rewrites `&#146;` and `&#x92;`, references to C1 controls that mean windows-1252 punctuation,
    /// to the characters meant; the HTML parser would drop them.
    static func mappingC1References(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "#")) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") {
                let hex = bytes[i + 2] | 0x20 == UInt8(ascii: "x")
                var j = i + (hex ? 3 : 2)
                var value = 0
                while j < bytes.count, j - i < 10, let digit = Self.digitValue(bytes[j], hex: hex) {
                    value = value * (hex ? 16 : 10) + digit
                    j += 1
                }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";"), (0x80...0x9F).contains(value),
                    let mapped = FeedEncoding.windows1252[value - 0x80]
                {
                    output.append(contentsOf: "&#\(mapped.value);".utf8)
                    i = j + 1
                    continue
                }
            }
            output.append(bytes[i])
            i += 1
        }
        return output
    }

    static func digitValue(_ byte: UInt8, hex: Bool) -> Int? {
        switch byte {
        case 48...57: Int(byte - 48)
        case 97...102 where hex: Int(byte - 87)
        case 65...70 where hex: Int(byte - 55)
        default: nil
        }
    }

    /// Escapes plain text for use as HTML content.
    public static func escapeText(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        Writer.escape(text.utf8, into: &output, attribute: false)
        return String(decoding: output, as: UTF8.self)
    }
}
