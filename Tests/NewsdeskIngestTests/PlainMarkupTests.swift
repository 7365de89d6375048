@testable import NewsdeskIngest
import NewsdeskTestSupport
import Testing

/// The sanitizer's shortcut for plain markup must give exactly what the parser path gives.
@Suite struct PlainMarkupTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: [
        "<p>One paragraph.</p><p>Another, with <em>emphasis</em> and <strong>weight</strong>.</p>",
        "Text with a<br>break and <b>bold</b> and <i>italic</i> <code>code</code>",
        "<ul><li>first</li><li>second <em>item</em></li></ul><ol><li>one</li></ol>",
        "<blockquote><p>Quoted words.</p></blockquote><h2>Heading</h2><p>Café, 東京, naïve.</p>",
        "<p>Line one\nline two\twith a tab</p>",
        "<p>x</p>\n<p>y</p>\n",
    ])
    func takesTheShortcutAndAgreesWithTheParser(_ html: String) throws {
        let shortcut = try #require(HTMLSanitizer.sanitizedPlainMarkup(Array(html.utf8)))
        #expect(shortcut == sanitizer.parsed(Array(html.utf8), baseURL: nil))
    }

    @Test(arguments: [
        "<p>a<p>b</p>",  // implied end tag
        "<p><ul><li>x</li></ul></p>",  // a list closes the paragraph
        "<em><p>x</p></em>",  // block inside inline
        "<li>x</li>",  // item outside a list
        "<ul>text<li>x</li></ul>",  // text directly in a list
        "<p>a &amp; b</p>",  // a reference
        "<p>a > b</p>",
        "<p class=\"x\">attribute</p>",
        "<P>upper case</P>",
        "<p>unclosed",
        "<p>x</em></p>",
        "<p>x</p><script>y</script>",
        "<p>a\u{0085}b</p>",  // a C1 control
        "<p>a\rb</p>",
    ])
    func leavesAnythingElseToTheParser(_ html: String) {
        #expect(HTMLSanitizer.sanitizedPlainMarkup(Array(html.utf8)) == nil)
    }

    /// Random fragments from plain and not-so-plain parts, nested well or badly: wherever the
    /// shortcut answers, its answer is the parser path's. A fair share must take the shortcut,
    /// or the comparison would prove nothing.
    @Test func agreesWithTheParserOnGeneratedFragments() {
        var random = SplitMix(seed: 0x5EED_0F_FEED5)
        let plainTags = ["p", "em", "strong", "b", "i", "code", "ul", "ol", "li", "blockquote", "h2", "h3", "h4"]
        let otherTags = ["div", "span", "a", "h1", "table", "P", "pre"]
        let texts = ["word", "two words", " spaced ", "café", "東京", "\n", "\t", "a > b", "x &amp; y", "AT&T", "\u{85}", ""]
        var shortcuts = 0
        let total = 6000
        for _ in 0..<total {
            var html = ""
            var open: [String] = []
            let wellNested = Bool.random(using: &random)
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0...3:
                    html += texts.randomElement(using: &random)!
                case 4...6:
                    let tag = Int.random(in: 0..<8, using: &random) == 0 ? otherTags.randomElement(using: &random)! : plainTags.randomElement(using: &random)!
                    html += "<\(tag)>"
                    open.append(tag)
                case 7:
                    html += "<br>"
                default:
                    if wellNested, let tag = open.popLast() {
                        html += "</\(tag)>"
                    } else if let tag = (plainTags + otherTags).randomElement(using: &random) {
                        html += "</\(tag)>"
                    }
                }
            }
            if wellNested { while let tag = open.popLast() { html += "</\(tag)>" } }
            let bytes = Array(html.utf8)
            guard let shortcut = HTMLSanitizer.sanitizedPlainMarkup(bytes) else { continue }
            shortcuts += 1
            let parsed = sanitizer.parsed(bytes, baseURL: nil)
            #expect(shortcut == parsed, "fragment: \(html.debugDescription)")
            if shortcut != parsed { return }
        }
        #expect(shortcuts > total / 20, "only \(shortcuts) of \(total) fragments took the shortcut")
    }
}
