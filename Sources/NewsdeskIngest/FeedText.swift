import CLibXML2
import Foundation

/// A text construct of a feed (title, subtitle, summary, content) after decoding: plain text, or
/// sanitized HTML.
struct FeedText: Equatable {
    var value: String
    var isHTML: Bool

    static let textTypes: Set<String> = ["text", "html", "xhtml"]

    /// The value as HTML: plain text is escaped, HTML is already sanitized.
    var html: String { isHTML ? value : HTMLSanitizer.escapeText(value) }

    /// Reads an element as a text construct.
    ///
    /// 1. `mode="base64"` decodes the text first; `mode="escaped"` means HTML.
    /// 2. `type` picks text, HTML or XHTML; without one, child elements make it markup and
    ///    `defaultHTML` decides for plain character data (RSS descriptions are HTML, titles text).
    /// 3. Markup is serialized and sanitized with relative URIs resolved against `base`.
    static func read(_ node: NodePointer, base: String?, defaultHTML: Bool, dropsXHTMLDiv: Bool = false) -> FeedText {
        // Most elements have no type; Foundation's trimming is not free even on an empty string.
        let type = node.attribute("type").map { $0.lowercased().trimmingCharacters(in: .whitespaces) } ?? ""
        let mode = (node.attribute("mode") ?? "").lowercased()
        var hasChildElements = false
        var child = node.pointee.children
        while let c = child, !hasChildElements {
            hasChildElements = c.isElement
            child = c.pointee.next
        }
        var text = FeedEncoding.replacingC1Controls(node.textContent)
        // Atom 1.0 carries other media types base64-encoded.
        let isBinaryType = !type.isEmpty && !textTypes.contains(type) && !type.hasPrefix("text/") && !type.hasSuffix("xml")
        if mode == "base64" || isBinaryType,
            let decoded = Data(base64Encoded: text.trimmingWhitespace(), options: .ignoreUnknownCharacters)
        {
            text = String(decoding: decoded, as: UTF8.self)
        }
        let sanitizer = HTMLSanitizer()
        let isMarkupType = type.isEmpty || type == "xhtml" || type.hasSuffix("xml")
        if hasChildElements, isMarkupType, mode != "base64", mode != "escaped" {
            // Inline XHTML (Atom `type="xhtml"`) or naked markup: serialize the element children.
            var children = Array(sequence(first: node.pointee.children, next: { $0?.pointee.next }).compactMap { $0 })
            if dropsXHTMLDiv, type.contains("xhtml"), let only = node.elementChildren.first, node.elementChildren.count == 1, only.name == "div",
                children.allSatisfy({ $0 == only || ($0.isText && ($0.textContent.allSatisfy(\.isWhitespace))) })
            {
                // Atom 1.0's wrapping xhtml:div is not part of the content.
                children = Array(sequence(first: only.pointee.children, next: { $0?.pointee.next }).compactMap { $0 })
            }
            return FeedText(value: sanitizer.sanitize(nodes: children, baseURL: base), isHTML: true)
        }
        let isHTML: Bool
        switch type {
        case "text", "text/plain": isHTML = mode == "escaped" && type != "text"
        case "html", "text/html", "xhtml", "application/xhtml+xml": isHTML = true
        case _ where isBinaryType: isHTML = false
        case "": isHTML = defaultHTML || mode == "escaped"
        default: isHTML = type.hasSuffix("xml") || type.hasSuffix("html")
        }
        if isHTML {
            return FeedText(value: sanitizer.sanitize(text, baseURL: base), isHTML: true)
        }
        return FeedText(value: text.trimmingWhitespace(), isHTML: false)
    }
}

/// Writes XML nodes back as markup with local names, for inline XHTML content.
enum XMLMarkupWriter {
    /// Deeper nesting is written as text only; the sanitizer flattens it anyway.
    static let maximumDepth = 200

    static func write(_ node: NodePointer, into output: inout [UInt8], depth: Int) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                HTMLSanitizer.Writer.escape(content, into: &output, attribute: false)
            }
        case XML_ELEMENT_NODE:
            guard depth < maximumDepth else {
                var text: [UInt8] = []
                node.appendText(to: &text)
                HTMLSanitizer.Writer.escape(text, into: &output, attribute: false)
                return
            }
            let name = node.name
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            var attribute = node.pointee.properties
            while let a = attribute {
                if let raw = a.pointee.name {
                    output.append(UInt8(ascii: " "))
                    if let ns = a.pointee.ns, let prefix = ns.pointee.prefix {
                        appendCString(prefix, to: &output)
                        output.append(UInt8(ascii: ":"))
                    }
                    appendCString(raw, to: &output)
                    output.append(contentsOf: "=\"".utf8)
                    var value: [UInt8] = []
                    appendAttributeValue(a, to: &value)
                    HTMLSanitizer.Writer.escape(value, into: &output, attribute: true)
                    output.append(UInt8(ascii: "\""))
                }
                attribute = a.pointee.next
            }
            if node.pointee.children == nil, HTMLSanitizer.voidElements.contains(name.lowercased()) {
                output.append(contentsOf: " />".utf8)
                return
            }
            output.append(UInt8(ascii: ">"))
            var child = node.pointee.children
            while let c = child {
                write(c, into: &output, depth: depth + 1)
                child = c.pointee.next
            }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        case XML_ENTITY_REF_NODE:
            node.appendText(to: &output)
        default:
            return
        }
    }
}
