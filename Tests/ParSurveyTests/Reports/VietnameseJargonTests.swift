import Foundation
import Testing

/// Issue 14: the Vietnamese report keeps GREG, xoshiro256**, Rao–Scott and e-notation out of its body;
/// only the methods appendix (section 9) names them. The golden itself is pinned to the code
/// by `ReportGoldenTests`; this checks what the golden may contain.
@Suite struct VietnameseJargonTests {
    @Test func technicalTermsOnlyInTheMethodsAppendix() throws {
        let text = try String(contentsOfFile: TestPaths.fixture("reports/report.vi.md"), encoding: .utf8)
        var section = ""
        var appendix: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { section = String(line) }
            let jargon =
                line.contains("GREG") || line.contains("xoshiro")
                || line.range(of: #"[0-9]e[-+][0-9]"#, options: .regularExpression) != nil
                || line.contains("steps\\[") || line.contains("postStratify") || line.contains("Rao–Scott")
            guard jargon else { continue }
            #expect(section.hasPrefix("## 9. Phụ lục: phương pháp"), "jargon outside the methods appendix: \(line)")
            appendix.append(String(line))
        }
        // the appendix still names them (hand-checked: its calibration and rank-simulation paragraphs)
        #expect(appendix.contains { $0.contains("GREG") } && appendix.contains { $0.contains("xoshiro256") })
        #expect(appendix.contains { $0.contains("Rao–Scott") })
        // The HTML report's chart captions ask the question in words; the one "Rao–Scott" left
        // is the methods appendix's paragraph on answer distributions.
        let html = try String(contentsOfFile: TestPaths.fixture("reports/report.vi.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "Rao–Scott").count - 1 == 1)
        #expect(html.contains("Các nhóm có trả lời khác nhau không (p &lt; 0,05 là có): q1 p = 0,0218"))
    }
}
