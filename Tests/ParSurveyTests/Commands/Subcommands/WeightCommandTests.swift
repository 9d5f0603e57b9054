import Foundation
import ParSurvey
import Testing

/// `par-survey weight`, and `score`/`validate` with `--weighting`, end to end.
@Suite struct WeightCommandTests {
    static func caseArgs(_ name: String, plan: String) -> [String] {
        let folder = TestPaths.fixture("weighting/cases/\(name)")
        return [
            "--questionnaire", TestPaths.fixture("weighting/questionnaire.json"), folder + "/responses.csv",
            "--unit", "district", "--group", "rtype", "--weight", "weight", "--weighting", "\(folder)/plans/\(plan).json",
        ]
    }

    @Test(arguments: ["ps", "rake_within", "trim_add_strict", "groups"])
    func weightWritesRsWeightsAsCSV(_ plan: String) throws {
        let r = CLIRunner.run(["weight"] + Self.caseArgs("medium", plan: plan))
        #expect(r.code == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,weight")
        let c = try WeightingCase.load("medium")
        let mine = lines.dropFirst().map { Double($0.split(separator: ",")[1])! }
        #expect(lines.dropFirst().map { String($0.split(separator: ",")[0]) } == c.table.ids)
        #expect(maxRelativeDifference(mine, try #require(c.reference[plan])) <= 1e-9)
        // the diagnostics go to standard error
        #expect(r.stderr.contains("Hiệu ứng thiết kế") && r.stderr.contains("D5"))
    }

    @Test func weightJSONCarriesWeightsAndDiagnostics() throws {
        let r = CLIRunner.run(["weight"] + Self.caseArgs("tiny", plan: "trim_rerake") + ["--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let j = try JSONParser.parse(r.stdout)
        let comp = j["components"].flatMap { if case let .array(a) = $0 { return a.first } else { return nil } }
        let d = comp?["diagnostics"]
        let c = try WeightingCase.load("tiny")
        func n(_ v: JSONValue?) -> Double? {
            if case let .number(x, _)? = v { return x }
            return nil
        }
        #expect(abs((n(d?["overall"]?["designEffect"]) ?? 0) - (c.number("plans", "trim_rerake", "overall", "designEffect") ?? 1)) < 1e-9)
        #expect(
            abs((n(d?["overall"]?["effectiveSampleSize"]) ?? 0) - (c.number("plans", "trim_rerake", "overall", "effectiveSampleSize") ?? 1))
                < 1e-9)
        #expect(n(d?["overall"]?["trimmed"]) == c.number("plans", "trim_rerake", "trimmed"))
        guard case let .array(units)? = d?["units"] else {
            Issue.record("no units")
            return
        }
        #expect(
            units.count == 2 && units[0]["unit"] == .string("D1") && units[0]["designEffect"] != nil
                && units[0]["effectiveSampleSize"] != nil)
        guard case let .array(weights)? = comp?["weights"] else {
            Issue.record("no weights")
            return
        }
        let w = weights.compactMap { n($0["weight"]) }
        #expect(maxRelativeDifference(w, try #require(c.reference["trim_rerake"])) <= 1e-9)
    }

