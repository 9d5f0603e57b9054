import Foundation
import Testing

@testable import ParSurveyCommands

/// `merge --level` (issue 14): the year-over-year change intervals at the level asked for, as
/// `run --level` gives them, and the level named in the legend.
@Suite struct MergeLevelTests {
    /// Score JSON of both survey components of the Bình Định sample, and last year's table with
    /// standard errors 0,30 (satisfaction) and 0,20 (leadership) for every unit.
    static func inputs() throws -> [String] {
        let dir = TestPaths.temporaryFolder()
        for (comp, file) in [("satisfaction", "sat.json"), ("leadership", "lead.json")] {
            let r = CLIRunner.run(["score", TestPaths.sample, "--component", comp, "--format", "json", "--output", dir + "/" + file])
            #expect(r.code == 0, "\(r.stderr)")
        }
        var lines = try String(contentsOfFile: TestPaths.sample + "/previous-2020.csv", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        lines[0] += ",satisfactionStandardError,leadershipStandardError"
        for i in lines.indices.dropFirst() { lines[i] += ",0.30,0.20" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/previous.csv", atomically: true, encoding: .utf8)
        return [
            "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction", dir + "/sat.json",
            "--leadership", dir + "/lead.json", "--previous", dir + "/previous.csv",
        ]
    }

    static func satisfactionChange(_ json: String) throws -> [String: Any] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let units = try #require(doc["units"] as? [[String: Any]])
        let u = try #require(units.first { $0["unit"] as? String == "Tây Sơn" })
        let ci = try #require(u["changeInterval"] as? [String: Any])
        var sat = try #require(ci["satisfaction"] as? [String: Any])
        sat["level"] = ci["level"]
        return sat
    }

    @Test func level90NarrowsTheChangeIntervalByTheRatioOfQuantiles() throws {
        let args = try Self.inputs()
        let r95 = CLIRunner.run(args + ["--format", "json"])
        let r90 = CLIRunner.run(args + ["--format", "json", "--level", "90"])
        #expect(r95.code == 0 && r90.code == 0, "\(r90.stderr)")
        let c95 = try Self.satisfactionChange(r95.stdout)
        let c90 = try Self.satisfactionChange(r90.stdout)
        #expect(c95["level"] as? Double == 0.95 && c90["level"] as? Double == 0.9)
        let se = try #require(c90["standardError"] as? Double)
        #expect(se == (try #require(c95["standardError"] as? Double)))
        // Tây Sơn: 25,70 − 24,88 = +0,82 both times; the half-width is z·SE with
        // z = qnorm(0,975) = 1,959964 at 95 % and qnorm(0,95) = 1,644854 at 90 %,
        // so the 90 % interval is 1,644854 / 1,959964 = 0,839226 times as wide.
        let (l95, h95) = (try #require(c95["low"] as? Double), try #require(c95["high"] as? Double))
        let (l90, h90) = (try #require(c90["low"] as? Double), try #require(c90["high"] as? Double))
        #expect(abs((h90 - l90) / (h95 - l95) - 1.6448536269514722 / 1.959963984540054) < 1e-12)
        #expect(abs((h90 - l90) / (h95 - l95) - 0.839226) < 1e-6)
        #expect(abs(l90 - (0.82 - 1.6448536269514722 * se)) < 1e-9)
        #expect(abs(h90 - (0.82 + 1.6448536269514722 * se)) < 1e-9)
    }

    @Test func theLegendNamesTheLevelInBothLanguages() throws {
        let args = try Self.inputs()
        let vi = CLIRunner.run(args + ["--level", "0.9"])
        #expect(vi.code == 0, "\(vi.stderr)")
        #expect(vi.stdout.contains("± nửa độ rộng khoảng tin cậy 90 % của thay đổi"))
        let en = CLIRunner.run(["--lang", "en"] + args + ["--level", "90"])
        #expect(en.stdout.contains("± half the width of the change's 90% confidence"))
        // without --level: 95 %, as before
        #expect(CLIRunner.run(args).stdout.contains("khoảng tin cậy 95 % của thay đổi"))
        let bad = CLIRunner.run(["--lang", "en"] + args + ["--level", "2"])
        #expect(bad.code == 64 && bad.stderr.contains("--level must lie between 0 and 1"))
    }
}
