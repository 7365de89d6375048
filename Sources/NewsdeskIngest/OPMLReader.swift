import CLibXML2
import Foundation

/// Reads OPML 1.0/2.0 subscription lists with libxml2: strict XML (no recovery, so a broken file is
/// reported rather than half-imported), no network, no entity expansion, no DTD loading.
public enum OPMLReader {
    public static func read(_ data: Data) throws -> OPMLDocument {
        guard data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { throw OPMLError.empty }
        guard let context = xmlNewParserCtxt() else { throw OPMLError.malformed(line: 0, reason: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, options)
        }
        defer { if let document { xmlFreeDoc(document) } }
        guard let document, context.pointee.wellFormed != 0 else {
            let error = context.pointee.lastError
            let reason = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "unreadable"
            throw OPMLError.malformed(line: Int(error.line), reason: reason)
        }
        guard let root = xmlDocGetRootElement(document) else { throw OPMLError.malformed(line: 0, reason: "no root element") }
        guard root.name.lowercased() == "opml" else { throw OPMLError.notOPML(root: root.name) }
        let head = root.elementChildren.first { $0.name == "head" }
        let title = head?.elementChildren.first { $0.name == "title" }?.textContent.trimmingWhitespace()
        guard let body = root.elementChildren.first(where: { $0.name == "body" }) else { throw OPMLError.noBody }
        var feeds: [OPMLFeed] = []
        collect(under: body, folders: [], into: &feeds)
        return OPMLDocument(title: title?.isEmpty == false ? title : nil, feeds: feeds)
    }

    /// Outlines with `xmlUrl` are feeds; outlines without one are folders around the outlines inside.
    private static func collect(under parent: NodePointer, folders: [String], into feeds: inout [OPMLFeed]) {
        for outline in parent.elementChildren where outline.name == "outline" {
            let title = nonEmpty(outline.attribute("title")) ?? nonEmpty(outline.attribute("text"))
            if let url = nonEmpty(outline.attribute("xmlUrl")) {
                var path = folders
                // A feed outside any folder may still name one in OPML 2.0's `category` ("/News/World").
                if path.isEmpty, let category = nonEmpty(outline.attribute("category")) {
                    path = category.split(separator: ",").first.map { $0.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) } }?
                        .filter { !$0.isEmpty } ?? []
                }
                feeds.append(OPMLFeed(url: url, title: title, siteURL: nonEmpty(outline.attribute("htmlUrl")), folders: path))
                collect(under: outline, folders: folders, into: &feeds)
            } else {
                collect(under: outline, folders: title.map { folders + [$0] } ?? folders, into: &feeds)
            }
        }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
