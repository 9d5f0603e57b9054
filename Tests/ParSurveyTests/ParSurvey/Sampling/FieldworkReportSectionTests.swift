import Foundation
import Testing
@testable import ParSurvey

/// Issue 15: the report has a fieldwork section when the manifest names a drawn sample.
/// Figures from Scripts/fieldwork_counts.py (Python csv over sample/draw.csv and
/// citizens/forms.csv, not par-survey):
///
///     Bình An 165 152 141 11 0 · Bình Hiệp 208 139 116 23 0 · Bình Khê 269 255 239 15 1
///     Bình Phú 242 221 202 19 0 · Tây Sơn 314 294 275 18 1
///     (planned, rows received, from sample, from reserve, not in sample)
///
/// ParSurvey counts "from sample" among accepted forms: Bình An's one rejected row
/// (forms.csv line 12, q3 = 7; its transactionId GL-2025-03312 is drawn, reserve 0) makes its
/// 141 → 140, accepted 151.
/// Response rate = from sample / planned: Tây Sơn 275 / 314 = 87.6 %.
@Suite struct FieldworkReportSectionTests {
    @Test func markdownReportHasTheFieldworkSection() throws {
        let r = try CLIRunner.runBinary(["report", "Samples/sampling-2025", "--format", "markdown", "--lang", "en"])
        #expect(r.code == 0, "\(r.stderr)")
        let md = r.stdout
        #expect(md.contains("## 9. Fieldwork against the drawn sample\n"))
        #expect(md.contains("## 11. Provenance\n"))
        #expect(md.contains("| Tây Sơn | 1,450 | 314 | 294 | 294 | 0 | 275 | 18 | 1 | 0 | 87.6% |"), "\(md)")
        #expect(md.contains("| Bình Khê | 820 | 269 | 255 | 255 | 0 | 239 | 15 | 1 | 0 | 88.8% |"))
        #expect(md.contains("| Bình Phú | 610 | 242 | 221 | 221 | 0 | 202 | 19 | 0 | 0 | 83.5% |"))
        #expect(md.contains("| Bình Hiệp | 430 | 208 | 139 | 139 | 0 | 116 | 23 | 0 | 0 | 55.8% |"))
        #expect(md.contains("| Bình An | 280 | 165 | 152 | 151 | 1 | 140 | 11 | 0 | 0 | 84.8% |"))
        #expect(md.contains("Forms not in the drawn sample (2):"))
        // Vietnamese: decimal comma, thousands grouped as every count from 1 000 up (1.450), section title.
        let vi = try CLIRunner.runBinary(["report", "Samples/sampling-2025", "--format", "markdown"])
        #expect(vi.stdout.contains("## 9. Tiến độ khảo sát so với mẫu đã rút\n") && vi.stdout.contains("## 11. Nguồn dữ liệu\n"))
        #expect(vi.stdout.contains("| Tây Sơn | 1.450 | 314 | 294 | 294 | 0 | 275 | 18 | 1 | 0 | 87,6 % |"))
    }

    @Test func htmlReportListsTheSectionAndTheSampleWithoutItDoesNot() throws {
        let dir = TestPaths.temporaryFolder()
        let r = try CLIRunner.runBinary(["report", "Samples/sampling-2025", "--lang", "en", "--output", dir + "/r.html"])
        #expect(r.code == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        #expect(
            html.contains(
                "<li><a href=\"#fieldwork\">9. Fieldwork against the drawn sample</a></li><li><a href=\"#methods\">10. Appendix: methods</a></li>"
                    + "<li><a href=\"#provenance\">11. Provenance</a></li>"
            ))
        #expect(html.contains("<section id=\"fieldwork\""))
        // Bình Định 2021 names no sample: no such section, provenance stays 6.
        let plain = try CLIRunner.runBinary(["report", "Samples/binh-dinh-2021", "--format", "markdown", "--lang", "en"])
        #expect(!plain.stdout.contains("Fieldwork") && plain.stdout.contains("## 10. Provenance\n"))
    }
}
