import Foundation
import ParSurvey
import Testing

/// Each step on a handful of respondents, against values worked out by hand in the comments.
@Suite struct WeightingStepTests {
    static let batch = """
        id,district,commune,gender,age,group,weight,q1,q2,q3,q4,q5
        1,D1,C1,Nam,young,A,1,4,4,4,4,4
        2,D1,C1,Nữ,old,A,3,5,5,5,5,5
        3,D1,C2,Nam,old,B,2,1,1,1,1,1
        4,D1,C2,Nữ,young,A,2,3,3,3,3,3
        5,D2,C3,Nam,young,A,1,4,4,4,4,4
        6,D2,C3,Nữ,old,B,1,2,2,2,2,2

        """

    static func run(_ plan: String, batch: String = batch, files: [String: String] = [:]) throws -> WeightingResult {
        var all = files
        all["batch.csv"] = batch
        all["plan.json"] = plan
        return try WeightingScratch(all).run()
    }

    static func close(_ a: [Double], _ b: [Double], _ tol: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) }
    }

    @Test func postStratificationScalesEachCellToItsTotal() throws {
        // C1: w 1, 3 (Σ 4) → total 40: ×10 → 10, 30.  C2: 2, 2 (Σ 4) → 60: ×15 → 30, 30.  C3: 1, 1 → 20: ×10 → 10, 10.
        let r = try Self.run(#"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 40, "C2": 60, "C3": 20}}]}"#)
        #expect(Self.close(r.weighted.weights, [10, 30, 30, 30, 10, 10]))
        #expect(r.weighted.designWeights == [1, 3, 2, 2, 1, 1])
        let cal = try #require(r.weighted.calibration)
        #expect(cal.names == ["commune"] && cal.levelCounts == [3] && cal.variables == [[0, 0, 1, 1, 2, 2]])
        // Kish: n Σw² / (Σw)² = 6 · (100 + 900·3 + 100·2) / 120² = 6 · 3000 / 14400 = 1.25; ESS 4.8
        #expect(abs(r.diagnostics.overall.designEffect - 1.25) < 1e-12)
        #expect(abs(r.diagnostics.overall.effectiveSampleSize - 4.8) < 1e-12)
    }

    @Test func designWeightsFromAnotherColumnOrOne() throws {
        let batch = Self.batch.replacingOccurrences(of: "group,weight", with: "group,wt")
        let plan = #"{"designWeights": "wt", "steps": [{"step": "normalize", "to": "sampleSize"}]}"#
        var files = ["batch.csv": batch, "plan.json": plan]
        let r = try WeightingScratch(files).run(mapping: ColumnMapping(id: "id", unit: "district", group: "group"))
        // Σ w = 10 over 6 respondents: × 0.6
        #expect(Self.close(r.weighted.weights, [0.6, 1.8, 1.2, 1.2, 0.6, 0.6]))
        files["plan.json"] = #"{"designWeights": 1, "steps": []}"#
        #expect(try WeightingScratch(files).run(mapping: ColumnMapping(id: "id", unit: "district")).weighted.weights == [1, 1, 1, 1, 1, 1])
    }

    @Test func additiveAndProportionalTrimming() throws {
        let batch = """
            id,district,commune,gender,age,group,weight,q1,q2,q3,q4,q5
            1,D1,C1,Nam,young,A,1,4,4,4,4,4
            2,D1,C1,Nữ,old,A,2,4,4,4,4,4
            3,D1,C2,Nam,old,B,3,4,4,4,4,4
            4,D1,C2,Nữ,young,A,14,4,4,4,4,4

            """
        // mean 5, upper 2 × mean = 10: 14 → 10, the excess 4 goes
        // additively: + 4/3 each → 7/3, 10/3, 13/3, 10
        let add = try Self.run(
            #"{"steps": [{"step": "trim", "bounds": "relativeToMean", "upper": 2, "redistribution": "additive"}]}"#, batch: batch)
        #expect(Self.close(add.weighted.weights, [7.0 / 3, 10.0 / 3, 13.0 / 3, 10]))
        #expect(add.diagnostics.overall.trimmed == 1)
        // proportionally: × (6 + 4) / 6 → 5/3, 10/3, 5, 10
        let prop = try Self.run(
            #"{"steps": [{"step": "trim", "bounds": "relativeToMean", "upper": 2, "redistribution": "proportional"}]}"#, batch: batch)
        #expect(Self.close(prop.weighted.weights, [5.0 / 3, 10.0 / 3, 5, 10]))
        // without calibration before, none after
        #expect(prop.weighted.calibration == nil)
    }

    @Test func strictAdditiveTrimmingRetrimsWeightsPushedBackOverTheBound() throws {
        let batch = """
            id,district,commune,gender,age,group,weight,q1,q2,q3,q4,q5
            1,D1,C1,Nam,young,A,1,4,4,4,4,4
            2,D1,C1,Nữ,old,A,6,4,4,4,4,4
            3,D1,C2,Nam,old,B,13,4,4,4,4,4

            """
        // upper 7.5: pass 1: 13 → 7.5, +2.75 each → 3.75, 8.75, 7.5; pass 2: 8.75 → 7.5, and the 1.25 goes to
        // 3.75 and to the 7.5 at the bound (R's trimWeights counts it as inside) → 4.375, 7.5, 8.125; and so on,
        // halving each pass: the limit is 5, 7.5, 7.5 (Σ 20 kept).
        let strict = #"{"steps": [{"step": "trim", "bounds": "absolute", "upper": 7.5, "redistribution": "additive", "strict": true}]}"#
        let r = try Self.run(strict, batch: batch)
        #expect(Self.close(r.weighted.weights, [5, 7.5, 7.5], 1e-12))
        #expect((r.diagnostics.steps.first?.passes ?? 0) > 20)
        #expect(r.diagnostics.overall.trimmed == 2)
        let once = try Self.run(strict.replacingOccurrences(of: "true", with: "false"), batch: batch)
        #expect(Self.close(once.weighted.weights, [3.75, 8.75, 7.5]))
    }

    @Test func groupSharesFixedOrEqualWithinUnit() throws {
        // D1: A = rows 1, 2, 4 (w 1, 3, 2; Σ 6), B = row 3 (w 2); Σ 8.  D2: A = row 5 (1), B = row 6 (1).
        // shares A 0.25, B 0.75 of each district's Σ w: D1 A → 2 (×1/3), B → 6 (×3); D2 A → 0.5, B → 1.5.
        let fixed = try Self.run(#"{"steps": [{"step": "groupShares", "withinUnit": true, "shares": {"A": 0.25, "B": 0.75}}]}"#)
        #expect(Self.close(fixed.weighted.weights, [1.0 / 3, 1, 6, 2.0 / 3, 0.5, 1.5]))
        #expect(fixed.weighted.calibration?.names == ["district × group"])
        // equal: D1 A → 4 (×2/3), B → 4 (×2); D2 unchanged
        let equal = try Self.run(#"{"steps": [{"step": "groupShares", "withinUnit": true, "shares": "equal"}]}"#)
        #expect(Self.close(equal.weighted.weights, [2.0 / 3, 2, 4, 4.0 / 3, 1, 1]))
    }

    @Test func normalizeToSampleSizeOrPopulationPerUnit() throws {
        let ps =
            #"{"step": "postStratify", "cells": "commune", "withinUnit": true, "totals": [{"district": "D1", "commune": "C1", "total": 40}, {"district": "D1", "commune": "C2", "total": 60}, {"district": "D2", "commune": "C3", "total": 20}]}"#
        // after post-stratification: 10, 30, 30, 30 | 10, 10; per district to the sample size: D1 × 4/100, D2 × 2/20
        let n = try Self.run(#"{"steps": [\#(ps), {"step": "normalize", "to": "sampleSize", "withinUnit": true}]}"#)
        #expect(Self.close(n.weighted.weights, [0.4, 1.2, 1.2, 1.2, 1, 1]))
        #expect(n.diagnostics.units.map(\.sumOfWeights) == [4, 2])
        // overall to 60: × 60/120
        let t = try Self.run(#"{"steps": [\#(ps), {"step": "normalize", "to": 60}]}"#)
        #expect(Self.close(t.weighted.weights, [5, 15, 15, 15, 5, 5]))
        // back to the population per district after the sample-size scaling
        let p = try Self.run(
            #"{"steps": [\#(ps), {"step": "normalize", "to": "sampleSize"}, {"step": "normalize", "to": "population", "withinUnit": true}]}"#
        )
        #expect(Self.close(p.weighted.weights, [10, 30, 30, 30, 10, 10]))
    }

    @Test func collapsedCategoryJoinsItsNeighbour() throws {
        // C4 has a population but no respondents: merged into C3, whose respondents then carry 20 + 30
        let plan =
            #"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 40, "C2": 60, "C3": 20, "C4": 30}, "collapse": [{"from": "C4", "into": "C3"}]}]}"#
        let r = try Self.run(plan)
        #expect(Self.close(r.weighted.weights, [10, 30, 30, 30, 25, 25]))
    }

    @Test func crossedCellsWithinUnitWithACollapseInOneUnit() throws {
        // one respondent per cell, so each weight becomes its cell's total; D2 × C4 × Nam (3 people, no
        // respondent) joins D2 × C3 × Nam: 5 + 3 = 8
        let rows = [
            ("D1", "C1", "Nam", 10), ("D1", "C1", "Nữ", 30), ("D1", "C2", "Nam", 20), ("D1", "C2", "Nữ", 40),
            ("D2", "C3", "Nam", 5), ("D2", "C3", "Nữ", 7), ("D2", "C4", "Nam", 3),
        ]
        .map { #"{"district": "\#($0.0)", "commune": "\#($0.1)", "gender": "\#($0.2)", "total": \#($0.3)}"# }.joined(separator: ", ")
        let plan =
            #"{"steps": [{"step": "postStratify", "cells": ["commune", "gender"], "withinUnit": true, "totals": [\#(rows)], "collapse": [{"unit": "D2", "from": ["C4", "Nam"], "into": ["C3", "Nam"]}]}]}"#
        let r = try Self.run(plan)
        #expect(Self.close(r.weighted.weights, [10, 30, 20, 40, 8, 7]))
        #expect(r.weighted.calibration?.names == ["district × commune × gender"] && r.weighted.calibration?.levelCounts == [6])
    }

    @Test func calibrationOfRakingWithinUnitIsKeptThroughTrimming() throws {
        let files = [
            "gender.csv": "district,gender,total\nD1,Nam,50\nD1,Nữ,50\nD2,Nam,10\nD2,Nữ,10\n",
            "age.csv": "district,age,total\nD1,young,40\nD1,old,60\nD2,young,10\nD2,old,10\n",
        ]
        let plan =
            #"{"steps": [{"step": "rake", "withinUnit": true, "margins": [{"variables": "gender", "totals": "gender.csv"}, {"variables": ["age"], "totals": "age.csv"}]}, {"step": "trim", "bounds": "relativeToMean", "upper": 1.5, "redistribution": "additive", "withinUnit": true}]}"#
        let r = try Self.run(plan, files: files)
        let cal = try #require(r.weighted.calibration)
        #expect(cal.names == ["district × gender", "district × age"])
        #expect(cal.levelCounts == [4, 4])
        // rows 1 and 3 are D1 men, 5 a D2 man; 1 and 4 D1 young, 5 D2 young
        #expect(cal.variables[0] == [0, 1, 0, 1, 2, 3])
        #expect(cal.variables[1] == [0, 1, 1, 0, 2, 3])
        #expect(r.weighted.designWeights == [1, 3, 2, 2, 1, 1])
        #expect(r.diagnostics.units.map(\.sumOfWeights).map { ($0 * 1e6).rounded() / 1e6 } == [100, 20])
    }
}
