import CLibXML2
import Foundation

/// What the main-text finder needs to know about every element of one page, worked out in one
/// walk before any scoring: its tag, what its attributes and class names say, and the sizes of
/// its text and link text.
///
/// Scoring and reading ask the same questions of the same elements many times (is this box
/// hidden, is it named like a share bar, how much of its text is links); answering each from a
/// walk of the subtree made extraction cost several times the parse. Each element's row index is
/// kept in libxml2's `_private` field, which nothing else in a parsed page uses.
struct ElementTable {
    struct Flags: OptionSet {
        let rawValue: UInt16
        /// Hidden, or furniture by its tag or ARIA role, whatever its size.
        static let skippedStructurally = Flags(rawValue: 1 << 0)
        /// A class or id token that means furniture ("share", "related", "sidebar").
        static let negativeToken = Flags(rawValue: 1 << 1)
        /// A class or id token that means article ("content", "story", "post").
        static let positiveToken = Flags(rawValue: 1 << 2)
        /// A class or id token that means readers' comments.
        static let commentToken = Flags(rawValue: 1 << 3)
        static let articleBodyProperty = Flags(rawValue: 1 << 4)
    }

    struct Row {
        var tag: HTMLTag
        var flags: Flags
        /// Bytes of text below the element, leaving out structurally skipped descendants.
        var textLength: Int
        /// Bytes of text below the element outside skipped tags, and the part of it inside links.
        var linkTotal: Int
        var linkLinked: Int
    }

    private(set) var rows: [Row] = []

    /// Indexes every element below `root` (inclusive).
    init(root: NodePointer) {
        rows.reserveCapacity(1024)
        _ = add(root)
    }

    func row(_ node: NodePointer) -> Row {
        let index = Int(bitPattern: node.pointee._private) - 1
        if index >= 0, index < rows.count { return rows[index] }
        // Not below the indexed root (never expected): work it out on the spot.
        var table = ElementTable(rows: [])
        let row = table.rows[table.add(node)]
        return row
    }

    private init(rows: [Row]) { self.rows = rows }

    /// Adds the element and its descendants, children before parents; returns the element's row.
    private mutating func add(_ node: NodePointer) -> Int {
        let tag = node.pointee.name.map { HTMLTag(name: $0) } ?? .other
        let flags = Self.flags(of: node, tag: tag)
        var row = Row(tag: tag, flags: flags, textLength: 0, linkTotal: 0, linkLinked: 0)
        var child = node.pointee.children
        while let c = child {
            if c.isText, let content = c.pointee.content {
                let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                row.textLength += length
                row.linkTotal += length
            } else if c.isElement {
                let inner = rows[add(c)]
                if !inner.flags.contains(.skippedStructurally) { row.textLength += inner.textLength }
                if !inner.tag.isSkipped {
                    row.linkTotal += inner.linkTotal
                    row.linkLinked += inner.tag == .a ? inner.linkTotal : inner.linkLinked
                }
            }
            child = c.pointee.next
        }
        rows.append(row)
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: rows.count)
        return rows.count - 1
    }

    // MARK: Attributes

    private static func flags(of node: NodePointer, tag: HTMLTag) -> Flags {
        var flags: Flags = tag.isSkipped ? [.skippedStructurally] : []
        var attribute = node.pointee.properties
        while let a = attribute {
            attribute = a.pointee.next
            guard let name = a.pointee.name else { continue }
            if bytesEqual(name, "hidden") {
                flags.insert(.skippedStructurally)
            } else if bytesEqual(name, "aria-hidden") {
                if attributeValue(a) == "true" { flags.insert(.skippedStructurally) }
            } else if bytesEqual(name, "style") {
                let style = attributeValue(a).lowercased().replacingOccurrences(of: " ", with: "")
                if style.contains("display:none") || style.contains("visibility:hidden") { flags.insert(.skippedStructurally) }
            } else if bytesEqual(name, "role") {
                if Self.structuralRoles.contains(attributeValue(a)) { flags.insert(.skippedStructurally) }
            } else if bytesEqual(name, "class") || bytesEqual(name, "id") {
                flags.formUnion(Self.hints(in: a))
            } else if bytesEqual(name, "itemprop") {
                if attributeValue(a) == "articleBody" { flags.insert(.articleBodyProperty) }
            }
        }
        return flags
    }

    static let structuralRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo", "dialog", "alert"]

    /// The hints of a class or id value: lower-cased tokens split at spaces, hyphens and underscores.
    private static func hints(in attribute: UnsafeMutablePointer<xmlAttr>) -> Flags {
        var flags: Flags = []
        var token: [UInt8] = []
        func finish() {
            // Hint words have 2 to 13 letters; other tokens need no look-up.
            if token.count >= 2, token.count <= 13, let found = MainTextFinder.hintFlags[String(decoding: token, as: UTF8.self)] {
                flags.formUnion(found)
            }
            token.removeAll(keepingCapacity: true)
        }
        var node = attribute.pointee.children
        while let n = node {
            if var p = n.pointee.content {
                while p.pointee != 0 {
                    let byte = p.pointee
                    switch byte {
                    case 0x20, 0x2D, 0x5F, 0x09, 0x0A: finish()
                    case 0x41...0x5A: token.append(byte | 0x20)
                    default: token.append(byte)
                    }
                    p += 1
                }
            }
            node = n.pointee.next
        }
        finish()
        return flags
    }
}

/// True when the NUL-terminated C string equals `text` byte for byte.
@inline(__always)
func bytesEqual(_ pointer: UnsafePointer<xmlChar>, _ text: StaticString) -> Bool {
    let bytes = text.utf8Start
    for index in 0..<text.utf8CodeUnitCount where pointer[index] != bytes[index] { return false }
    return pointer[text.utf8CodeUnitCount] == 0
}

