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
    /// Tags, hints and text sizes of every element of the page, worked out once.
    let table: ElementTable

    /// Prepares the finder for the page that holds `body`.
    init(options: ArticleExtractor.Options, body: NodePointer) {
        self.options = options
        var top = body
        while let parent = top.parentNode, parent.isElement { top = parent }
        table = ElementTable(root: top)
    }

    func paragraphs(in body: NodePointer) -> [Paragraph] {
        var scores: [NodePointer: Double] = [:]
        score(body, scores: &scores)
        // Ties go to the element that comes first in the page, whatever the dictionary's order.
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && order($0.key) < order($1.key)) }
            .prefix(Self.candidatesTried)
        // 1. The best candidate, moved up and joined with its siblings.
        // 2. When that reads as too short (its prose sat in a box the collector drops), the same
        //    candidate as scored, then the runners-up; the longest reading wins.
        var bestReading: [Paragraph] = []
        var bestWords = -1
        for (index, (candidate, score)) in ranked.enumerated() {
            for promote in index == 0 ? [true, false] : [false] {
                var start = candidate
                if promote, let shared = sharedAncestor(of: candidate, score: score, among: ranked) { start = shared }
                let reading = read(start, score: max(score, scores[start] ?? 0), scores: scores, promote: promote)
                // Past the minimum the reading is returned at once, so its words need no further count.
                let words = Self.wordCount(reading, upTo: options.minimumWords)
                if words > bestWords { (bestReading, bestWords) = (reading, words) }
                if bestWords >= options.minimumWords { return bestReading }
            }
        }
        return bestReading
    }

    /// The nearest ancestor of the best candidate that also holds three runners-up scoring at least
    /// 75% of it: an article cut into chunks (each with its ad rail) is read whole, as readability does.
    private func sharedAncestor(of best: NodePointer, score: Double, among ranked: ArraySlice<(key: NodePointer, value: Double)>) -> NodePointer? {
        let alternatives = ranked.dropFirst().filter { $0.value >= score * 0.75 }.map(\.key)
        guard alternatives.count >= 3 else { return nil }
        var ancestor = best.parentNode
        while let node = ancestor, node.isElement, tag(node) != .body {
            let inside = alternatives.filter { alternative in
                var up = alternative.parentNode
                while let u = up, u != node { up = u.parentNode }
                return up == node
            }
            if inside.count >= 3 { return node }
            ancestor = node.parentNode
        }
        return nil
    }

    /// The words in the paragraphs, counted until `cap` is reached (the count returned is then at least `cap`).
    static func wordCount(_ paragraphs: [Paragraph], upTo cap: Int = .max) -> Int {
        var words = 0
        for paragraph in paragraphs where words < cap { words += Tokenizer.words(in: paragraph.text).count }
        return words
    }

    /// How many top-scoring containers are read before giving up: readability tries five.
    static let candidatesTried = 5

    private func read(_ candidate: NodePointer, score: Double, scores: [NodePointer: Double], promote: Bool) -> [Paragraph] {
        var best = candidate
        var bestScore = score
        // An only child stands for its parent: the parent's siblings are the article's other parts
        // (readability moves up the same way).
        while promote, let parent = best.parentNode, parent.isElement, tag(parent) != .body, !hasNegativeHint(parent),
            parent.elementChildren.filter({ !isSkippedStructurally($0) }).count == 1
        {
            best = parent
            bestScore = max(bestScore, scores[parent] ?? 0)
        }
        // A container whose siblings also score well is part of a larger article: read the parent's
        // strong children. A sibling built like the best one (same tag and class, e.g. NYT's story
        // columns) needs only some prose of its own.
        var containers = [best]
        if let parent = best.parentNode, parent.isElement {
            let bestClass = best.attribute("class")
            let threshold = max(8, bestScore * 0.25)
            let paragraphClasses = classedParagraphs(in: best)
            let siblings = parent.elementChildren.filter { sibling in
                guard sibling != best, !isSkippedStructurally(sibling) else { return false }
                if (scores[sibling] ?? 0) >= threshold { return true }
                if sameName(sibling, best), sibling.attribute("class") == bestClass, !hasNegativeHint(sibling) {
                    return textLength(sibling) >= 80 && linkDensity(sibling) < 0.25
                }
                // A paragraph of the article left outside its box (CNN's lead and first paragraphs),
                // built like the box's own paragraphs, bare or wrapped alone in a box of its own.
                if !paragraphClasses.isEmpty, !hasNegativeHint(sibling), textLength(sibling) >= 25, linkDensity(sibling) < 0.5 {
                    let children = sibling.elementChildren
                    for shape in children.count == 1 ? [sibling, children[0]] : [sibling] {
                        if let signature = Self.signature(shape.attribute("class")), paragraphClasses.contains(signature) { return true }
                    }
                }
                return false
            }
            if !siblings.isEmpty { containers = parent.elementChildren.filter { $0 == best || siblings.contains($0) } }
        }
        if containers.count == 1 { containers = chunks(around: best) }
        var result: [Paragraph] = []
        for container in containers {
            // 30%: a related-stories or share box is a small part of an article container.
            let keepAbove = Int(Double(textLength(container)) * 0.3)
            collect(container, into: &result, kind: .paragraph, keepAbove: keepAbove)
        }
        return result
    }

    /// The class names of the box's own paragraphs (`<p>` and text-only boxes) that carry one.
    private func classedParagraphs(in box: NodePointer) -> Set<String> {
        var result: Set<String> = []
        for child in box.elementChildren {
            let childTag = tag(child)
            guard childTag == .p || (childTag.isContainer && childTag != .span && !hasBlockChildren(child)),
                let signature = Self.signature(child.attribute("class")), textLength(child) >= 25
            else { continue }
            result.insert(signature)
        }
        return result
    }

    /// The first class name: the template's own (later ones are modifiers such as "speakable"),
    /// whether the paragraph is a `<p>` or a text-only box.
    private static func signature(_ classes: String?) -> String? {
        classes?.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.map(String.init)
    }

    /// An article cut into chunks, each chunk a box that also holds its own ad rail (Wired's
    /// `grid > body__container + rail`): the body boxes are cousins, not siblings. The best box's
    /// parent's siblings built like that parent (same tag and class) lend their child built like
    /// the best box, when it holds some prose of its own. The best box alone when there are none.
    private func chunks(around best: NodePointer) -> [NodePointer] {
        guard let parent = best.parentNode, parent.isElement, let grand = parent.parentNode, grand.isElement,
            let parentClass = parent.attribute("class"), let bestClass = best.attribute("class")
        else { return [best] }
        var result: [NodePointer] = []
        for uncle in grand.elementChildren {
            if uncle == parent {
                result.append(best)
                continue
            }
            guard sameName(uncle, parent), uncle.attribute("class") == parentClass, !isSkipped(uncle) else { continue }
            let cousin = uncle.elementChildren.first { sameName($0, best) && $0.attribute("class") == bestClass }
            if let cousin, !isSkipped(cousin), textLength(cousin) >= 80, linkDensity(cousin) < 0.25 { result.append(cousin) }
        }
        return result
    }

    // MARK: Scoring

    /// `weight` drops to `commentWeight` inside a comments section, whose boxes may be named "content" too.
    private func score(_ node: NodePointer, scores: inout [NodePointer: Double], weight: Double = 1) {
        var child = node.firstChild
        var directText = 0
        var directCommas = 0
        while let c = child {
            if c.isText, let content = c.pointee.content {
                // Text straight inside a container (`<div>text<br>text</div>`) is prose too.
                var p = content
                while p.pointee != 0 {
                    if p.pointee > 0x20 { directText += 1 }
                    if p.pointee == UInt8(ascii: ",") { directCommas += 1 }
                    p += 1
                }
            } else if c.isElement, !isSkippedStructurally(c) {
                // A div with only inline content is a paragraph written without <p> (readability's DIV-to-P).
                let childTag = tag(c)
                if childTag.isScoredBlock || (childTag.isContainer && childTag != .span && !hasBlockChildren(c)) {
                    let text = inlineBytes(c)
                    let length = text.count
                    if length >= 25 {
                        let commas = Double(text.lazy.filter { $0 == UInt8(ascii: ",") }.count)
                        let points = (1 + commas + min(Double(length) / 100, 3)) * weight
                        if let parent = c.parentNode {
                            scores[parent, default: initialScore(parent)] += points
                            if let grand = parent.parentNode, grand.isElement {
                                scores[grand, default: initialScore(grand)] += points / 2
                            }
                        }
                    }
                }
                score(c, scores: &scores, weight: isCommentSection(c) ? Self.commentWeight : weight)
            }
            child = c.nextSibling
        }
        if directText >= 25, tag(node).isContainer {
            let points = (1 + Double(directCommas) + min(Double(directText) / 100, 3)) * weight
            scores[node, default: initialScore(node)] += points
            if let parent = node.parentNode, parent.isElement { scores[parent, default: initialScore(parent)] += points / 2 }
        }
        // Link-heavy containers are navigation even when they hold many words.
        if scores[node] != nil {
            scores[node]! *= 1 - linkDensity(node)
        }
    }

    private func initialScore(_ node: NodePointer) -> Double {
        var value = 0.0
        let row = table.row(node)
        switch row.tag {
        case .article: value += 10
        case .main: value += 5
        case .div, .section: value += 2
        case .td, .blockquote, .pre: value += 1
        case .form, .ul, .ol, .dl, .li, .address: value -= 3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: value -= 5
        default: break
        }
        if row.flags.contains(.positiveToken) {
            value += 25
        } else if row.flags.contains(.negativeToken) {
            // Readability's class weight: a "comments" or "sidebar" box must hold far more prose to win.
            value -= 25
        }
        if row.flags.contains(.articleBodyProperty) { value += 25 }
        return value
    }

    // MARK: Collecting blocks

    private func collect(_ node: NodePointer, into result: inout [Paragraph], kind: Paragraph.Kind, keepAbove: Int) {
        if isSkippedStructurally(node) { return }
        // A box named like furniture ("widget", "hidden-xs") that holds most of the container's text is the article itself.
        if hasNegativeHint(node), textLength(node) < max(keepAbove, 1) { return }
        let nodeTag = tag(node)
        switch nodeTag {
        case .p, .h2, .h3, .h4, .h5, .h6, .pre, .li, .tr, .dd, .h1:
            if nodeTag == .li || nodeTag == .tr, hasBlockChildren(node) {
                collectChildren(node, into: &result, kind: kind, keepAbove: keepAbove)
                return
            }
            let text = inlineText(node)
            guard !text.isEmpty, linkDensity(node) <= options.maximumLinkDensity || text.utf8.count > 200 else { return }
            if Self.isBoilerplate(text) { return }
            let blockKind: Paragraph.Kind = switch nodeTag {
            case .h1, .h2, .h3, .h4, .h5, .h6: .heading
            case .li, .dd: .listItem
            case .tr: .tableRow
            case .pre: .preformatted
            default: kind
            }
            result.append(Paragraph(blockKind, text))
        case .blockquote:
            if hasBlockChildren(node) {
                collectChildren(node, into: &result, kind: .quote, keepAbove: keepAbove)
            } else {
                let text = inlineText(node)
                if !text.isEmpty { result.append(Paragraph(.quote, text)) }
            }
        default:
            if nodeTag.isContainer, !hasBlockChildren(node) {
                let text = inlineText(node)
                if text.utf8.count >= 40, linkDensity(node) <= options.maximumLinkDensity, !Self.isBoilerplate(text) {
                    result.append(Paragraph(kind, text))
                }
                return
            }
            collectChildren(node, into: &result, kind: kind, keepAbove: keepAbove)
        }
    }

    private func collectChildren(_ node: NodePointer, into result: inout [Paragraph], kind: Paragraph.Kind, keepAbove: Int) {
        // Inline runs between blocks (`<div>text<br>text<p>..</p></div>`) are paragraphs of their own.
        var run: [UInt8] = []
        var linked = 0
        func flush() {
            let text = CollapsedText.string(run)
            if text.utf8.count >= 25, Double(linked) <= Double(run.count) * options.maximumLinkDensity, !Self.isBoilerplate(text) {
                result.append(Paragraph(kind, text))
            }
            run.removeAll(keepingCapacity: true)
            linked = 0
        }
        var child = node.firstChild
        while let c = child {
            if c.isText {
                if let content = c.pointee.content { appendCString(content, to: &run) }
            } else if c.isElement {
                let childTag = tag(c)
                if childTag == .br {
                    // Two line breaks in a row end a paragraph.
                    if let next = c.nextSibling, next.isElement, tag(next) == .br { flush() } else { run.append(0x20) }
                } else if childTag.isBlock || isSkippedStructurally(c) || childTag == .span && hasBlockChildren(c) {
                    flush()
                    collect(c, into: &result, kind: kind, keepAbove: keepAbove)
                } else if !isSkipped(c) {
                    let before = run.count
                    appendInline(c, to: &run)
                    if childTag == .a { linked += run.count - before }
                }
            }
            child = c.nextSibling
        }
        flush()
    }

    private func hasBlockChildren(_ node: NodePointer) -> Bool {
        var child = node.firstChild
        while let c = child {
            if c.isElement, tag(c).isBlock, !isSkipped(c) { return true }
            child = c.nextSibling
        }
        return false
    }

    // MARK: Text

    /// The text of an element with inline markup flattened and whitespace collapsed; skipped
    /// descendants (scripts, share buttons) contribute nothing.
    func inlineText(_ node: NodePointer) -> String {
        String(decoding: inlineBytes(node), as: UTF8.self)
    }

    /// `inlineText` as UTF-8 bytes, for measuring without making a string.
    func inlineBytes(_ node: NodePointer) -> [UInt8] {
        var bytes: [UInt8] = []
        appendInline(node, to: &bytes)
        return CollapsedText.collapse(bytes)
    }

    func appendInline(_ node: NodePointer, to bytes: inout [UInt8]) {
        var child = node.firstChild
        while let c = child {
            if c.isText {
                if let content = c.pointee.content { appendCString(content, to: &bytes) }
            } else if c.isElement, !isSkipped(c) {
                let childTag = tag(c)
                if childTag == .br {
                    bytes.append(0x20)
                } else {
                    let block = childTag.isBlock
                    if block { bytes.append(0x20) }
                    appendInline(c, to: &bytes)
                    if block { bytes.append(0x20) }
                }
            }
            child = c.nextSibling
        }
    }

    private func linkDensity(_ node: NodePointer) -> Double {
        let row = table.row(node)
        return row.linkTotal == 0 ? 0 : Double(row.linkLinked) / Double(row.linkTotal)
    }

    // MARK: Elements

    func tag(_ node: NodePointer) -> HTMLTag { table.row(node).tag }

    /// Position in the page: the table adds children before parents, so this orders ties only.
    private func order(_ node: NodePointer) -> Int { Int(bitPattern: node.pointee._private) }

    private func sameName(_ a: NodePointer, _ b: NodePointer) -> Bool {
        let tagA = tag(a)
        return tagA == tag(b) && (tagA != .other || a.name == b.name)
    }
}
