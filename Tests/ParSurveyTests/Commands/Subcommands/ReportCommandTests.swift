import Foundation
import Testing
import ParSurveyCommands
import ParSurvey

/// `par-survey report` and `run --format html` end to end.
@Suite struct ReportCommandTests {
    func golden(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: TestPaths.fixture("reports/" + name)) ?? Data(), as: UTF8.self)
    }

    @Test func markdownReportIsTheGoldenFile() {
        let r = CLIRunner.run(["report", TestPaths.sample, "--format", "markdown", "--lang", "en", "--date", "2021-12-31"])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout == golden("report.en.md"))
    }

    @Test func runWithFormatHtmlWritesTheReport() throws {
        let out = TestPaths.temporaryFolder() + "/report.html"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "html", "--date", "2021-12-31", "--output", out])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let page = String(decoding: try #require(FileManager.default.contents(atPath: out)), as: UTF8.self)
        #expect(page == golden("report.vi.html"))
    }

    @Test func usageErrors() {
        let csv = CLIRunner.run(["--lang", "en"] + ["report", TestPaths.sample, "--format", "csv"])
        #expect(csv.code == 64 && csv.stderr.contains("--format must be html, markdown, xlsx or docx"))
        let date = CLIRunner.run(["--lang", "en"] + ["report", TestPaths.sample, "--date", "2021-02-30"])
        #expect(date.code == 64 && date.stderr.contains("--date must be a date YYYY-MM-DD, not '2021-02-30'"))
        let score = CLIRunner.run(
            ["--lang", "en"] + [
                "score", "--questionnaire", TestPaths.repo("Questionnaires/sipas-citizen.json"),
                TestPaths.sample + "/citizens/tay-son.csv", "--format", "html",
            ])
        #expect(score.code == 64 && score.stderr.contains("--format html is for 'report'"))
        let none = CLIRunner.run(["--lang", "en"] + ["report"])
        #expect(none.code == 64)
    }

    @Test func districtQuestionByQuestionAndUnknownDistrict() {
        let bad = CLIRunner.run(["--lang", "en"] + ["report", TestPaths.sample, "--district", "Nowhere"])
        #expect(bad.code == 64 && bad.stderr.contains("'Nowhere' is not a unit of this run; units: Quy Nhơn, An Nhơn"))
        let r = CLIRunner.run(
            ["--lang", "en"] + ["report", TestPaths.sample, "--format", "markdown", "--lang", "en", "--district", "tây sơn"])
        #expect(r.code == 0, "\(r.stderr)")
        let section = r.stdout.components(separatedBy: "### Tây Sơn: communes (question by question)")
        #expect(section.count == 2)
        let taySon = section.last!.components(separatedBy: "\n### ")[0]
        #expect(taySon.components(separatedBy: "\n#### q").count == 23)  // 22 questions
        #expect(taySon.contains("#### q1 — The waiting area of the reception and results desk has enough seats"))
        #expect(r.stdout.contains("### An Lão: communes\n") && r.stdout.contains("Tây Sơn is shown question by question."))
        // No --date, no SOURCE_DATE_EPOCH: today's date (UTC), as printed pages need one.
        #expect(r.stdout.contains("Report date: " + ReportDate.today().text(.en)))
    }

    @Test func sourceDateEpochDatesTheReport() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        p.arguments = ["report", TestPaths.sample, "--format", "markdown", "--lang", "en"]
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1640908800"  // date -u -d @1640908800: 2021-12-31
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == golden("report.en.md"))
    }
}
