import Foundation
import NewsdeskIngest
import NewsdeskTestSupport
import Testing

struct HTMLSanitizerTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: [
        (#"<img src="http://x.test/a.jpg" onerror="alert(1)">"#, #"<img src="http://x.test/a.jpg" />"#),
        ("safe<script>alert(1)</script> text", "safe text"),
        ("<style>body{}</style><b>bold</b>", "<b>bold</b>"),
        (#"<a href="javascript:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href=" JaVa&#x09;script:alert(1)">x</a>"#, "<a>x</a>"),
        (#"<a href="vbscript:msgbox">x</a>"#, "<a>x</a>"),
        ("<iframe src=\"http://x.test/\"> <b>kept</b></iframe>", "<b>kept</b>"),
        (#"<span style="color: blue; background: url(javascript:x)">t</span>"#, "<span>t</span>"),
        (#"<span style="color: blue; background: url(http://x.test/a.png)">t</span>"#, #"<span style="color: blue;">t</span>"#),
        (#"<span style="width: expression(alert(1))">t</span>"#, "<span>t</span>"),
        ("<!--[if IE]><script>x()</script><![endif]-->ok", "ok"),
    ])
    func removesActiveContent(_ input: String, _ expected: String) {
        #expect(sanitizer.sanitize(input) == expected)
    }

    @Test func keepsInlineSVGWithoutItsScripts() {
        let output = sanitizer.sanitize(#"<svg viewBox="0 0 1 1" onload="x()"><script>x()</script><set attributeName="href" to="javascript:x()"/><a xlink:href="javascript:x()"><circle r="1"></circle></a></svg>"#)
        #expect(output.contains("<svg") && output.contains("viewBox=\"0 0 1 1\"") && output.contains("<circle"))
        #expect(!output.contains("onload") && !output.contains("script") && !output.contains("javascript"))
    }

    @Test func resolvesRelativeURIsAgainstTheBase() {
        #expect(sanitizer.sanitize(#"<a href="/b">b</a>"#, baseURL: "http://x.test/a/") == #"<a href="http://x.test/b">b</a>"#)
    }

    @Test func keepsPlainTextAsItIs() {
        #expect(sanitizer.sanitize("  no markup here  ") == "no markup here")
    }

    /// No output of random or hostile markup may carry a script, an event handler or a `javascript:` URI.
    @Test func randomMarkupNeverLeaksActiveContent() {
        var generator = SplitMix(seed: 7)
        let pieces = [
            "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>", "<b>", "</b>",
            "<div style='x:expression(1)'>", "<!--", "-->", "<![CDATA[", "]]>", "&lt;script&gt;", "<svg onload=x>",
            "<iframe>", "<object data='javascript:x'>", "\"", "'", ">", "<", "text ", "<a href=\"java\nscript:x\">",
        ]
        for _ in 0..<300 {
            let html = (0..<Int.random(in: 1...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let output = sanitizer.sanitize(html).lowercased()
            #expect(!output.contains("<script"), "\(html)")
            #expect(!output.contains("onerror=") && !output.contains("onload="), "\(html)")
            #expect(!output.contains("javascript:") || !output.contains("href=\"javascript"), "\(html)")
            #expect(!output.contains("expression("), "\(html)")
        }
    }

    @Test func deepNestingIsFlattenedQuickly() {
        let html = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000)
        let started = Date()
        let output = sanitizer.sanitize(html)
        #expect(output.count < html.count)
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
