import Foundation
import Testing
@testable import ParSurvey

/// Issue 16: forms left out by `--exclude-flagged` are accounted under their audit rule, not
/// as "not approved", and the reasons add up to `excluded`.
@Suite struct AccountingExclusionTests {
    /// Hand-made accounts: a.csv read 10 = accepted 6 + rejected 1 + excluded 3, of which 2
    /// for straightline.all and so 3 − 2 = 1 not approved; b.csv read 5 = 4 + 0 + 1, the 1
    /// for duplicate.exact, 0 not approved. Totals: 15 = 10 + 1 + 4 (1 + 2 + 1).
    @Test func excludedSplitByReasonAddsUp() throws {
        var a = BatchAccount(file: "a.csv", read: 10, accepted: 6, rejected: 1, excluded: 3)
        a.excludedByRule = ["straightline.all": 2]
        var b = BatchAccount(file: "b.csv", read: 5, accepted: 4, rejected: 0, excluded: 1)
        b.excludedByRule = ["duplicate.exact": 1]
        let en = AccountingReport.text([a, b], style: ReportStyle(format: .table, language: .en))
        #expect(
            en.hasPrefix(
                "Rows: read 15 = accepted 10 + rejected 1 + excluded (not approved) 1 + excluded (audit duplicate.exact) 1 + excluded (audit straightline.all) 2\n"
            ), "\(en)")
        let t = AccountingReport.table([a, b], style: ReportStyle(format: .csv, language: .en))
        #expect(
            t.headers == [
                "Batch", "Read", "Accepted", "Rejected", "Excluded (not approved)", "Excluded (audit duplicate.exact)",
                "Excluded (audit straightline.all)",
            ])
        #expect(
            t.rows == [
                ["a.csv", "10", "6", "1", "1", "0", "2"], ["b.csv", "5", "4", "0", "0", "1", "0"],
                ["Total", "15", "10", "1", "1", "1", "2"],
            ])
        let vi = AccountingReport.text([a, b], style: ReportStyle(format: .table, language: .vi))
        #expect(vi.contains("+ bỏ qua (chưa duyệt) 1 + bỏ ra (cờ duplicate.exact) 1 + bỏ ra (cờ straightline.all) 2"))
        let json = JSONWriter.write(AccountingReport.json([a, b]))
        #expect(json.contains("\"excludedBy\""))
        let parsed = try JSONParser.parse(Array(json.utf8))
        #expect(parsed["total"]?["excluded"] == .number(4, text: "4"))
        #expect(parsed["total"]?["excludedBy"]?["notApproved"] == .number(1, text: "1"))
        #expect(parsed["total"]?["excludedBy"]?["straightline.all"] == .number(2, text: "2"))
    }

    /// Approval alone keeps its column and no "excludedBy" (nothing from the audit).
    @Test func notApprovedAloneUnchanged() {
        let a = BatchAccount(file: "a.csv", read: 10, accepted: 7, rejected: 1, excluded: 2)
        let t = AccountingReport.table([a], style: ReportStyle(format: .csv, language: .en))
        #expect(t.headers.last == "Excluded (not approved)" && t.rows[0].last == "2")
        #expect(!JSONWriter.write(AccountingReport.json([a])).contains("excludedBy"))
    }

    /// `run --exclude-flagged straightline.all` on the Bình Định sample: per batch, the forms
    /// left out are those Scripts/audit_straightline_by_batch.py counts independently (an-nhon 2,
    /// vinh-thanh 2, phu-cat 1, …, tay-son 0; leaders 5), under the rule and not as "not approved".
    @Test func runAccountingNamesTheAuditRule() throws {
        let r = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--exclude-flagged", "straightline.all", "--lang", "en"])
        #expect(r.code == 0)
        #expect(!r.stdout.contains("not approved"))
        #expect(r.stdout.contains("Rows: read 3,393 = accepted 3,384 + rejected 0 + excluded (audit straightline.all) 9"))
        #expect(r.stdout.contains("Rows: read 468 = accepted 463 + rejected 0 + excluded (audit straightline.all) 5"))
        let json = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--exclude-flagged", "straightline.all", "--format", "json"])
        let v = try JSONParser.parse(Array(json.stdout.utf8))
        guard case let .array(components)? = v["components"] else {
            Issue.record("no components")
            return
        }
        var byFile: [String: Double] = [:]
        for c in components {
            guard case let .array(batches)? = c["accounting"]?["batches"] else { continue }
            for b in batches {
                if case let .string(f)? = b["file"], case let .number(n, _)? = b["excludedBy"]?["straightline.all"] {
                    byFile[(f as NSString).lastPathComponent] = n
                    #expect(b["excludedBy"]?["notApproved"] == .number(0, text: "0"))
                }
            }
        }
        let expected: [String: Double] = [
            "an-lao.csv": 0, "an-nhon.csv": 2, "hoai-an.csv": 0, "hoai-nhon.csv": 0, "phu-cat.csv": 1, "phu-my.csv": 1,
            "quy-nhon.csv": 1, "tay-son.csv": 0, "tuy-phuoc.csv": 1, "van-canh.csv": 1, "vinh-thanh.csv": 2, "leaders.csv": 5,
        ]
        #expect(byFile == expected)
    }
}
