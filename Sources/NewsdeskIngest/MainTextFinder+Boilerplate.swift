import CLibXML2
import Foundation

/// What the finder treats as page furniture: tags, hidden elements, class and id names, short
/// calls to action.
extension MainTextFinder {
    /// Elements that never hold article prose, by tag or by class/id name.
    func isSkipped(_ node: NodePointer) -> Bool {
        isSkippedStructurally(node) || hasNegativeHint(node)
    }

    /// Elements hidden or furniture by their tag, attributes or ARIA role, whatever their size.
    func isSkippedStructurally(_ node: NodePointer) -> Bool {
        if Self.skippedTags.contains(node.name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attribute("role"), ["navigation", "complementary", "banner", "contentinfo", "dialog", "alert"].contains(role) {
            return true
        }
        return false
    }

    /// Class or id names that mean furniture ("share", "related") and none that mean article.
    func hasNegativeHint(_ node: NodePointer) -> Bool {
        // Search and login forms are furniture, but some sites wrap the whole page in one <form>.
        if node.name == "form" { return true }
        let tokens = classTokens(node)
        if tokens.isEmpty { return false }
        if tokens.contains(where: Self.positiveHints.contains) && node.name != "aside" { return false }
        return tokens.contains(where: Self.negativeHints.contains)
    }

    /// A readers' comments section ("comments", "disqus"), whatever other names it carries.
    func isCommentSection(_ node: NodePointer) -> Bool {
        classTokens(node).contains(where: Self.commentHints.contains)
    }

    /// Prose in comments counts a fifth: a long thread must not outscore a short article.
    static let commentWeight = 0.2
    static let commentHints: Set<String> = ["comment", "comments", "commentlist", "disqus", "replies"]

    /// Bytes of visible text below a node, for comparing sizes.
    func textLength(_ node: NodePointer) -> Int {
        var total = 0
        var child = node.firstChild
        while let c = child {
            if c.isText, let content = c.pointee.content {
                total += strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            } else if c.isElement, !isSkippedStructurally(c) {
                total += textLength(c)
            }
            child = c.nextSibling
        }
        return total
    }

    func classTokens(_ node: NodePointer) -> [String] {
        let raw = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return raw.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// Short lines that sit inside article bodies but are furniture.
    static func isBoilerplate(_ text: String) -> Bool {
        let lower = text.lowercased()
        if text.utf8.count < 60 {
            if lower.hasPrefix("by ") || lower.hasPrefix("advertisement") || lower.hasPrefix("read more")
                || lower.hasPrefix("share") || lower.hasPrefix("sign up") || lower.hasPrefix("subscribe")
                || lower.hasPrefix("related:") || lower.hasPrefix("photo:") || lower.hasPrefix("image:")
            {
                return true
            }
        }
        // Calls to action stay short; a longer paragraph that mentions them is prose about them.
        if text.utf8.count < 140, callsToAction.contains(where: lower.contains) { return true }
        return false
    }

    static let callsToAction = [
        "sign up for", "subscribe to", "requires javascript", "enable javascript", "like this story", "share this",
        "share it with", "follow us on", "click here", "tell us what you think", "delivered to your inbox",
        "all rights reserved", "download our app",
    ]

    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "button",
        "iframe", "figure", "figcaption", "select", "input", "textarea", "dialog", "menu", "object", "embed",
        "canvas", "video", "audio", "picture", "img", "head", "label", "time", "address",
    ]
    static let positiveHints: Set<String> = [
        "article", "body", "content", "story", "entry", "main", "post", "text", "prose", "articlebody", "storybody",
    ]
    static let negativeHints: Set<String> = [
        "comment", "comments", "cookie", "cookies", "consent", "share", "sharing", "social", "newsletter",
        "subscribe", "subscription", "signup", "related", "popular", "most", "mostread", "trending", "promo",
        "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "footer", "nav", "navbar", "navigation",
        "menu", "breadcrumb", "breadcrumbs", "byline", "author", "caption", "sidebar", "widget", "banner",
        "modal", "popup", "tags", "toolbar", "print", "recommended", "outbrain", "taboola", "skip", "hidden",
        "masthead", "dateline", "timestamp", "meta", "credit", "bio", "disclaimer", "paywall", "gdpr",
    ]
}
