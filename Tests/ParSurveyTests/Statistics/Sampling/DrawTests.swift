import Foundation
import Testing
@testable import ParSurvey

/// The stratified draw: R's `sampling` probabilities, an independent re-implementation of the
/// draw, uniformity over a fixed list of seeds, and the Horvitz–Thompson total through a plan.
@Suite struct DrawTests {
    static let frame = TestPaths.fixture("sampling/frame.csv")
    static let sizes = TestPaths.fixture("sampling/sizes-given.csv")

    static func given(seed: UInt64 = 20_251_206, reserve: FrameDraw.ReserveRule = .count(1)) throws -> FrameDraw {
        try FrameDraw(
            frame: SamplingTable.read(frame),
            options: .init(
                idColumn: "transactionId", unitColumn: "commune", strataColumn: "field",
                sizes: SamplingTable.read(sizes), allocation: .given, reserve: reserve, seed: seed))
    }

    /// CSV rows of a file keyed by its first column.
    static func rows(_ path: String) throws -> [String: [String]] {
        let t = try SamplingTable.read(path)
        return Dictionary(uniqueKeysWithValues: t.rows.map { ($0.fields[0], $0.fields) })
    }

    @Test func inclusionProbabilitiesMatchRSampling() throws {
        // reference-inclusion.csv: sampling::inclusionprobastrata and strata(method = "srswor")$Prob (reference.R).
        let ref = try Self.rows(TestPaths.fixture("sampling/reference-inclusion.csv"))
        let d = try Self.given()
        #expect(d.strata.count == 5)
        let t = try SamplingTable.read(Self.frame)
        var checked = 0
        for s in d.strata {
            for i in s.sample + s.reserve {
                let r = try #require(ref[t.rows[i].fields[0]])
                #expect(Int(r[3]) == s.population && Int(r[4]) == s.size)
                #expect(Double(r[5]) == s.inclusionProbability)  // exactly n_h / N_h
                if !r[6].isEmpty { #expect(Double(r[6]) == s.inclusionProbability) }
                checked += 1
            }
        }
        #expect(checked == 15 + 4)
    }

    @Test func drawMatchesTheIndependentReimplementation() throws {
        // reference-draw.txt: reference_draw.py (Python integers) with the same seed and sizes.
        let lines = try String(contentsOfFile: TestPaths.fixture("sampling/reference-draw.txt"), encoding: .utf8).split(separator: "\n")
        let d = try Self.given()
        let t = try SamplingTable.read(Self.frame)
        let ours = d.strata.map { s in
            "\(s.unit)|\(s.stratum)|sample=" + s.sample.map { t.rows[$0].fields[0] }.joined(separator: " ")
                + "|reserve=" + s.reserve.map { t.rows[$0].fields[0] }.joined(separator: " ")
        }
        #expect(ours == lines.map(String.init))
    }

    @Test func boundedIsUniform() {
        // 70,000 draws of U(7) from seed 7: χ² with 6 df; the 0.999 quantile is 22.458
        // (R: qchisq(0.999, 6)). Fixed seed: the statistic is fixed, the test cannot flake.
        var rng = Xoshiro256StarStar(seed: 7)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[Int(rng.bounded(7))] += 1 }
        let chi = counts.reduce(0.0) { $0 + pow(Double($1) - 10_000, 2) / 10_000 }
        #expect(chi < 22.458)
        // A bound of 1 always gives 0; 2⁶³ + 1 stays below its bound.
        #expect(rng.bounded(1) == 0)
        #expect(rng.bounded((1 << 63) + 1) <= (1 << 63))
    }

    @Test func everySubsetEquallyLikelyOverFixedSeeds() {
        // N = 5, n = 2: C(5,2) = 10 subsets; seeds 1…2,000 give 200 expected each. χ² with 9 df;
        // the 0.999 quantile is 27.877 (R: qchisq(0.999, 9)).
        var counts: [String: Int] = [:]
        for seed in UInt64(1)...2000 {
            let s = StratifiedDraw.draw([.init(members: [0, 1, 2, 3, 4], size: 2)], seed: seed)[0].sample.sorted()
            counts["\(s)", default: 0] += 1
        }
        #expect(counts.count == 10)
        let chi = counts.values.reduce(0.0) { $0 + pow(Double($1) - 200, 2) / 200 }
        #expect(chi < 27.877)
        // Each member's share of selections: N = 10, n = 3 over seeds 1…1,000 → 300 expected each, χ² 9 df < 27.877.
        var hits = [Int](repeating: 0, count: 10)
        for seed in UInt64(1)...1000 {
            for m in StratifiedDraw.draw([.init(members: Array(0..<10), size: 3)], seed: seed)[0].sample { hits[m] += 1 }
        }
        #expect(hits.reduce(0.0) { $0 + pow(Double($1) - 300, 2) / 300 } < 27.877)
    }

    @Test func proportionalAllocationByHand() {
        // n = 20 over N_h = 52, 37, 59 (N = 148): quotas 7.03, 5.00, 7.97 → 7, 5, 7 plus the one left to the
        // largest remainder (7.97) → 7, 5, 8.
        #expect(StratumAllocation.proportional.allocate(20, among: [52, 37, 59]) == [7, 5, 8])
        // n = 3 over 100, 1, 1: quotas 2.94, 0.03, 0.03 → 3, 0, 0; the empty strata get 1 each from the largest → 1, 1, 1.
        #expect(StratumAllocation.proportional.allocate(3, among: [100, 1, 1]) == [1, 1, 1])
        #expect(StratumAllocation.equal.allocate(10, among: [5, 9, 30]) == [4, 3, 3])
    }

    @Test func horvitzThompsonTotalThroughAPlanIsN() throws {
        // Every drawn respondent answers; the batch carries the draw's designWeight column and a plan
        // reads it with "designWeights": "designWeight". Σ weights = Σ_h n_h · N_h/n_h = N = 51.
        for (seed, reserve) in [(UInt64(20_251_206), FrameDraw.ReserveRule.count(0)), (1, .count(2))] {
            let d = try Self.given(seed: seed, reserve: reserve)
            let total = try Self.weightedTotal(d)
            #expect(total == 51)  // the given sizes make every N_h/n_h a binary fraction: exact
        }
        // Proportional allocation, 7 forms per commune: weights such as 20/3 are not binary fractions;
        // the sum of n_h copies of the shortest decimal of N_h/n_h is N to 1e-12.
        let d = try FrameDraw(
            frame: SamplingTable.read(Self.frame),
            options: .init(
                idColumn: "transactionId", unitColumn: "commune",
                strataColumn: "field", sizePerUnit: 7, seed: 3))
        #expect(abs(try Self.weightedTotal(d) - 51) < 1e-12)
    }

    /// The sample (reserve 0) as a weighting batch, weighted by a plan that names designWeight.
    static func weightedTotal(_ d: FrameDraw) throws -> Double {
        let csv = try SamplingTable.read(Self.frame)
        var batch = "id,district,commune,designWeight,q1,q2,q3,q4,q5\n"
        for s in d.strata {
            for i in s.sample {
                batch += "\(csv.rows[i].fields[0]),\(s.unit),\(s.stratum),\(s.designWeight),4,4,4,4,4\n"
            }
        }
        let scratch = WeightingScratch(["batch.csv": batch, "plan.json": #"{"designWeights": "designWeight", "steps": []}"#])
        let r = try scratch.run(mapping: ColumnMapping(id: "id", unit: "district"))
        #expect(r.weighted.weights.count == d.strata.reduce(0) { $0 + $1.size })
        return r.weighted.weights.reduce(0, +)
    }
}
