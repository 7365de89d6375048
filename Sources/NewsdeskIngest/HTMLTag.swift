import CLibXML2
import Foundation

/// The HTML elements the extractor tells apart, with the groups its rules use; any other
/// element is `.other`.
enum HTMLTag: UInt8, CaseIterable {
    case other
    case html, head, body, p, div, section, article, main, span, a, br
    case table, tbody, thead, tr, td, th, ul, ol, li, dl, dd, dt
    case blockquote, pre, h1, h2, h3, h4, h5, h6, figure, header, footer, aside, nav, form, address
    case script, style, noscript, template, svg, button, iframe, figcaption, select, input, textarea
    case dialog, menu, object, embed, canvas, video, audio, picture, img, label, time
    case title, meta, link

    /// The tag of a lower-case element name, as libxml2's HTML parser gives it.
    init(name: String) {
        self = name.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { HTMLTag(name: $0) } }
    }

    /// The tag of an element name straight from libxml2, compared byte by byte: making a string
    /// of every element's name cost more than all the scoring.
    init(name: UnsafePointer<xmlChar>) {
        let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        guard length < Self.byLength.count else {
            self = .other
            return
        }
        for (bytes, tag) in Self.byLength[length] where memcmp(bytes, name, length) == 0 {
            self = tag
            return
        }
        self = .other
    }

    /// Every tag's name bytes, grouped by length.
    private static let byLength: [[([UInt8], HTMLTag)]] = {
        var table = [[([UInt8], HTMLTag)]](repeating: [], count: 11)
        for tag in allCases where tag != .other {
            let bytes = Array(String(describing: tag).utf8)
            table[bytes.count].append((bytes, tag))
        }
        return table
    }()

    /// Elements that start a new block of text: inline text around them is a separate run.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .ul, .ol, .li, .table, .tr, .td, .th, .blockquote, .pre,
            .h1, .h2, .h3, .h4, .h5, .h6, .dl, .dd, .dt, .figure, .header, .footer, .aside, .nav, .form, .tbody, .thead:
            true
        default: false
        }
    }

    /// Blocks whose own text scores their parent and grandparent as prose.
    var isScoredBlock: Bool {
        switch self {
        case .p, .pre, .td, .blockquote, .li: true
        default: false
        }
    }

    /// Boxes that may hold prose directly, without `<p>`.
    var isContainer: Bool {
        switch self {
        case .div, .section, .article, .main, .td, .span: true
        default: false
        }
    }

    /// Elements that never hold article prose: code, media, forms' controls, navigation and furniture.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .nav, .footer, .aside, .button, .iframe, .figure, .figcaption,
            .select, .input, .textarea, .dialog, .menu, .object, .embed, .canvas, .video, .audio, .picture, .img, .head,
            .label, .time, .address:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }
}
