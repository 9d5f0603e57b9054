import Foundation
import Testing
@testable import ParSurvey

/// `report --exclude-flagged` puts the audit in the report as a section of its own (issue 16:
/// "and a report section"), numbered before the provenance; without the option the report is
/// unchanged (the golden reports cover that byte for byte).
@Suite struct AuditReportSectionTests {
    /// The straight-lined forms left out per component are the ones
    /// Scripts/audit_straightline_by_batch.py counts independently (9 citizens' forms, 5
    /// leaders' forms, as in AccountingExclusionTests); Tây Sơn's total with all forms is the
    /// published 84.11.
    @Test func markdownReportHasTheAuditSection() throws {
        let r = try CLIRunner.runBinary([
            "report", "Samples/binh-dinh-2021", "--exclude-flagged", "straightline.all",
            "--format", "markdown", "--lang", "en",
        ])
        #expect(r.code == 0, "\(r.stderr)")
        let md = r.stdout
        let audit = try #require(md.range(of: "## 9. Data-quality audit\n"))
        let provenance = try #require(md.range(of: "## 11. Provenance\n"))
        #expect(audit.upperBound < provenance.lowerBound)
        let section = String(md[audit.upperBound..<provenance.lowerBound])
        #expect(section.contains("| straightline.all | medium | 9 | 9 |"))
        #expect(section.contains("| straightline.all | medium | 5 | 5 |"))
        #expect(section.contains("9 flagged forms left out (straightline.all)."))
        #expect(section.contains("5 flagged forms left out (straightline.all)."))
        #expect(section.contains("| Tây Sơn | 84.11 |"))
        #expect(section.contains("3,393 forms audited") && section.contains("468 forms audited"))
    }

    @Test func withoutTheOptionThereIsNoAuditSection() throws {
        let r = try CLIRunner.runBinary(["report", "Samples/binh-dinh-2021", "--format", "markdown", "--lang", "vi"])
        #expect(r.code == 0)
        #expect(!r.stdout.contains("Kiểm tra chất lượng phiếu"))
        #expect(r.stdout.contains("## 10. Nguồn dữ liệu\n"))
    }

    @Test func htmlReportHasTheAuditSectionInVietnamese() throws {
        let r = try CLIRunner.runBinary(["report", "Samples/binh-dinh-2021", "--exclude-flagged", "straightline.all", "--lang", "vi"])
        #expect(r.code == 0)
        #expect(r.stdout.contains("<section id=\"audit\" class=\"page\">"))
        #expect(r.stdout.contains("9. Kiểm tra chất lượng phiếu"))
        #expect(r.stdout.contains("Bỏ ra 9 phiếu bị cờ (straightline.all)."))
    }
}
