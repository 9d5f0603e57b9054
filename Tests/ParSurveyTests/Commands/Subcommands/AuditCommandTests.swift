import Foundation
import Testing
@testable import ParSurvey

/// `par-survey audit` and `run --exclude-flagged` end to end on the sample.
@Suite struct AuditCommandTests {
    @Test func auditJSONNamesEveryFlaggedFormByIDFileAndLine() throws {
        let r = try CLIRunner.runBinary([
            "audit", "Samples/binh-dinh-2021", "--component", "satisfaction", "--format", "json", "--lang", "en",
        ])
        #expect(r.code == 0)
        let json = try JSONParser.parse(Array(r.stdout.utf8))
        guard case let .array(flags)? = json["flags"] else {
            Issue.record("no flags array")
            return
        }
        #expect(!flags.isEmpty)
        for f in flags {
            guard case let .array(forms)? = f["forms"] else { continue }
            for form in forms {
                #expect(form["id"] != nil && form["file"] != nil && form["line"] != nil)
            }
        }
        // 9 straight-lined forms, counted independently by Scripts/audit_straightline_count.py.
        let straight = flags.filter { $0["rule"] == .string("straightline.all") }
        #expect(straight.count == 9)
    }

    @Test func excludeFlaggedNeedsKnownRules() throws {
        let r = try CLIRunner.runBinary(["audit", "Samples/binh-dinh-2021", "--exclude-flagged", "nonsense", "--lang", "en"])
        #expect(r.code == 64)
        #expect(r.stderr.contains("no rule 'nonsense'"))
    }

    @Test func runWithExclusionAccountsForEveryForm() throws {
        let r = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--exclude-flagged", "straightline.all", "--lang", "en"])
        #expect(r.code == 0)
        // 9 citizens' forms and 5 leaders' forms have every answered question alike
        // (counted independently by Scripts/audit_straightline_count.py).
        #expect(r.stderr.contains("read 3393 = accepted 3384 + rejected 0 + excluded 9"))
        #expect(r.stderr.contains("read 468 = accepted 463 + rejected 0 + excluded 5"))
        #expect(r.stderr.contains("Sensitivity: PAR Index (100 points)"))
        #expect(r.stderr.contains("Tây Sơn                  84.11"))
    }
}
