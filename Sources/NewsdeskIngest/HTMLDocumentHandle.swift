import CLibXML2
import Foundation

/// Owns a document parsed by libxml2's forgiving HTML parser, with network access off.
final class HTMLDocumentHandle {
    let document: htmlDocPtr?

    init(data: Data, url: String?, encoding: String? = nil) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        document = data.withUnsafeBytes { buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), url, encoding, options)
        }
    }

    deinit {
        if let document { xmlFreeDoc(document) }
    }

    var root: NodePointer? {
        guard let document else { return nil }
        return xmlDocGetRootElement(document)
    }

    /// The first element with the given name, depth first.
    func first(_ name: String, under start: NodePointer? = nil) -> NodePointer? {
        guard let from = start ?? root else { return nil }
        var found: NodePointer?
        from.forEachElement { node in
            if found == nil, node.name == name { found = node }
        }
        return found
    }
}
