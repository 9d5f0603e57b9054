import Foundation
import Testing
@testable import ParSurvey

/// The workbook's sheets of answers set to missing and of rejected rows, and the index
/// sheet's component names. The run folder is `InvalidAnswerRunTests.folder()` (the Bình Định
/// sample, citizens' questionnaire `invalidAnswer: "missing"`, TS-0001's q1 `7`) with three
/// more edits to Tây Sơn's file, counted by hand (columns: id 1, district 2, commune 3,
/// gender 4, age_group 5, q1 6 … q22 27; line 1 is the header):
///
/// | line | form | edit | becomes |
/// |---|---|---|---|
/// | 2 | TS-0001 | q1 `5` → `7` (folder()) | answer set to missing (column 6) |
/// | 3 | TS-0002 | q3 `4` → `0` | answer set to missing (column 8) |
/// | 4 | TS-0003 | q22 `4` → `Tốt` | answer set to missing (column 27) |
/// | 5 | TS-0004 | district `Tây Sơn` → empty | form rejected, empty unit (column 2) |
///
/// So 3 answers set to missing and 1 rejected row; Tây Sơn read 299 = accepted 298 + rejected 1.
@Suite struct OfficeCasesSheetTests {
    static func folder() throws -> String {
        let dir = try InvalidAnswerRunTests.folder()
        let path = dir + "/tay-son.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[2] == "TS-0002,Tây Sơn,Phú Phong,Nam,30-44,5,3,4,5,4,5,4,5,4,5,4,5,5,4,5,5,5,5,3,5,5,4")
        #expect(lines[3] == "TS-0003,Tây Sơn,Phú Phong,Nam,45-59,4,9,5,5,9,4,4,5,5,4,3,5,5,5,4,5,4,5,5,5,4,4")
        #expect(lines[4].hasPrefix("TS-0004,Tây Sơn,Phú Phong,Nữ,"))
        lines[2] = "TS-0002,Tây Sơn,Phú Phong,Nam,30-44,5,3,0,5,4,5,4,5,4,5,4,5,5,4,5,5,5,5,3,5,5,4"
        lines[3] = "TS-0003,Tây Sơn,Phú Phong,Nam,45-59,4,9,5,5,9,4,4,5,5,4,3,5,5,5,4,5,4,5,5,5,4,Tốt"
        lines[4] = lines[4].replacingOccurrences(of: "TS-0004,Tây Sơn,", with: "TS-0004,,")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return dir
    }

