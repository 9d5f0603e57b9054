import Foundation
import Testing
@testable import ParSurvey

/// `par-survey compare` end to end (in-process), on Tây Sơn's sample batch.
@Suite struct CompareCommandTests {
    static let taySon = [
        "--questionnaire", TestPaths.repo("Questionnaires/sipas-citizen.json"),
        TestPaths.repo("Samples/binh-dinh-2021/citizens/tay-son.csv"),
    ]

    /// The 15 communes and the test, matching R's svychisq (expected-proportions fallback:
    /// R stops on this sparse table) from Fixtures/uncertainty/tay-son.json.
    @Test func taySonCommunesAndTestMatchR() throws {
        let r = CLIRunner.run(["compare"] + Self.taySon + ["--by", "commune", "--question", "q1", "--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONParser.parse(r.stdout)
        let q = json["questions"]!.items[0]
        #expect(q["groups"]!.items.count == 15)
        let ref = try ReferenceFixture.json("tay-son.json")["chisq"]!.items[0]
        let test = q["test"]!
        #expect(ReferenceFixture.relative(test["F"]!.double!, ref["F"]!.double!) < 1e-9)
        #expect(abs(test["pValueF"]!.double! - ref["pF"]!.double!) < 1e-8)
        #expect(abs(test["pValueChiSquare"]!.double! - ref["pChisq"]!.double!) < 1e-8)
        #expect(test["designEffectsFrom"]!.string == "expectedProportions")
        #expect(q["warnings"]!.items.contains { $0.string!.contains("sparse") })
    }

    /// The default table names every commune and prints the test line.
    @Test func tableListsFifteenCommunes() {
        let r = CLIRunner.run(["compare"] + Self.taySon + ["--by", "commune", "--question", "q1"])
        #expect(r.code == 0)
        for commune in [
            "Phú Phong", "Tây Thuận", "Tây Giang", "Vĩnh An", "Tây Xuân", "Bình Nghi", "Tây Bình", "Tây An", "Tây Phú",
            "Bình Tường", "Bình Tân", "Bình Thuận", "Bình Hòa", "Tây Vinh", "Bình Thành",
        ] {
            #expect(r.stdout.contains(commune), "\(commune)")
        }
        #expect(r.stdout.contains("Kiểm định Rao–Scott"))
        // Rao–Scott F for q1 is 1.40316133 (tay-son.json: svychisq is singular on these sparse
        // cells, so R computes the expected-proportions form from survey's covariance): 3 decimals, vi style.
        #expect(r.stdout.contains("F = 1,403"))
    }

    /// --level 0.9: everyone's q1 share 0.789655 with R's SE 0.0239724888 (tay-son.json, df 298)
    /// gives R's svyciprop(~P, des, method = "logit", level = 0.9) =
    /// [0.747384860946702, 0.826494384572049].
    @Test func levelOptionChangesIntervals() throws {
        let r = CLIRunner.run(["compare"] + Self.taySon + ["--by", "commune", "--question", "q1", "--format", "json", "--level", "90"])
        #expect(r.code == 0)
        let pooled = try JSONParser.parse(r.stdout)["questions"]!.items[0]["pooled"]!
        let ci = pooled["confidenceInterval"]!.items.map { $0.double! }
        #expect(abs(ci[0] - 0.747384860946702) < 1e-9 && abs(ci[1] - 0.826494384572049) < 1e-9)
    }

    @Test func csvAndMarkdownFormats() throws {
        let csv = CLIRunner.run(["compare"] + Self.taySon + ["--by", "commune", "--element", "E1", "--format", "csv"])
        #expect(csv.code == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("question,group,respondents,answered,answeredWeighted,missing,missingWeighted,weighted_1") == true)
        #expect(lines.count == 1 + 4 * 16)  // E1 has q1..q4; 15 communes + everyone each
        let md = CLIRunner.run(["compare"] + Self.taySon + ["--question", "q2,q3", "--format", "markdown", "--lang", "en"])
        #expect(md.code == 0)
        #expect(md.stdout.contains("### q2") && md.stdout.contains("### Summary of tests") && md.stdout.contains("| commune |"))
    }

    /// A run folder: the leaders' component has no commune column and is skipped with a note;
    /// the mapped respondent-group column can be the grouping.
    @Test func runFolderComponentsAndGroupColumn() throws {
        let all = CLIRunner.run(["compare", TestPaths.sample, "--question", "q1,l1"])
        #expect(
            all.code == 0
                && all.stderr.contains(
                    "par-survey: lưu ý: leaders: không có cột “commune” để so sánh giữa các nhóm (các cột hiện có: không có); bỏ qua")
        )
        let en = CLIRunner.run(["compare", TestPaths.sample, "--question", "q1,l1", "--lang", "en"])
        #expect(en.code == 0 && en.stderr.contains("par-survey: note: leaders: no column 'commune' to group by (available: none); skipped"))
        let groups = CLIRunner.run(["compare", TestPaths.sample, "--by", "group", "--question", "l1", "--format", "json"])
        #expect(groups.code == 0)
        let q = try JSONParser.parse(groups.stdout)["questions"]!.items[0]
        #expect(q["groups"]!.items.map { $0["group"]!.string! } == ["delegate", "provincial", "district"])
    }

    @Test func usageErrors() {
        let level = CLIRunner.run(["--lang", "en"] + ["compare"] + Self.taySon + ["--level", "2"])
        #expect(level.code == 64)
        let by = CLIRunner.run(["--lang", "en"] + ["compare"] + Self.taySon + ["--by", "ward"])
        #expect(by.code == 64 && by.stderr.contains("no column 'ward'") && by.stderr.contains("commune"))
        let q = CLIRunner.run(["--lang", "en"] + ["compare"] + Self.taySon + ["--question", "q99"])
        #expect(q.code == 64 && q.stderr.contains("q99"))
        let both = CLIRunner.run(["--lang", "en"] + ["compare"] + Self.taySon + ["--all", "--question", "q1"])
        #expect(both.code == 64)
    }

    /// Tây Sơn's satisfaction points 25,70 with the half-width of their 95 % interval, on the
    /// weighted sample (raked within district, strata = district): R's calibrate(calfun = "raking")
    /// + svycontrast on the Tây Sơn domain gives SE 0.008333993060356 for the index, df 298
    /// (Fixtures/uncertainty/sample-run-tay-son.txt, by Scripts/reference/sample_run_se.R), so
    /// the points' SE is 30 × SE = 0.25001979 and qt(0.975, 298) × 30 × SE = 0.4920 → "± 0,49".
    @Test func runShowsIntervalsAndRankColumns() throws {
        let r = CLIRunner.run(["run", TestPaths.sample])
        #expect(r.code == 0)
        let row = r.stdout.split(separator: "\n").first { $0.contains("Tây Sơn") }.map(String.init) ?? ""
        #expect(row.contains("25,70 ± 0,49"))
        let json = try JSONParser.parse(CLIRunner.run(["run", TestPaths.sample, "--format", "json"]).stdout)
        let ts = try #require(json["units"]?.items.first { $0["unit"] == .string("Tây Sơn") })
        #expect(abs(ts["satisfactionStandardError"]!.double! / 30 - 0.008333993060356) < 1e-9 * 0.008333993060356)
        #expect(r.stdout.contains("Khoảng hạng"))
        let json1 = CLIRunner.run(["run", TestPaths.sample, "--format", "json"]).stdout
        let json2 = CLIRunner.run(["run", TestPaths.sample, "--format", "json"]).stdout
        #expect(json1 == json2)
        let units = try JSONParser.parse(json1)["units"]!.items
        for u in units {
            let interval = u["rankInterval"]!.items.map { Int($0.double!) }
            #expect(interval.count == 2 && interval[0] <= interval[1])
            #expect(u["rankProbability"]!.double! > 0 && u["rankProbability"]!.double! <= 1)
        }
        // The probability of the published rank, by hand with a normal approximation (units'
        // survey points independent, SE = √(satSE² + leadSE²) from the same JSON; the
        // simulation draws 10,000 times, so its Monte Carlo SE is at most 0.005):
        // An Nhơn (89,02, SE √(0.2328² + 0.1938²)) against Quy Nhơn (87,56, SE √(0.2418² + 0.1396²)):
        //   z = 1.46 / √0.1697 = 3.54 → P(rank 1) ≈ Φ(3.54) = 0.9998.
        // Tây Sơn (84,11; var 0.07814) between Hoài Nhơn (85,37; var 0.08585) and Phù Cát
        //   (83,46; var 0.10814): P(below Hoài Nhơn) = Φ(1.26 / 0.4050) = Φ(3.111) = 0.99907,
        //   P(above Phù Cát) = Φ(0.65 / 0.4316) = Φ(1.506) = 0.9340; the two fail together
        //   almost never, so P(rank 4) ≈ 0.9340 − (1 − 0.99907) = 0.933 (Tuy Phước, z = 3.0, adds
        //   about 0.001 more). A rank count off by one, or ties counted as losses, misses these.
        func probability(_ unit: String) -> Double? { units.first { $0["unit"] == .string(unit) }?["rankProbability"]?.double }
        #expect(abs(try #require(probability("An Nhơn")) - 0.9998) < 0.002)
        #expect(abs(try #require(probability("Tây Sơn")) - 0.933) < 0.012)
    }
}
