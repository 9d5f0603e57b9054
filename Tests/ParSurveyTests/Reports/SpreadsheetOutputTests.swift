import Foundation
import Testing
@testable import ParSurvey

/// `--excel`, `--format xlsx` and `export-spss`.
@Suite struct SpreadsheetOutputTests {
    @Test func excelCSVHasBOMSemicolonsAndDecimalCommas() throws {
        let r = CLIRunner.run(["run", TestPaths.sample, "--excel"])
        #expect(r.code == 0)
        #expect(
            r.stdout.hasPrefix(
                "\u{FEFF}rank;of;unit;selfAssessment;satisfaction;leadership;total;previousTotal;totalChange;selfAssessmentChange;satisfactionChange;leadershipChange;previousRank;rankChange;"
            ))
        #expect(r.stdout.contains("\r\n4;11;Tây Sơn;50,39;25,70;8,02;84,11;"))
        let comma = CLIRunner.run(["run", TestPaths.sample, "--excel", "--delimiter", ","])
        #expect(comma.stdout.contains("\r\n4,11,Tây Sơn,50.39,25.70,8.02,84.11,"))
        #expect(CLIRunner.run(["run", TestPaths.sample, "--excel", "--format", "json"]).code == 64)
        #expect(CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx"]).code == 64)  // needs --output
        // a quoted field keeps its quotes when it holds the delimiter
        #expect(
            String(decoding: try SpreadsheetCSV.excel("a,b\n\"x;y\",1.5\n", delimiter: ";"), as: UTF8.self)
                == "\u{FEFF}a;b\r\n\"x;y\";1,5\r\n")
    }

    @Test func indexTableAsWorkbookHasNumbersAsNumbers() throws {
        let out = TestPaths.temporaryFolder() + "/index.xlsx"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx", "--output", out])
        #expect(r.code == 0, "\(r.stderr)")
        // the index sheet (the workbook holds one sheet per table): rank, of, unit, self-assessment,
        // satisfaction, its interval, leadership, its interval, total
        var rows = try XLSXWorkbook(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))).rows(of: "Chỉ số")
        var cells: [XLSXCell] = []
        var found = false
        while try rows.nextRow(into: &cells) != nil {
            let t = cells.map { String(decoding: $0.text, as: UTF8.self) }
            if t.count > 10 && t[2] == "Tây Sơn" {
                #expect([t[0], t[1], t[2], t[3], t[4], t[7], t[10]] == ["4", "11", "Tây Sơn", "50.39", "25.7", "8.02", "84.11"])
                found = true
            }
        }
        #expect(found)
    }

    /// The first leaders' row of the sample is `L-QN-001,Quy Nhơn,delegate,A,A,A,A,B,A,B,A,A,C,C,B,A,A,D,C,A`: A..E
    /// become positions 1..5; citizens' codes 1..5 and 9 stay as they are.
    @Test func spssExportWritesCodesAndLabelledSyntax() throws {
        let dir = TestPaths.temporaryFolder()
        let r = CLIRunner.run(["export-spss", TestPaths.sample, "--output-dir", dir])
        #expect(r.code == 0, "\(r.stderr)")
        let leaders = try String(contentsOfFile: dir + "/leaders.csv", encoding: .utf8).split(separator: "\n")
        #expect(leaders[0] == "id,unit,group,l1,l2,l3,l4,l5,l6,l7,l8,l9,l10,l11,l12,l13,l14,l15,l16,l17")
        #expect(leaders[1] == "L-QN-001,Quy Nhơn,delegate,1,1,1,1,2,1,2,1,1,3,3,2,1,1,4,3,1")
        #expect(leaders.count == 1 + 468)
        let sps = try String(contentsOfFile: dir + "/leaders.sps", encoding: .utf8)
        #expect(sps.contains("/FILE='leaders.csv'\n  /ENCODING='UTF8'"))
        #expect(sps.contains("    l1 F1.0\n"))
        #expect(sps.contains("  l1 'Tính kịp thời, khả thi của kế hoạch cải cách hành chính năm của đơn vị'\n"))
        #expect(sps.contains("    1 'A: Tốt'\n    2 'B: Khá'\n    3 'C: Trung bình'\n    4 'D: Kém'\n    5 'E: Không đánh giá được'\n"))
        #expect(sps.contains("MISSING VALUES l1 l2 l3 l4 l5 l6 l7 l8 l9 l10 l11 l12 l13 l14 l15 l16 l17 (5).\n"))
        let citizens = try String(contentsOfFile: dir + "/sipas-citizen.csv", encoding: .utf8).split(separator: "\n")
        #expect(
            citizens[0] == "id,unit,commune,gender,age_group,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17,q18,q19,q20,q21,q22"
        )
        #expect(citizens.count == 1 + 3393)
        let tay = citizens.first { $0.hasPrefix("TS-0001,") }
        #expect(tay == "TS-0001,Tây Sơn,Phú Phong,Nam,30-44,5,4,5,9,5,5,5,4,5,5,3,5,5,4,5,3,5,5,5,3,9,5")
        let csps = try String(contentsOfFile: dir + "/sipas-citizen.sps", encoding: .utf8)
        #expect(csps.contains("    9 'Không biết / không trả lời'\n"))
        #expect(csps.contains("MISSING VALUES q1 q2 q3 q4 q5 q6 q7 q8 q9 q10 q11 q12 q13 q14 q15 q16 q17 q18 q19 q20 q21 q22 (9).\n"))
    }

    @Test func spssNamesAndLabelLimits() {
        var used = Set<String>()
        #expect(SPSSNames.unique("xã/phường", &used) == "xa_phuong")
        #expect(SPSSNames.unique("Xa_phuong", &used) == "Xa_phuong_2")
        #expect(SPSSNames.unique("2nd", &used) == "v2nd")
        #expect(SPSSNames.unique("to", &used) == "to_")
        // 120-byte limit cut on a character boundary ("ố" is 3 bytes), quotes doubled
        let label = SPSSSyntaxWriter.quote(String(repeating: "ố", count: 50) + "'", limit: 120)
        #expect(label == "'" + String(repeating: "ố", count: 40) + "'")
        #expect(SPSSSyntaxWriter.quote("it's", limit: 120) == "'it''s'")
    }
}