    struct Cell: Decodable {
        var ref: String
        var text: String?
        var number: Double?
        /// The cell as the test writes it: the text, or the number without `.0` when whole.
        var shown: String { text ?? number.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "" }
    }
    struct Sheet: Decodable {
        var name: String
        var rows: [[Cell]]
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil), arguments: ["vi", "en"])
    func workbookListsTheAnswersSetToMissingAndTheRejectedRows(_ lang: String) throws {
        let dir = try Self.folder()
        let out = dir + "/index.xlsx"
        let r = CLIRunner.run(["run", dir, "--format", "xlsx", "--output", out, "--lang", lang])
        #expect(r.code == 0, "\(r.stderr)")
        let sheets = try OfficeOutputTests.python(OfficeOutputTests.xlsxReader, out, as: [Sheet].self)
        let vi = lang == "vi"
        let missingName = vi ? "Câu trả lời chuyển thành thiếu" : "Answers set to missing"
        let rejectName = vi ? "Phiếu bị loại" : "Rejected rows"
        #expect(sheets.suffix(3).map(\.name) == [vi ? "Đối soát" : "Accounting", missingName, rejectName])
        let file = dir + "/tay-son.csv"

        let missing = try #require(sheets.first { $0.name == missingName })
        #expect(
            missing.rows[0].map(\.shown)
                == (vi
                    ? ["Thành phần", "Tệp", "Dòng", "Cột", "Tên cột", "Câu hỏi", "Giá trị", "Loại", "Lý do"]
                    : ["Component", "File", "Line", "Column", "Column name", "Question", "Value", "Kind", "Reason"]))
        #expect(missing.rows.count == 1 + 3)
        let cases = missing.rows.dropFirst().map { Array($0.dropFirst().prefix(7).map(\.shown)) }
        #expect(
            cases == [
                [file, "2", "6", "q1", "q1", "7", "unknown-option"], [file, "3", "8", "q3", "q3", "0", "unknown-option"],
                [file, "4", "27", "q22", "q22", "Tốt", "unknown-option"],
            ])
        // line and column are numbers; the reason is in the workbook's language
        #expect(missing.rows[1][2].number == 2 && missing.rows[1][3].number == 6)
        let reason = missing.rows[1].last?.text ?? ""
        #expect(reason.hasPrefix(vi ? "câu trả lời không khớp phương án nào của thang" : "answer"), "\(reason)")

        let rejected = try #require(sheets.first { $0.name == rejectName })
        #expect(rejected.rows.count == 1 + 1)
        // component, file, line, column, column name, value (empty: no cell), kind, reason
        let reject = Dictionary(uniqueKeysWithValues: rejected.rows[1].map { (String($0.ref.prefix(1)), $0.shown) })
        #expect(reject.count == 7 && reject["F"] == nil)
        #expect(
            [reject["B"], reject["C"], reject["D"], reject["E"], reject["G"], reject["H"]]
                == [file, "5", "2", "district", "empty-unit", vi ? "phiếu không ghi đơn vị" : "empty unit"])

        // both lists print on A4 landscape with their header row repeated; nothing merged
        let layouts = try OfficeOutputTests.python(
            OfficeAnnexHeadingTests.xlsxLayoutReader, out, as: [OfficeAnnexHeadingTests.SheetLayout].self)
        for name in [missingName, rejectName] {
            let l = try #require(layouts.first { $0.name == name })
            #expect(l.orientation == "landscape" && l.printTitles == "'\(name)'!$1:$1" && l.frozenRows == 1 && l.merges.isEmpty)
        }

        // accounting: Tây Sơn read 299 = accepted 298 + rejected 1 + excluded 0
        let acc = try #require(sheets.first { $0.name == (vi ? "Đối soát" : "Accounting") })
        let tay = acc.rows.first { $0.count > 1 && $0[1].text?.hasSuffix("tay-son.csv") == true }
        #expect(tay?.dropFirst(2).map(\.number) == [299, 298, 1, 0])
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func sampleWithoutCasesHasNeitherSheet() throws {
        let out = TestPaths.temporaryFolder() + "/index.xlsx"
        #expect(CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx", "--output", out]).code == 0)
        let names = try OfficeOutputTests.python(OfficeOutputTests.xlsxReader, out, as: [Sheet].self).map(\.name)
        #expect(names.last == "Đối soát")
    }

    @Test(
        .enabled(if: ExternalTool.find("python3") != nil),
        arguments: [
            ("vi", "Điểm thẩm định (60)", "Khảo sát hài lòng (30)", "Khảo sát lãnh đạo (10)", "Tổng điểm (100)"),
            ("en", "Appraised score (60)", "Satisfaction survey (30)", "Leaders' survey (10)", "Total (100)"),
        ])
    func indexSheetNamesTheComponentsAsTheReportDoes(_ lang: String, _ a: String, _ s: String, _ l: String, _ t: String) throws {
        let out = TestPaths.temporaryFolder() + "/index.xlsx"
        #expect(CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx", "--output", out, "--lang", lang]).code == 0)
        let index = try OfficeOutputTests.python(OfficeOutputTests.xlsxReader, out, as: [Sheet].self)[1]
        let h = index.rows[0].map(\.shown)
        #expect([h[3], h[4], h[7], h[10]] == [a, s, l, t])
        #expect(h[5] == s.replacingOccurrences(of: " (30)", with: "") + (lang == "vi" ? ": KTC dưới" : ": CI low"))
    }
}
