import CLibXML2
import Foundation
import NewsdeskCore

/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed documents into one `Feed` model.
///
/// ```swift
/// let feed = try FeedParser().parse(data, url: "https://example.org/feed.xml")
/// ```
public struct FeedParser: Sendable {
    public struct Options: Sendable {
        /// Feeds past this size are refused before parsing; real feeds stay far below it.
        public var maximumBytes = 50 * 1024 * 1024
        /// Documents past this size are read item by item while they are parsed (`FeedItemStreamer`),
        /// so memory stays near the document's own size instead of five times it; ordinary feeds,
        /// far smaller, are read from the whole tree.
        public var streamingThreshold = 2 * 1024 * 1024

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func parse(_ data: Data, url: String? = nil) throws -> Feed {
        guard !data.isEmpty else { throw FeedParseError.empty }
        guard data.count <= options.maximumBytes else {
            throw FeedParseError.tooLarge(bytes: data.count, limit: options.maximumBytes)
        }
        if let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
            first == UInt8(ascii: "{")
        {
            return try JSONFeedReader.read(data)
        }
        // HTML named entities are undefined in XML: read them anyway, and say the document was not
        // well-formed.
        let encoded = FeedEncoding.normalize(data)
        let data = encoded.data
        let rewritten = HTMLEntityRewriter.rewrite(data)
        let input = rewritten?.data ?? data
        let streamer = input.count > options.streamingThreshold ? FeedItemStreamer(url: url) : nil
        let document = try XMLDocumentHandle(data: input, url: url, streamer: streamer)
        guard let root = document.root else { throw FeedParseError.notXML(reason: document.errorMessage ?? "no root element") }
        var feed: Feed
        switch root.name.lowercased() {
        case "channel" where root.name == "CHANNEL": feed = CDFFeedReader.read(root: root, baseURL: url)
        case "rss", "channel": feed = RSSFeedReader.read(root: root, baseURL: url)
        case "rdf": feed = RSSFeedReader.readRDF(root: root, baseURL: url)
        case "feed": feed = AtomFeedReader.read(root: root, baseURL: url)
        default: throw FeedParseError.notAFeed(root: root.name)
        }
        if let streamer { feed.items = streamer.items + feed.items }
        // `en_US` is a locale identifier; the language tag is `en-US`.
        feed.language = feed.language?.replacingOccurrences(of: "_", with: "-")
        if !document.wellFormed {
            feed.bozo = true
            feed.bozoReason = document.errorMessage ?? "the document is not well-formed XML"
        } else if let mismatch = encoded.mismatch {
            feed.bozo = true
            feed.bozoReason = mismatch
        } else if let rewritten {
            feed.bozo = true
            feed.bozoReason = "\(rewritten.count) HTML entity references, which XML does not define"
        }
        return feed
    }
}

/// Owns a libxml2 XML document parsed in recover mode with network access and entity expansion off.
final class XMLDocumentHandle {
    let document: xmlDocPtr?
    let wellFormed: Bool
    let errorMessage: String?

    init(data: Data, url: String?, streamer: FeedItemStreamer? = nil) throws {
        guard let context = xmlNewParserCtxt() else { throw FeedParseError.notXML(reason: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        streamer?.install(on: context)
        // No XML_PARSE_NOENT and no DTD loading: external entities are never read (XXE), and
        // libxml2's own amplification limits stop entity bombs because XML_PARSE_HUGE is not set.
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        document = data.withUnsafeBytes { buffer in
            xmlCtxtReadMemory(
                context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), url, nil,
                options)
        }
        // Without a document libxml2 has freed the whole tree, emptied items included.
        if document != nil { streamer?.removeEmptiedItems() }
        // An undeclared namespace prefix leaves the XML well-formed but not namespace-well-formed.
        wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
        if let message = context.pointee.lastError.message {
            let text = String(cString: message).trimmingWhitespace()
            errorMessage = "line \(context.pointee.lastError.line): \(text)"
        } else {
            errorMessage = nil
        }
    }

    deinit {
        if let document { xmlFreeDoc(document) }
    }

    var root: NodePointer? {
        guard let document else { return nil }
        return xmlDocGetRootElement(document)
    }
}
