import Foundation
import Testing

@testable import ParSurvey

/// Year-over-year changes in `run` output when last year's table gives standard errors
/// (optional columns `satisfactionStandardError`, `leadershipStandardError`), through a
/// crosswalk too. The samples' previous tables have none: copies get them here.
@Suite struct YearChangeRunTests {
    /// A copy of `sample` whose previous-year table gains standard-error columns
    /// (`se(unit)` → satisfaction and leadership SE), beside a link to the questionnaires.
    static func copy(_ sample: String, previous: String, se: (String) -> (Double, Double)) throws -> String {
        let root = TestPaths.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/Samples", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: root + "/Questionnaires", withDestinationPath: TestPaths.repo("Questionnaires"))
        let folder = root + "/Samples/" + sample
        try fm.copyItem(atPath: TestPaths.repo("Samples/" + sample), toPath: folder)
        let path = folder + "/" + previous
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] += ",satisfactionStandardError,leadershipStandardError"
        for i in lines.indices.dropFirst() {
            let (s, l) = se(String(lines[i].prefix { $0 != "," }))
            lines[i] += ",\(s),\(l)"
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    static func unit(_ json: String, _ name: String) throws -> [String: Any] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let units = try #require(doc["units"] as? [[String: Any]])
        return try #require(units.first { $0["unit"] as? String == name })
    }

    @Test func changesCarryTheirIntervalAndMark() throws {
        let folder = try Self.copy("binh-dinh-2021", previous: "previous-2020.csv") { _ in (0.30, 0.20) }
        let r = CLIRunner.run(["run", folder, "--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let u = try Self.unit(r.stdout, "Tây Sơn")
        let se1 = try #require(u["satisfactionStandardError"] as? Double)
        let ci = try #require(u["changeInterval"] as? [String: Any])
        let sat = try #require(ci["satisfaction"] as? [String: Any])
        // Tây Sơn: 25,70 − 24,88 = +0,82; SE = √(se₁² + 0,30²); interval ± 1,959964 SE
        let se = (se1 * se1 + 0.09).squareRoot()
        #expect(abs(try #require(sat["standardError"] as? Double) - se) < 1e-12)
        #expect(abs(try #require(sat["low"] as? Double) - (0.82 - 1.959963984540054 * se)) < 1e-9)
        #expect(sat["clear"] as? Bool == (0.82 - 1.959963984540054 * se > 0))
        // total: √(satSE₁² + leadSE₁² + 0,30² + 0,20²)
        let le1 = try #require(u["leadershipStandardError"] as? Double)
        let total = try #require(ci["total"] as? [String: Any])
        let seTotal = (se1 * se1 + le1 * le1 + 0.09 + 0.04).squareRoot()
        #expect(abs(try #require(total["standardError"] as? Double) - seTotal) < 1e-12)
        // the self-assessment's change is exact: 50,39 − 49,00 = +1,39
        let sa = try #require(ci["selfAssessment"] as? [String: Any])
        #expect(sa["standardError"] as? Double == 0)
        #expect(sa["clear"] as? Bool == true)
        // the table shows the half-width after the change, and no "no standard errors" note
        let table = CLIRunner.run(["run", folder])
        #expect(table.stdout.contains("+0,82 ± "))
        #expect(!table.stdout.contains("không có sai số chuẩn"))
        // CSV: the older columns stay, the intervals follow
        let csv = CLIRunner.run(["run", folder, "--format", "csv"])
        let header = String(csv.stdout.prefix { $0 != "\n" })
        #expect(header.contains("totalChange,selfAssessmentChange"))
        #expect(header.hasSuffix("leadershipChangeClear,changeLevel"))
    }

    @Test func withoutStandardErrorsTheTableSaysSo() throws {
        let r = CLIRunner.run(["run", TestPaths.sample])
        #expect(r.stdout.contains("Bảng năm trước không có sai số chuẩn"))
        #expect(!r.stdout.contains("+0,82 ± "))
    }

    @Test func aCrosswalkCarriesTheStandardErrorOfThePopulationWeightedMean() throws {
        // Tây Sơn (2025) = Phú Phong (14 800) + Tây Xuân (6 200) + Bình Nghi (7 100), whole
        // units, weights = populations, Σ = 28 100. SE of a weighted mean of independent units:
        // √((14800/28100)²·0,40² + (6200/28100)²·0,30² + (7100/28100)²·0,50²) = 0,2544136;
        // leadership, every SE 0,1: 0,1·√(Σ (wₖ/Σw)²) = 0,0624441.
        let satSE = ["Phú Phong": 0.40, "Tây Xuân": 0.30, "Bình Nghi": 0.50]
        let folder = try Self.copy("gia-lai-2025", previous: "previous-2024.csv") { (satSE[$0] ?? 0.35, 0.1) }
        let r = CLIRunner.run(["run", folder, "--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let prev = try #require(try Self.unit(r.stdout, "Tây Sơn")["previous"] as? [String: Any])
        #expect(prev["derived"] as? Bool == true)
        #expect(abs(try #require(prev["satisfactionStandardError"] as? Double) - 0.2544135555866577) < 1e-12)
        #expect(abs(try #require(prev["leadershipStandardError"] as? Double) - 0.06244410882230503) < 1e-12)
    }
}
