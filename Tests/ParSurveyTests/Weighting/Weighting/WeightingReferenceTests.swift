import Foundation
import ParSurvey
import ParSurveyCommands
import Testing

/// Every weight and diagnostic of the committed cases against R's survey package
/// (`Scripts/reference/weights_reference.R`, R 4.2.2, survey 4.1.1).
@Suite struct WeightingReferenceTests {
    /// Plans whose raking cannot meet its margins (R returns weights anyway; we refuse).
    static let impossible: Set<String> = ["tiny/rake_cross", "sparse/rake_cross"]

    static var cases: [(String, String)] {
        WeightingCase.names.flatMap { c in WeightingCase.plans(c).map { (c, $0) } }.filter { !impossible.contains("\($0.0)/\($0.1)") }
    }

    @Test(arguments: cases)
    func weightsMatchR(_ name: String, _ plan: String) throws {
        let c = try WeightingCase.load(name)
        let r = try c.apply(plan)
        let reference = try #require(c.reference[plan])
        #expect(r.weighted.weights.count == reference.count)
        #expect(maxRelativeDifference(r.weighted.weights, reference) <= 1e-9, "\(name)/\(plan)")
    }

    /// Where the crossed margins cannot be met (sparse cells), R's rake() returns weights anyway: on
    /// `tiny` its stopping rule is met after 46 sweeps with a margin 48 % off, without a warning; on
    /// `sparse` it warns after 100 sweeps. We refuse both, with R's margin error.
    @Test(arguments: ["tiny", "sparse"])
    func rakingThatMissesItsMarginsIsRefusedWhereRReturnsWeights(_ name: String) throws {
        let c = try WeightingCase.load(name)
        let rError = try #require(c.number("plans", "rake_cross", "maxMarginError"))
        let rSweeps = c.number("plans", "rake_cross", "sweeps").map { Int($0) } ?? 100  // null: maxit reached
        let plan = try c.plan("rake_cross")
        let result = Result { () throws(WeightingError) in try WeightingEngine.apply(plan, to: c.table, columns: WeightingCase.mapping) }
        guard case let .failure(e) = result, case let .notConverged(_, sweeps, error, _, _) = e else {
            Issue.record("raking that misses its margins should fail")
            return
        }
        #expect(sweeps == rSweeps)
        #expect(abs(error - rError) <= 1e-6 * rError, "\(error) vs R \(rError)")
        #expect(e.exitCode == .dataError)
    }

    /// Raking stopped after 2 sweeps: the largest margin error the error reports is R's.
    @Test(arguments: WeightingCase.names)
    func rakingCutShortReportsRsMarginError(_ name: String) throws {
        let c = try WeightingCase.load(name)
        let planText =
            #"{"steps": [{"step": "rake", "maxSweeps": 2, "margins": [{"variables": ["gender"], "totals": "../gender.csv"}, {"variables": ["age_group"], "totals": "../age.csv"}, {"variables": ["commune"], "totals": "../commune.csv"}]}]}"#
        let plan = try WeightingPlan.parse(try JSONParser.parse(planText), path: "cut.json", folder: c.folder + "/plans")
        let rError = try #require(c.number("stoppedRaking", "maxMarginError"))
        let result = Result { () throws(WeightingError) in try WeightingEngine.apply(plan, to: c.table, columns: WeightingCase.mapping) }
        guard case let .failure(e) = result, case let .notConverged(_, sweeps, error, _, _) = e else {
            Issue.record("raking cut after 2 sweeps should fail")
            return
        }
        #expect(sweeps == 2 && abs(error - rError) <= 1e-9 * rError, "\(error) vs R \(rError)")
    }
}

/// Diagnostics (Kish design effect, effective sample size, sweeps, margin errors, trimmed
/// counts) against the figures `weights_reference.R` computed from R's weights.
@Suite struct WeightingDiagnosticsReferenceTests {
    static func close(_ a: Double, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        guard let b else { return false }
        return abs(a - b) <= tolerance * abs(b)
    }

    static func matches(_ s: WeightSummary, _ c: WeightingCase, _ path: String...) -> Bool {
        func n(_ k: String) -> Double? {
            var v: JSONValue? = c.json
            for p in path + [k] { v = v?[p] }
            if case let .number(x, _)? = v { return x }
            return nil
        }
        return Double(s.respondents) == n("respondents") && close(s.sumOfWeights, n("sumOfWeights")) && close(s.minWeight, n("minWeight"))
            && close(s.meanWeight, n("meanWeight")) && close(s.maxWeight, n("maxWeight")) && close(s.designEffect, n("designEffect"))
            && close(s.effectiveSampleSize, n("effectiveSampleSize"))
    }

