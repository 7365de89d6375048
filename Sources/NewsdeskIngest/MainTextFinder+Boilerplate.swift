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
        table.row(node).flags.contains(.skippedStructurally)
    }

    /// Class or id names that mean furniture ("share", "related") and none that mean article.
    func hasNegativeHint(_ node: NodePointer) -> Bool {
        let row = table.row(node)
        // Search and login forms are furniture, but some sites wrap the whole page in one <form>.
        if row.tag == .form { return true }
        if row.flags.contains(.positiveToken) && row.tag != .aside { return false }
        return row.flags.contains(.negativeToken)
    }

    /// A readers' comments section ("comments", "disqus"), whatever other names it carries.
    func isCommentSection(_ node: NodePointer) -> Bool {
        table.row(node).flags.contains(.commentToken)
    }

    /// Prose in comments counts a fifth: a long thread must not outscore a short article.
    static let commentWeight = 0.2

    /// Bytes of visible text below a node, for comparing sizes.
    func textLength(_ node: NodePointer) -> Int {
        table.row(node).textLength
    }

    /// Short lines that sit inside article bodies but are furniture.
    static func isBoilerplate(_ text: String) -> Bool {
        // Every rule below is about short lines; most paragraphs are longer and need no look.
        if text.utf8.count >= 140 { return false }
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
        return callsToAction.contains { lower.utf8.contains(bytes: $0.utf8) }
    }

    static let callsToAction = [
        "sign up for", "subscribe to", "requires javascript", "enable javascript", "like this story", "share this",
        "share it with", "follow us on", "click here", "tell us what you think", "delivered to your inbox",
        "all rights reserved", "download our app",
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
    static let commentHints: Set<String> = ["comment", "comments", "commentlist", "disqus", "replies"]

    /// What each hint word says, for `ElementTable` to read class and id names in one look-up per word.
    static let hintFlags: [String: ElementTable.Flags] = {
        var flags: [String: ElementTable.Flags] = [:]
        for word in positiveHints { flags[word, default: []].insert(.positiveToken) }
        for word in negativeHints { flags[word, default: []].insert(.negativeToken) }
        for word in commentHints { flags[word, default: []].insert(.commentToken) }
        return flags
    }()
}

extension String.UTF8View {
    /// Whether the bytes of `other` occur here in a row (a plain byte search, no Unicode folding).
    func contains(bytes other: String.UTF8View) -> Bool {
        let haystack = Array(self), needle = Array(other)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
