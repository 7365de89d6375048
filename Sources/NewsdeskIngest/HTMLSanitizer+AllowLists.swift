/// The sanitizer's allow-lists: presentational and structural HTML that cannot run code.
extension HTMLSanitizer {
    static let allowedElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote",
        "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command",
        "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em",
        "event-source", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li",
        "m", "map", "menu", "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option",
        "output", "p", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small",
        "sound", "source", "spacer", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
        "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video",
    ]

    /// Removed together with everything inside them: their content is code or styling, never text.
    static let droppedWithContent: Set<String> = ["script", "style", "applet", "template", "xml"]

    /// Elements written as `<name ... />`.
    static let voidElements: Set<String> = [
        "area", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "param", "source", "spacer",
        "track", "wbr", "basefont", "frame", "isindex", "link", "meta", "base",
    ]

    /// Attributes whose value is a URI: checked for a safe scheme and resolved against the base.
    static let uriAttributes: Set<String> = [
        "href", "src", "cite", "action", "background", "dynsrc", "lowsrc", "longdesc", "poster", "usemap",
        "data", "icon", "ping",
    ]

    /// No `on*` event handler is here, nor `formaction`, `srcdoc` or `xmlns`.
    static let allowedAttributes: Set<String> = [
        "abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autocomplete",
        "autofocus", "axis", "background", "balance", "bgcolor", "bgproperties", "border", "bordercolor",
        "bordercolordark", "bordercolorlight", "bottompadding", "cellpadding", "cellspacing", "ch",
        "challenge", "char", "charoff", "charset", "checked", "choff", "cite", "class", "clear", "color",
        "cols", "colspan", "compact", "contenteditable", "controls", "coords", "data", "datafld",
        "datapagesize", "datasrc", "datetime", "default", "delay", "dir", "disabled", "draggable", "dynsrc",
        "enctype", "end", "face", "for", "form", "frame", "galleryimg", "gutter", "headers", "height",
        "hidden", "hidefocus", "high", "href", "hreflang", "hspace", "icon", "id", "inputmode", "ismap",
        "keytype", "label", "lang", "leftspacing", "list", "longdesc", "loop", "loopcount", "loopend",
        "loopstart", "low", "lowsrc", "max", "maxlength", "media", "method", "min", "multiple", "name",
        "nohref", "noshade", "nowrap", "open", "optimum", "pattern", "ping", "point-size", "poster", "pqg",
        "preload", "prompt", "radiogroup", "readonly", "rel", "repeat-max", "repeat-min", "replace",
        "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope", "selected", "shape", "size",
        "span", "src", "start", "step", "style", "summary", "suppress", "tabindex", "target", "template",
        "title", "toppadding", "type", "unselectable", "urn", "usemap", "valign", "value", "variable",
        "volume", "vrml", "vspace", "width", "wrap", "xml:lang",
    ]
}
