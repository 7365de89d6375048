import CLibXML2
import Foundation
import NewsdeskCore

/// Scores the page's containers by the prose they hold and returns the best one's blocks.
///
/// Each paragraph-like block gives points to its parent and half to its grandparent (more for
/// length and commas, the marks of prose); class and id names that mean "article" or "comments"
/// shift a container's score; link-heavy containers are discounted. The best container and its
/// strong siblings are then read block by block, dropping boilerplate inside them.
struct MainTextFinder {
    let options: ArticleExtractor.Options

    func paragraphs(in body: NodePointer) -> [Paragraph] {
        var scores: [NodePointer: Double] = [:]
        score(body, scores: &scores)
        guard let (best, bestScore) = scores.max(by: { $0.value < $1.value }) else { return [] }
        // A container whose siblings also score well is part of a larger article: read the parent.
        var containers = [best]
        if let parent = best.parentNode, parent.isElement {
            let siblings = parent.elementChildren.filter { $0 != best && (scores[$0] ?? 0) >= max(8, bestScore * 0.25) }
            if !siblings.isEmpty { containers = parent.elementChildren.filter { $0 == best || siblings.contains($0) } }
        }
        var result: [Paragraph] = []
        for container in containers { collect(container, into: &result, kind: .paragraph) }
        return result
    }

    // MARK: Scoring

    private func score(_ node: NodePointer, scores: inout [NodePointer: Double]) {
        var child = node.firstChild
        while let c = child {
            if c.isElement, !isSkipped(c) {
                if Self.scoredBlocks.contains(c.name) {
                    let text = inlineText(c)
                    let length = text.utf8.count
                    if length >= 25 {
                        let commas = Double(text.utf8.lazy.filter { $0 == UInt8(ascii: ",") }.count)
                        let points = 1 + commas + min(Double(length) / 100, 3)
                        if let parent = c.parentNode {
                            scores[parent, default: initialScore(parent)] += points
                            if let grand = parent.parentNode, grand.isElement {
                                scores[grand, default: initialScore(grand)] += points / 2
                            }
                        }
                    }
                }
                score(c, scores: &scores)
            }
            child = c.nextSibling
        }
        // Link-heavy containers are navigation even when they hold many words.
        if scores[node] != nil {
            scores[node]! *= 1 - linkDensity(node)
        }
    }

    private func initialScore(_ node: NodePointer) -> Double {
        var value = 0.0
        switch node.name {
        case "article": value += 10
        case "main": value += 5
        case "div", "section": value += 2
        case "td", "blockquote", "pre": value += 1
        case "form", "ul", "ol", "dl", "li", "address": value -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": value -= 5
        default: break
        }
        let hints = classTokens(node)
        if hints.contains(where: Self.positiveHints.contains) { value += 25 }
        if node.attribute("itemprop") == "articleBody" { value += 25 }
        return value
    }

    // MARK: Collecting blocks

    private func collect(_ node: NodePointer, into result: inout [Paragraph], kind: Paragraph.Kind) {
        if isSkipped(node) { return }
        let name = node.name
        switch name {
        case "p", "h2", "h3", "h4", "h5", "h6", "pre", "li", "tr", "dd", "h1":
            if name == "li" || name == "tr", hasBlockChildren(node) {
                collectChildren(node, into: &result, kind: kind)
                return
            }
            let text = inlineText(node)
            guard !text.isEmpty, linkDensity(node) <= options.maximumLinkDensity || text.utf8.count > 200 else { return }
            if Self.isBoilerplate(text) { return }
            let blockKind: Paragraph.Kind = switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6": .heading
            case "li", "dd": .listItem
            case "tr": .tableRow
            case "pre": .preformatted
            default: kind
            }
            result.append(Paragraph(blockKind, text))
        case "blockquote":
            if hasBlockChildren(node) {
                collectChildren(node, into: &result, kind: .quote)
            } else {
                let text = inlineText(node)
                if !text.isEmpty { result.append(Paragraph(.quote, text)) }
            }
        default:
            if Self.containerTags.contains(name), !hasBlockChildren(node) {
                let text = inlineText(node)
                if text.utf8.count >= 40, linkDensity(node) <= options.maximumLinkDensity, !Self.isBoilerplate(text) {
                    result.append(Paragraph(kind, text))
                }
                return
            }
            collectChildren(node, into: &result, kind: kind)
        }
    }

    private func collectChildren(_ node: NodePointer, into result: inout [Paragraph], kind: Paragraph.Kind) {
        var child = node.firstChild
        while let c = child {
            if c.isElement { collect(c, into: &result, kind: kind) }
            child = c.nextSibling
        }
    }

    private func hasBlockChildren(_ node: NodePointer) -> Bool {
        var child = node.firstChild
        while let c = child {
            if c.isElement, Self.blockTags.contains(c.name), !isSkipped(c) { return true }
            child = c.nextSibling
        }
        return false
    }

    // MARK: Boilerplate

    /// Elements that never hold article prose, by tag or by class/id name.
    func isSkipped(_ node: NodePointer) -> Bool {
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
        let tokens = classTokens(node)
        if tokens.isEmpty { return false }
        if tokens.contains(where: Self.positiveHints.contains) && node.name != "aside" { return false }
        return tokens.contains(where: Self.negativeHints.contains)
    }

    private func classTokens(_ node: NodePointer) -> [String] {
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
        return false
    }

    // MARK: Text

    /// The text of an element with inline markup flattened and whitespace collapsed; skipped
    /// descendants (scripts, share buttons) contribute nothing.
    func inlineText(_ node: NodePointer) -> String {
        var bytes: [UInt8] = []
        appendInline(node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self).collapsingWhitespace
    }

    private func appendInline(_ node: NodePointer, to bytes: inout [UInt8]) {
        var child = node.firstChild
        while let c = child {
            if c.isText {
                if let content = c.pointee.content { appendCString(content, to: &bytes) }
            } else if c.isElement, !isSkipped(c) {
                if c.name == "br" {
                    bytes.append(0x20)
                } else {
                    let block = Self.blockTags.contains(c.name)
                    if block { bytes.append(0x20) }
                    appendInline(c, to: &bytes)
                    if block { bytes.append(0x20) }
                }
            }
            child = c.nextSibling
        }
    }

    private func linkDensity(_ node: NodePointer) -> Double {
        var total = 0
        var linked = 0
        func walk(_ n: NodePointer, inLink: Bool) {
            var child = n.firstChild
            while let c = child {
                if c.isText, let content = c.pointee.content {
                    let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                    total += length
                    if inLink { linked += length }
                } else if c.isElement, !Self.skippedTags.contains(c.name) {
                    walk(c, inLink: inLink || c.name == "a")
                }
                child = c.nextSibling
            }
        }
        walk(node, inLink: false)
        return total == 0 ? 0 : Double(linked) / Double(total)
    }

    static let scoredBlocks: Set<String> = ["p", "pre", "td", "blockquote", "li"]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td", "th", "blockquote",
        "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt", "figure", "header", "footer", "aside",
        "nav", "form", "tbody", "thead",
    ]
    static let containerTags: Set<String> = ["div", "section", "article", "main", "td", "span"]
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
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
