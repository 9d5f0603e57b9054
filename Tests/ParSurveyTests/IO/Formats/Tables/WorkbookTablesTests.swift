import Foundation
import Testing
@testable import ParSurvey

/// Self-assessment and previous-year tables read from `.xlsx` workbooks (openpyxl and
/// LibreOffice copies of the sample's CSV files, Scripts/fixtures/make_tables_xlsx.py)
/// score exactly as the CSV files, and a bad value names its sheet and cell.
@Suite struct WorkbookTablesTests {
    static func table(_ name: String) -> String { TestPaths.fixture("formats/tables/" + name) }

    @Test(arguments: ["self-assessment.xlsx", "self-assessment-lo.xlsx"])
    func selfAssessmentWorkbookEqualsTheCSV(_ name: String) throws {
        let csv = try SelfAssessment.load(path: TestPaths.sample + "/self-assessment.csv")
        let xlsx = try SelfAssessment.load(path: Self.table(name))
        #expect(xlsx.units == csv.units)
        #expect(xlsx.units.count == 11)
        for u in csv.units { #expect(xlsx.items[u] == csv.items[u], "\(u)") }
    }

    @Test(arguments: ["previous-2020.xlsx", "previous-2020-lo.xlsx"])
    func previousYearWorkbookEqualsTheCSV(_ name: String) throws {
        let csv = try PreviousYear.load(path: TestPaths.sample + "/previous-2020.csv")
        #expect(try PreviousYear.load(path: Self.table(name)) == csv)
        // the sample's first row, "Quy Nhơn,53.87,25.63,7.82,87.32,2"
        var first = PreviousYearRow(unit: "Quy Nhơn", selfAssessment: 5387, satisfaction: 2563, leadership: 782, total: 8732, rank: 2)
        first.line = 2  // the header is line 1
        #expect(csv.first == first)
    }

    /// `par-survey run` on a copy of the sample whose two tables are the LibreOffice
    /// workbooks prints the same index table byte for byte, with Tây Sơn's published
    /// 84,11 (4th of 11).
    /// A copy of the sample whose manifest names the given workbook tables.
    static func sampleCopy(selfAssessment: String, previous: String) throws -> String {
        let dir = TestPaths.temporaryFolder() + "/sample"
        try FileManager.default.copyItem(atPath: TestPaths.sample, toPath: dir)
        try FileManager.default.copyItem(atPath: table(selfAssessment), toPath: dir + "/self-assessment.xlsx")
        try FileManager.default.copyItem(atPath: table(previous), toPath: dir + "/previous-2020.xlsx")
        var manifest = try String(contentsOfFile: dir + "/survey.json", encoding: .utf8)
        manifest = manifest.replacingOccurrences(of: "../../Questionnaires/", with: TestPaths.repo("Questionnaires/"))
            .replacingOccurrences(of: "\"self-assessment.csv\"", with: "\"self-assessment.xlsx\"")
            .replacingOccurrences(of: "\"previous-2020.csv\"", with: "\"previous-2020.xlsx\"")
        try manifest.write(toFile: dir + "/survey.json", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: dir + "/self-assessment.csv")
        try FileManager.default.removeItem(atPath: dir + "/previous-2020.csv")
        return dir
    }

    /// The Gia Lai 2025 sample with its unit register and crosswalk as workbooks
    /// (`Scripts/fixtures/make_tables_xlsx.py`) gives the same index, derived previous-year
    /// figures included, as with the CSV tables; Bình Hiệp's derived 2024 total is the
    /// generator's (`Samples/gia-lai-2025/expected.json`: 87.74).
    @Test func registerAndCrosswalkWorkbooksGiveTheSameIndex() throws {
        let sample = TestPaths.repo("Samples/gia-lai-2025")
        let dir = TestPaths.temporaryFolder() + "/gia-lai"
        try FileManager.default.copyItem(atPath: sample, toPath: dir)
        try FileManager.default.copyItem(atPath: Self.table("register.xlsx"), toPath: dir + "/register.xlsx")
        try FileManager.default.copyItem(atPath: Self.table("crosswalk.xlsx"), toPath: dir + "/crosswalk.xlsx")
        var manifest = try String(contentsOfFile: dir + "/survey.json", encoding: .utf8)
        manifest = manifest.replacingOccurrences(of: "../../Questionnaires/", with: TestPaths.repo("Questionnaires/"))
            .replacingOccurrences(of: "\"register.csv\"", with: "\"register.xlsx\"")
            .replacingOccurrences(of: "\"crosswalk.csv\"", with: "\"crosswalk.xlsx\"")
        try manifest.write(toFile: dir + "/survey.json", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: dir + "/register.csv")
        try FileManager.default.removeItem(atPath: dir + "/crosswalk.csv")
        let fromCSV = CLIRunner.run(["run", sample, "--format", "csv"])
        let fromXLSX = CLIRunner.run(["run", dir, "--format", "csv"])
        #expect(fromXLSX.code == 0, "\(fromXLSX.stderr)")
        #expect(fromXLSX.stdout == fromCSV.stdout)
        #expect(fromXLSX.stdout.contains(",Bình Hiệp,") && fromXLSX.stdout.contains("87.74"))
    }

    /// `par-survey run` on a copy of the sample whose two tables are the LibreOffice
    /// workbooks prints the same index table byte for byte, with Tây Sơn's published
    /// 84,11 (4th of 11).
    @Test func runWithWorkbookTablesPrintsTheSameIndex() throws {
        let dir = try Self.sampleCopy(selfAssessment: "self-assessment-lo.xlsx", previous: "previous-2020-lo.xlsx")
        let fromCSV = CLIRunner.run(["run", TestPaths.sample, "--format", "csv"])
        let fromXLSX = CLIRunner.run(["run", dir, "--format", "csv"])
        #expect(fromXLSX.code == 0, "\(fromXLSX.stderr)")
        #expect(fromXLSX.stdout == fromCSV.stdout)
        #expect(fromXLSX.stdout.contains("\n4,11,Tây Sơn,50.39,25.70,8.02,84.11,"))
    }

    @Test func badCellIsNamed() throws {
        let file = Self.table("self-assessment-bad.xlsx")
        #expect(
            throws: SelfAssessmentError.invalidCell(
                file: file, place: "sheet 'Tự đánh giá' cell C5", value: "8.705",
                message: "score is not a number with at most two decimals")
        ) {
            _ = try SelfAssessment.load(path: file)
        }
        let dir = try Self.sampleCopy(selfAssessment: "self-assessment-bad.xlsx", previous: "previous-2020.xlsx")
        let r = CLIRunner.run(["--lang", "en"] + ["run", dir])
        #expect(r.code == 65)
        #expect(
            r.stderr.contains(
                "self-assessment.xlsx: sheet 'Tự đánh giá' cell C5: score is not a number with at most two decimals (value '8.705')"),
            "\(r.stderr)")
    }

    /// Binary noise in stored numbers is not taken for extra decimals; true extra decimals are kept.
    @Test func storedNumbersAreReadAsExcelShowsThem() {
        #expect(SourceTable.cellText(Array("50.390000000000001".utf8)) == "50.39")
        #expect(SourceTable.cellText(Array("8.7050000000000001".utf8)) == "8.705")
        #expect(SourceTable.cellText(Array("5E-2".utf8)) == "0.05")
        // whole numbers (ids stored as text or numbers) are never rewritten
        #expect(SourceTable.cellText(Array("12345678901234567890".utf8)) == "12345678901234567890")
        #expect(SourceTable.cellText(Array(" Tây Sơn ".utf8)) == "Tây Sơn")
    }
}