    /// Weighted criterion shares per district and overall: R's svymean / svyby on the raked design.
    @Test func weightedScoreMatchesRsEstimates() throws {
        let r = CLIRunner.run(["score"] + Self.caseArgs("medium", plan: "rake_within") + ["--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let j = try JSONParser.parse(r.stdout)
        let c = try WeightingCase.load("medium")
        func n(_ v: JSONValue?) -> Double? {
            if case let .number(x, _)? = v { return x }
            return nil
        }
        func criteria(_ g: JSONValue?) -> [Double] {
            guard case let .array(a)? = g?["criteria"] else { return [] }
            return a.compactMap { n($0["index"]) }
        }
        let overallR = (1...5).compactMap { c.number("estimates", "overall", "q\($0)") }
        #expect(overallR.count == 5 && maxRelativeDifference(criteria(j["overall"]), overallR) <= 1e-9)
        guard case let .array(groups)? = j["groups"] else {
            Issue.record("no groups")
            return
        }
        #expect(groups.count == 5)
        for g in groups {
            guard case let .string(d)? = g["group"] else { continue }
            let ref = (1...5).compactMap { c.number("estimates", "byDistrict", d, "q\($0)") }
            #expect(ref.count == 5 && maxRelativeDifference(criteria(g), ref) <= 1e-9, "\(d)")
        }
        #expect(j["weightingDiagnostics"]?["overall"]?["designEffect"] != nil)
    }

    @Test func failuresExitNonZeroWithAMessage() throws {
        let bad = TestPaths.write(#"{"steps": [{"step": "rake", "margins": [], "maxSweep": 5}]}"#, name: "plan.json")
        let args = Self.caseArgs("tiny", plan: "ps").dropLast(2) + ["--weighting", bad]
        let r = CLIRunner.run(["--lang", "en"] + ["weight"] + args)
        #expect(r.code == 65 && r.stderr.contains("plan.json") && r.stderr.contains("steps[0].margins"))
        let missing = CLIRunner.run(
            ["--lang", "en"] + ["weight"] + Self.caseArgs("tiny", plan: "ps").dropLast(2) + ["--weighting", "/nonexistent/plan.json"])
        #expect(missing.code == 66 && missing.stderr.contains("/nonexistent/plan.json"))
        // the sparse crossed raking cannot meet its margins
        let sparse = CLIRunner.run(["--lang", "en"] + ["score"] + Self.caseArgs("sparse", plan: "rake_cross"))
        #expect(sparse.code == 65 && sparse.stderr.contains("did not converge") && sparse.stderr.contains("margin error"))
        // --weighting FILE with a folder of two components
        let two = CLIRunner.run(
            ["--lang", "en"] + ["score", TestPaths.sample, "--weighting", TestPaths.sample + "/weighting/citizens.json"])
        #expect(two.code == 64 && two.stderr.contains("--component"))
    }

    @Test func validateShowsDiagnosticsAndFailsOnAPlanThatCannotApply() throws {
        let ok = CLIRunner.run(["--lang", "en"] + ["validate", TestPaths.sample, "--lang", "en"])
        #expect(ok.code == 0 && ok.stdout.contains("Design effect") && ok.stdout.contains("Tây Sơn"))
        let r = CLIRunner.run(["--lang", "en"] + ["validate"] + Self.caseArgs("tiny", plan: "rake_cross"))
        #expect(r.code == 65)
        #expect(r.stdout.contains("50"))  // the accounting is still printed
        #expect(r.stderr.contains("raking did not converge") && r.stderr.contains("after 46 sweeps"))
    }

    @Test func runAndScoreUseTheManifestsPlansOrNone() throws {
        // without the plans the sample scores differently (25.50 unweighted, see expected.json)
        let none = CLIRunner.run(["score", TestPaths.sample, "--component", "satisfaction", "--weighting", "none", "--format", "csv"])
        func taySon(_ out: String) -> String? { out.split(separator: "\n").first { $0.hasPrefix("Tây Sơn,overall,") }.map(String.init) }
        #expect(none.code == 0)
        #expect(taySon(none.stdout)?.split(separator: ",", omittingEmptySubsequences: false)[6] == "25.50")
        let weighted = CLIRunner.run(["score", TestPaths.sample, "--component", "satisfaction", "--format", "csv"])
        #expect(taySon(weighted.stdout)?.split(separator: ",", omittingEmptySubsequences: false)[6] == "25.70")
        let json = CLIRunner.run(["run", TestPaths.sample, "--format", "json"])
        #expect(json.code == 0 && json.stdout.contains("\"effectiveSampleSize\"") && json.stdout.contains("\"designEffect\""))
    }
}
