import Foundation
import Testing
@testable import ParSurvey

/// Rules 3, 5 and 6 on small hand-made batches (the planted test exercises bursts only).
@Suite struct AuditTimingFrameUnitTests {
    static let questionnaire = TestPaths.repo("Questionnaires/sipas-citizen.json")

    static func load(_ csv: String) throws -> ResponseTable {
        var loader = BatchLoader(
            questionnaire: try Questionnaire.load(path: questionnaire), mapping: ColumnMapping(id: "id", unit: "district"))
        try loader.loadCSV(bytes: Array(csv.utf8), file: "t.csv")
        return loader.table
    }

    @Test func fastFormsAndFormsOutsideThePeriod() throws {
        let answers =
            Array(repeating: "4", count: 11).joined(separator: ",") + "," + Array(repeating: "5", count: 11).joined(separator: ",")
        let header = "id,district,start,end,_submission_time," + (1...22).map { "q\($0)" }.joined(separator: ",")
        let rows = [
            "r0,U,2021-06-02T08:00:00+07:00,2021-06-02T08:15:00+07:00,2021-06-02T01:16:00",  // 900 s: fine
            "r1,U,2021-06-02T09:00:00+07:00,2021-06-02T09:01:00+07:00,2021-06-02T02:02:00",  // 60 s < 22 × 4 = 88 s: medium
            "r2,U,2021-06-02T10:00:00+07:00,2021-06-02T10:00:30+07:00,2021-06-02T03:01:00",  // 30 s < 44 s: high
            "r3,U,2021-05-20T08:00:00+07:00,2021-05-20T08:20:00+07:00,2021-05-20T01:21:00",  // before the period
        ]
        let table = try Self.load(([header] + rows.map { $0 + "," + answers }).joined(separator: "\n") + "\n")
        var options = AuditOptions()
        options.period = AuditTime.parse("2021-06-01T00:00:00+07:00")!..<AuditTime.parse("2021-07-01T00:00:00+07:00")!
        let frame = TestPaths.write("id;name\nr0;A\n r1 ;B\n", name: "frame.csv")
        options.frameIDs = try FrameCheck.load(path: frame, column: "id")
        let audit = try DataAudit.run(table, options: options)
        let fast = audit.flags.filter { $0.rule == .timingFast }
        #expect(fast.map { table.id($0.rows[0]) } == ["r1", "r2"])
        #expect(fast.map(\.severity) == [.medium, .high])
        #expect(fast.map(\.statistic) == [60, 30])
        #expect(audit.flags.filter { $0.rule == .timingPeriod }.map { table.id($0.rows[0]) } == ["r3"])
        #expect(audit.flags.filter { $0.rule == .frameMissing }.map { table.id($0.rows[0]) } == ["r2", "r3"])
        #expect(audit.input.columnsUsed.map(\.column) == ["start", "end", "_submission_time"])
    }

    /// Rule 5, period: the frame's transaction dates against June 2021 (UTC+7). r0's
    /// transaction (2021-06-03) is inside, r1's (2021-05-28) before, r2 is not in the frame
    /// (frame.missing only), r3's date is blank (no period flag): only r1 is flagged.
    @Test func frameTransactionsOutsideThePeriod() throws {
        let answers = Array(repeating: "4", count: 22).joined(separator: ",")
        let header = "id,district," + (1...22).map { "q\($0)" }.joined(separator: ",")
        let table = try Self.load(([header] + ["r0", "r1", "r2", "r3"].map { "\($0),U,\(answers)" }).joined(separator: "\n") + "\n")
        var options = AuditOptions()
        options.period = AuditTime.parse("2021-06-01T00:00:00+07:00")!..<AuditTime.parse("2021-07-01T00:00:00+07:00")!
        let frame = TestPaths.write("id,transactionDate\nr0,2021-06-03\nr1,2021-05-28\nr3,\n", name: "frame.csv")
        options.frameIDs = try FrameCheck.load(path: frame, column: "id")
        options.frameDates = try FrameCheck.loadDates(path: frame, idColumn: "id", dateColumn: "transactionDate", defaultOffset: 7 * 3600)
        let audit = try DataAudit.run(table, options: options)
        #expect(audit.flags.filter { $0.rule == .framePeriod }.map { table.id($0.rows[0]) } == ["r1"])
        #expect(audit.flags.filter { $0.rule == .frameMissing }.map { table.id($0.rows[0]) } == ["r2"])
        let bad = TestPaths.write("id,transactionDate\nr0,28/05/2021\n", name: "frame-bad.csv")
        #expect(throws: AuditError.self) { try FrameCheck.loadDates(path: bad, idColumn: "id", dateColumn: "transactionDate") }
    }

    @Test func aFrameWithoutTheColumnIsAnError() {
        let frame = TestPaths.write("code\nr0\n", name: "frame.csv")
        #expect(throws: AuditError.self) { try FrameCheck.load(path: frame, column: "id") }
    }

    @Test func aUnitNearOneHundredPercentAmongOthers() throws {
        // Units A–E: 10 forms each, form i with 17 (+1 when i < a) satisfied answers of 22 (4s, the
        // rest 3s), a = 0, 2, 4, 6, 8: shares 170/220 … 178/220. Unit F: every answer 4, share 1.
        // Median share (174 + 176)/2 = 175/220; |deviations| 5, 3, 1, 1, 3, 45 (/220): MAD 3/220;
        // z(F) = 45 / (1.4826 × 3) = 10.1173.
        var lines = ["id,district," + (1...22).map { "q\($0)" }.joined(separator: ",")]
        for (u, a) in [("A", 0), ("B", 2), ("C", 4), ("D", 6), ("E", 8)] {
            for i in 0..<10 {
                let s = 17 + (i < a ? 1 : 0)
                lines.append("\(u)\(i),\(u)," + (0..<22).map { $0 < s ? "4" : "3" }.joined(separator: ","))
            }
        }
        for i in 0..<10 { lines.append("F\(i),F," + Array(repeating: "4", count: 22).joined(separator: ",")) }
        let audit = try DataAudit.run(try Self.load(lines.joined(separator: "\n") + "\n"))
        let share = audit.flags.filter { $0.rule == .unitShare }
        #expect(share.map(\.unit) == ["F"])
        #expect(abs(share[0].statistic! - 45 / (1.4826 * 3)) < 1e-9)
        #expect(share[0].severity == .high)
    }
}
