import CLibXML2
import Foundation

/// Read-only access to libxml2 nodes without allocating through libxml2 (no `xmlFree` needed).
typealias NodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name, lower-cased for HTML (libxml2's HTML parser already lower-cases tags).
    var name: String {
        guard let raw = pointee.name else { return "" }
        return String(cString: raw)
    }

    /// The namespace URI of an element, if any.
    var namespaceURI: String? {
        guard let ns = pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    var prefix: String? {
        guard let ns = pointee.ns, let p = ns.pointee.prefix else { return nil }
        return String(cString: p)
    }

    var firstChild: NodePointer? { pointee.children }
    var nextSibling: NodePointer? { pointee.next }
    var parentNode: NodePointer? { pointee.parent }

    /// Child elements in order.
    var elementChildren: [NodePointer] {
        var result: [NodePointer] = []
        var child = pointee.children
        while let c = child {
            if c.isElement { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    /// The value of an attribute by local name (any namespace), or nil.
    func attribute(_ wanted: StaticString) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let n = a.pointee.name, bytesEqual(n, wanted) {
                return attributeValue(a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// An attribute in a given namespace (e.g. `xml:base`).
    func attribute(_ wanted: StaticString, namespace: String) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let n = a.pointee.name, bytesEqual(n, wanted),
                let ns = a.pointee.ns, let href = ns.pointee.href, String(cString: href) == namespace
            {
                return attributeValue(a)
            }
            attr = a.pointee.next
        }
        return nil
    }


    /// All text below this node, in document order.
    var textContent: String {
        var bytes: [UInt8] = []
        appendText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Entity references expand at most this far into a text: internal entities are kept as
    /// references (no `XML_PARSE_NOENT`), and a few thousand references to a large entity would
    /// otherwise grow one title to gigabytes (the "quadratic blowup").
    static var maximumEntityExpansion: Int { 1 << 20 }

    func appendText(to bytes: inout [UInt8]) {
        if isText {
            if let content = pointee.content { appendCString(content, to: &bytes) }
            return
        }
        if pointee.type == XML_ENTITY_REF_NODE {
            if let content = pointee.content, bytes.count + strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)) <= Self.maximumEntityExpansion {
                appendCString(content, to: &bytes)
            }
            return
        }
        var child = pointee.children
        while let c = child {
            c.appendText(to: &bytes)
            child = c.pointee.next
        }
    }

    /// Depth-first walk of the element subtree, the node itself first.
    func forEachElement(_ body: (NodePointer) -> Void) {
        if isElement { body(self) }
        var child = pointee.children
        while let c = child {
            if c.isElement || c.pointee.children != nil { c.forEachElement(body) }
            child = c.pointee.next
        }
    }
}

/// Appends a NUL-terminated libxml2 string in one copy (a byte-at-a-time append checks capacity on
/// every byte, and text nodes of full-content entries run to kilobytes).
@inline(__always)
func appendCString(_ pointer: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
    let count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
}

/// Appends an attribute's value (the text of its children) to `bytes`.
func appendAttributeValue(_ attribute: UnsafeMutablePointer<xmlAttr>, to bytes: inout [UInt8]) {
    var node = attribute.pointee.children
    while let n = node {
        if let content = n.pointee.content { appendCString(content, to: &bytes) }
        node = n.pointee.next
    }
}

/// An attribute's value as a string.
func attributeValue(_ attribute: UnsafeMutablePointer<xmlAttr>) -> String {
    var bytes: [UInt8] = []
    appendAttributeValue(attribute, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}
