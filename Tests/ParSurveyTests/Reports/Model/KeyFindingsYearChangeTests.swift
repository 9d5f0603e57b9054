import Foundation
import Testing

@testable import ParSurvey

/// The report's key findings judge year-over-year changes by their interval (issue 14 item 6),
/// not by the raw difference, when last year's standard errors are known.
@Suite struct KeyFindingsYearChangeTests {
    static func findingsLine(_ folder: String, _ prefix: String) throws -> String {
        let r = CLIRunner.run(["report", folder, "--format", "markdown"])
        #expect(r.code == 0, "\(r.stderr)")
        return try #require(r.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix("- " + prefix) })
    }

    @Test func noisyChangesAreNotFindings() throws {
        // last year's SEs of 10 points: every total's change (at most 3,18 points) lies inside
        // ± 1,96 · √(se₁² + 10² + 10²) ≥ ± 27,7 points, so no change is clear.
        let folder = try YearChangeRunTests.copy("binh-dinh-2021", previous: "previous-2020.csv") { _ in (10, 10) }
        let line = try Self.findingsLine(folder, "Không đơn vị nào")
        #expect(line == "- Không đơn vị nào có tổng điểm thay đổi vượt sai số chọn mẫu so với năm trước.")
    }

    @Test func clearChangesCarryTheirHalfWidth() throws {
        // SEs of 0,01 last year: Phù Cát's total change 83,46 − 80,28 = +3,18 has SE
        // √(satSE₁² + leadSE₁² + 0,01² + 0,01²) (this year's SEs from the run's JSON), half-width
        // 1,959964 · SE ≈ 0,65, so it is clear and the largest.
        let folder = try YearChangeRunTests.copy("binh-dinh-2021", previous: "previous-2020.csv") { _ in (0.01, 0.01) }
        let json = CLIRunner.run(["run", folder, "--format", "json"])
        let u = try YearChangeRunTests.unit(json.stdout, "Phù Cát")
        let s = try #require(u["satisfactionStandardError"] as? Double)
        let l = try #require(u["leadershipStandardError"] as? Double)
        let half = 1.959963984540054 * (s * s + l * l + 0.0002).squareRoot()
        let text = String(format: "%.2f", half).replacingOccurrences(of: ".", with: ",")
        let line = try Self.findingsLine(folder, "Thay đổi rõ rệt nhất")
        #expect(line.hasPrefix("- Thay đổi rõ rệt nhất so với năm trước (lớn hơn sai số chọn mẫu): Phù Cát +3,18 ± \(text), "), "\(line)")
    }

    @Test func withoutStandardErrorsTheRawChangesAreSaidToBeUnjudged() throws {
        let line = try Self.findingsLine(TestPaths.sample, "Thay đổi lớn nhất")
        #expect(line.hasPrefix("- Thay đổi lớn nhất so với năm trước: Phù Cát +3,18, Tuy Phước +3,14, Phù Mỹ +2,72 điểm"))
        #expect(line.contains("chưa xác định được thay đổi có vượt sai số chọn mẫu hay không"))
    }
}