    @Test(arguments: WeightingReferenceTests.cases)
    func kishFiguresMatchR(_ name: String, _ plan: String) throws {
        let c = try WeightingCase.load(name)
        let d = try c.apply(plan).diagnostics
        #expect(Self.matches(d.overall, c, "plans", plan, "overall"), "\(name)/\(plan) overall")
        #expect(!d.units.isEmpty)
        for u in d.units {
            #expect(Self.matches(u, c, "plans", plan, "byDistrict", u.name), "\(name)/\(plan) \(u.name)")
        }
        // ESS = n / deff
        #expect(
            abs(d.overall.effectiveSampleSize * d.overall.designEffect - Double(d.overall.respondents)) < 1e-9
                * Double(d.overall.respondents))
    }

    @Test(arguments: WeightingReferenceTests.cases.filter { $0.1.hasPrefix("rake") || $0.1 == "trim_rerake" })
    func sweepsAndMarginErrorMatchR(_ name: String, _ plan: String) throws {
        let c = try WeightingCase.load(name)
        let d = try c.apply(plan).diagnostics
        let sweeps = try #require(c.number("plans", plan, "sweeps"))
        #expect(d.overall.sweeps == Int(sweeps), "\(name)/\(plan)")
        let error = try #require(c.number("plans", plan, "maxMarginError"))
        #expect(abs(try #require(d.overall.maxMarginError) - error) < 1e-11, "\(name)/\(plan)")
        #expect(error < 1e-8)
        if plan == "rake_within" {
            for u in d.units {
                #expect(u.sweeps == c.number("plans", plan, "sweepsByDistrict", u.name).map { Int($0) }, "\(name) \(u.name)")
            }
        }
    }

    @Test(arguments: WeightingReferenceTests.cases.filter { $0.1.hasPrefix("trim") })
    func trimmedCountsMatchR(_ name: String, _ plan: String) throws {
        let c = try WeightingCase.load(name)
        let d = try c.apply(plan).diagnostics
        let trimmed = try #require(c.number("plans", plan, "trimmed"))
        #expect(d.overall.trimmed == Int(trimmed), "\(name)/\(plan)")
        #expect(d.units.map(\.trimmed).reduce(0, +) == d.overall.trimmed)
        let step = try #require(d.steps.first { $0.kind == "trim" })
        #expect(step.trimmed == Int(trimmed))
        if let passes = c.number("plans", plan, "passes") { #expect(step.passes == Int(passes), "\(name)/\(plan)") }
    }

    /// R's `rake()` and `calibrate(calfun = "raking")` agree to ~2e-9 with each other (each has its
    /// own stopping rule at epsilon 1e-10); our raking is within 1e-8 of calibrate's.
    @Test(arguments: ["tiny", "sparse", "medium"])
    func rakingAgreesWithCalibrate(_ name: String) throws {
        let c = try WeightingCase.load(name)
        let r = try c.apply("rake")
        #expect(maxRelativeDifference(r.weighted.weights, try #require(c.reference["rake_calibrate"])) <= 1e-8)
    }
}

/// Plan variants that must give the same weights as a referenced plan.
@Suite struct WeightingEquivalenceTests {
    /// Gender and age margins given as shares (total / N) instead of totals: the shares are
    /// taken of the commune margin's population, so the weights are R's `rake()` weights.
    @Test func rakingToSharesOfTheTotalsMarginsPopulation() throws {
        let c = try WeightingCase.load("medium")
        func shares(_ file: String, _ column: String) throws -> String {
            let csv = try SimpleCSV(bytes: [UInt8](try #require(FileManager.default.contents(atPath: "\(c.folder)/\(file)"))))
            let total = csv.rows.map { Double($0.fields[1])! }.reduce(0, +)
            return "["
                + csv.rows.map { "{\"\(column)\": \"\($0.fields[0])\", \"share\": \(Double($0.fields[1])! / total)}" }.joined(
                    separator: ", ") + "]"
        }
        let text =
            #"{"steps": [{"step": "rake", "margins": [{"variables": "gender", "shares": \#(try shares("gender.csv", "gender"))}, {"variables": "age_group", "shares": \#(try shares("age.csv", "age_group"))}, {"variables": "commune", "totals": "../commune.csv"}]}]}"#
        let plan = try WeightingPlan.parse(try JSONParser.parse(text), path: "shares.json", folder: c.folder + "/plans")
        let r = try WeightingEngine.apply(plan, to: c.table, columns: WeightingCase.mapping)
        #expect(maxRelativeDifference(r.weighted.weights, try #require(c.reference["rake"])) <= 1e-9)
    }

    /// Post-stratifying first changes nothing when the raking has the same cells as a margin
    /// (the raking's solution absorbs any factor constant on a margin's categories): still R's
    /// within-district raking, and the calibration is the raking's.
    @Test func postStratifyingBeforeRakingOnTheSameCells() throws {
        let c = try WeightingCase.load("medium")
        let text =
            #"{"strata": "commune", "steps": [{"step": "postStratify", "cells": "commune", "withinUnit": true, "totals": "../district-commune.csv"}, {"step": "rake", "withinUnit": true, "margins": [{"variables": "commune", "totals": "../district-commune.csv"}, {"variables": "gender", "totals": "../district-gender.csv"}, {"variables": "age_group", "totals": "../district-age.csv"}]}]}"#
        let plan = try WeightingPlan.parse(try JSONParser.parse(text), path: "ps-rake.json", folder: c.folder + "/plans")
        let r = try WeightingEngine.apply(plan, to: c.table, columns: WeightingCase.mapping)
        #expect(maxRelativeDifference(r.weighted.weights, try #require(c.reference["rake_within"])) <= 1e-9)
        #expect(r.weighted.calibration?.names == ["district × commune", "district × gender", "district × age_group"])
        #expect(r.weighted.calibration?.levelCounts == [15, 10, 20])
        #expect(r.weighted.designWeights == c.table.weights)
        // strata: communes (each inside one district)
        #expect(r.weighted.strata.levels.count == 15 && r.weighted.strata.codes == c.table.variable("commune")?.codes)
    }

    @Test func strataMustNestInUnits() throws {
        let c = try WeightingCase.load("tiny")
        let plan = try WeightingPlan.parse(try JSONParser.parse(#"{"strata": "gender", "steps": []}"#), path: "s.json", folder: c.folder)
        let result = Result { () throws(WeightingError) in try WeightingEngine.apply(plan, to: c.table, columns: WeightingCase.mapping) }
        guard case let .failure(e) = result, case .notApplicable = e else {
            Issue.record("strata crossing districts accepted")
            return
        }
        #expect(e.description.contains("stratum") && e.description.contains("D1") && e.description.contains("D2"))
    }
}
