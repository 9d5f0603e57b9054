import Foundation
import Testing
@testable import ParSurvey

/// Names and labels that look like markup show as text: `<script>` and `"&'` in HTML, `|` and
/// `*` in Markdown.
@Suite struct ReportEscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'Q' | *b*"

    static func model() -> ReportModel {
        var m = ReportGoldenTests.model
        m.title = LocalizedText(vi: hostile, en: hostile)
        let i = m.table.rows.firstIndex { $0.unit == "Tây Sơn" }!
        m.table.rows[i].unit = hostile
        m.profiles[3].unit = hostile
        m.profiles[3].criteria[0].label = LocalizedText(vi: "a | b * c <i>", en: "a | b * c <i>")
        m.distributions[1].charts[0].rows[0].label = hostile
        return m
    }

    @Test func htmlShowsMarkupAsText() {
        let page = HTMLReport.render(Self.model(), style: ReportStyle(language: .vi))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<i>"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Q&#39; | *b*"
        #expect(page.contains("<title>" + escaped + "</title>"))  // the page title
        #expect(page.contains("<td>" + escaped + "</td>"))  // the index table
        #expect(page.contains(">4/11  " + escaped + "</text>"))  // the component bars
        // a commune label, cut to fit the label column
        #expect(
            page.split(separator: "\n").contains {
                $0.hasPrefix("<text x=\"2\"") && $0.contains(">&lt;script&gt;alert(&quot;x&quot;)&lt;/scri")
                    && $0.hasSuffix("…</text>")
            })
        #expect(page.contains("<h3 id=\"profile-scriptalertxscript-q-b\">"))  // ids keep letters only
        #expect(page.contains("a | b * c &lt;i&gt;"))
    }

    @Test func markdownEscapesPipesAndEmphasis() {
        let md = MarkdownReport.render(Self.model(), style: ReportStyle(language: .en))
        let escaped = "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Q' \\| \\*b\\*"
        #expect(md.hasPrefix("# " + escaped + "\n"))
        #expect(md.contains("| 4/11 | " + escaped + " | 50.39 |"))
        #expect(md.contains("| a \\| b \\* c &lt;i&gt; |"))
        #expect(!md.contains("<script") && !md.contains("<i>"))
        // Every table row keeps its column count: no stray unescaped pipe.
        for line in md.split(separator: "\n") where line.hasPrefix("| 4/11 ") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 12)
        }
    }
}
