/// Inline SVG and MathML: kept with their own allow-lists (no scripts, no event handlers, no
/// `foreignObject`), names written in their canonical case.
extension HTMLSanitizer {
    enum Vocabulary {
        case svg, mathML

        var namespace: String {
            switch self {
            case .svg: "http://www.w3.org/2000/svg"
            case .mathML: "http://www.w3.org/1998/Math/MathML"
            }
        }

        /// The canonical element name for a lower-cased one, or nil when not allowed.
        func element(_ lower: String) -> String? {
            switch self {
            case .svg: HTMLSanitizer.svgElements[lower]
            case .mathML: HTMLSanitizer.mathMLElements.contains(lower) ? lower : nil
            }
        }

        func attribute(_ lower: String) -> String? {
            switch self {
            case .svg: HTMLSanitizer.svgAttributes[lower]
            case .mathML: HTMLSanitizer.mathMLAttributes.contains(lower) ? lower : nil
            }
        }
    }

    static func canonical(_ names: [String]) -> [String: String] {
        Dictionary(names.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    static let svgElements = canonical([
        "a", "animate", "animateColor", "animateMotion", "animateTransform", "circle", "defs", "desc", "ellipse",
        "font-face", "font-face-name", "font-face-src", "g", "glyph", "hkern", "line", "linearGradient", "marker",
        "metadata", "missing-glyph", "mpath", "path", "polygon", "polyline", "radialGradient", "rect", "set", "stop",
        "svg", "switch", "text", "title", "tspan", "use",
    ])

    static let svgAttributes = canonical([
        "accent-height", "accumulate", "additive", "alphabetic", "arabic-form", "ascent", "attributeName",
        "attributeType", "baseProfile", "bbox", "begin", "by", "calcMode", "cap-height", "class", "color",
        "color-rendering", "content", "cx", "cy", "d", "descent", "display", "dur", "dx", "dy", "end", "fill",
        "fill-opacity", "fill-rule", "font-family", "font-size", "font-stretch", "font-style", "font-variant",
        "font-weight", "from", "fx", "fy", "g1", "g2", "glyph-name", "gradientUnits", "hanging", "height",
        "horiz-adv-x", "horiz-origin-x", "id", "ideographic", "k", "keyPoints", "keySplines", "keyTimes", "lang",
        "marker-end", "marker-mid", "marker-start", "markerHeight", "markerUnits", "markerWidth", "mathematical",
        "max", "min", "name", "offset", "opacity", "orient", "origin", "overline-position", "overline-thickness",
        "panose-1", "path", "pathLength", "points", "preserveAspectRatio", "r", "refX", "refY", "repeatCount",
        "repeatDur", "requiredExtensions", "requiredFeatures", "restart", "rotate", "rx", "ry", "slope", "stemh",
        "stemv", "stop-color", "stop-opacity", "strikethrough-position", "strikethrough-thickness", "stroke",
        "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-opacity", "stroke-width", "systemLanguage", "target", "text-anchor", "to", "transform", "type",
        "u1", "u2", "underline-position", "underline-thickness", "unicode", "unicode-range", "units-per-em",
        "values", "version", "viewBox", "visibility", "width", "widths", "x", "x-height", "x1", "x2",
        "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title", "xlink:type",
        "xml:base", "xml:lang", "xml:space", "y", "y1", "y2", "zoomAndPan",
    ])

    static let mathMLElements: Set<String> = [
        "annotation", "annotation-xml", "maction", "maligngroup", "malignmark", "math", "menclose", "merror",
        "mfenced", "mfrac", "mglyph", "mi", "mlabeledtr", "mlongdiv", "mmultiscripts", "mn", "mo", "mover",
        "mpadded", "mphantom", "mprescripts", "mroot", "mrow", "ms", "mscarries", "mscarry", "msgroup", "msline",
        "mspace", "msqrt", "msrow", "mstack", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
        "munder", "munderover", "none", "semantics",
    ]

    static let mathMLAttributes: Set<String> = [
        "accent", "accentunder", "actiontype", "align", "alignmentscope", "altimg", "altimg-height",
        "altimg-valign", "altimg-width", "alttext", "bevelled", "charalign", "close", "columnalign", "columnlines",
        "columnspacing", "columnspan", "columnwidth", "crossout", "decimalpoint", "denomalign", "depth", "dir",
        "display", "displaystyle", "edge", "encoding", "equalcolumns", "equalrows", "fence", "fontstyle",
        "fontweight", "form", "frame", "framespacing", "groupalign", "height", "href", "id", "indentalign",
        "indentalignfirst", "indentalignlast", "indentshift", "indentshiftfirst", "indentshiftlast",
        "indenttarget", "infixlinebreakstyle", "largeop", "length", "linebreak", "linebreakmultchar",
        "linebreakstyle", "lineleading", "linethickness", "location", "longdivstyle", "lquote", "lspace",
        "mathbackground", "mathcolor", "mathsize", "mathvariant", "maxsize", "minlabelspacing", "minsize",
        "movablelimits", "notation", "numalign", "open", "other", "overflow", "position", "rowalign", "rowlines",
        "rowspacing", "rowspan", "rquote", "rspace", "scriptlevel", "scriptminsize", "scriptsizemultiplier",
        "selection", "separator", "separators", "shift", "side", "src", "stackalign", "stretchy",
        "subscriptshift", "superscriptshift", "symmetric", "voffset", "width", "xlink:href", "xlink:show",
        "xlink:type",
    ]
}
