import Testing
@testable import ParSurvey

/// The rank simulation above the pairwise limit (more than 64 units), against the independent
/// Python re-implementation: `Scripts/reference/rank_simulation_many.py` (its own xoshiro256**,
/// `statistics.NormalDist.inv_cdf`, decimal ROUND_HALF_UP, O(n²) competition ranks) on a
/// synthetic table both sides build from the same formulas; its printed intervals and
/// checksum are pinned here. The probe shows which ranking path ran.
@Suite struct RankSimulationScaleTests {
    /// The script's table: 100 units, two components each; every 9th unit has no uncertainty.
    static func table(wide: Bool, n: Int = 100) -> (fixed: [Int], estimates: [[Double]], errors: [[Double]]) {
        var fixed: [Int] = []
        var estimates: [[Double]] = []
        var errors: [[Double]] = []
        for u in 0..<n {
            let certain = u % 9 == 0
            fixed.append(5000 + (37 * u) % 1000 + (wide && certain ? 20000 : 0))
            estimates.append([20 + Double((13 * u) % 100) / 10, 5 + Double((7 * u) % 50) / 20])
            errors.append(certain ? [0, 0] : [0.5 + Double(u % 7) / 10, 0.2 + Double(u % 5) / 20])
        }
        return (fixed, estimates, errors)
    }

    /// Σ_u Σ_k (u + 1) · k · count(u, k), as the script prints it.
    static func checksum(_ ranks: [RankSimulation.UnitRanks], draws: Int) -> Int {
        var sum = 0
        for (u, r) in ranks.enumerated() {
            for (i, p) in r.distribution.enumerated() {
                sum += (u + 1) * (r.firstRank + i) * Int((p * Double(draws)).rounded())
            }
        }
        return sum
    }

    static func intervals(_ ranks: [RankSimulation.UnitRanks]) -> String {
        ranks.map { "\($0.best)-\($0.worst)" }.joined(separator: " ")
    }

    /// python3 Scripts/reference/rank_simulation_many.py (totals span about 2,500 hundredths:
    /// every draw ranked by counting).
    @Test func countingPathMatchesReference() {
        let t = Self.table(wide: false)
        let (ranks, paths) = RankSimulation.simulateProbed(
            fixed: t.fixed, estimates: t.estimates, standardErrors: t.errors, rescale: nil,
            seed: 20_211_231, draws: 2000, pairwiseUpTo: RankSimulation.pairwiseLimit)
        #expect(paths == RankSimulation.RankingPaths(counted: 2000))
        #expect(Self.checksum(ranks, draws: 2000) == 491_266_108)
        #expect(
            Self.intervals(ranks)
                == "100-100 97-99 90-97 79-92 64-84 44-73 26-58 19-33 92-98 86-90 68-85 49-75 31-60 16-43 9-22 12-24 "
                + "72-86 54-76 46-52 19-46 8-30 3-11 4-15 1-5 38-65 23-47 10-31 7-11 61-76 63-80 44-66 94-99 85-97 "
                + "73-91 55-83 46-63 56-62 31-52 16-35 76-92 62-84 40-73 31-49 34-54 19-38 12-17 2-12 45-74 28-60 "
                + "20-35 23-38 10-24 2-13 1-4 43-49 89-99 84-92 71-84 73-87 55-78 36-64 21-47 82-96 78-83 56-75 "
                + "62-78 41-65 23-50 11-33 3-20 62-76 42-62 54-60 27-51 13-35 4-21 1-10 47-65 28-48 31-54 18-36 "
                + "11-15 63-84 42-74 32-52 90-97 91-98 81-93 66-86 47-76 40-47 22-35 9-22 84-94 70-87 53-77 33-63 "
                + "18-45 11-24 4-8")
    }

    /// python3 Scripts/reference/rank_simulation_many.py --wide (the certain units 200 points
    /// higher: totals span about 22,000 hundredths, above the counting limit of 4,496 for
    /// 100 units, so every draw is radix-sorted).
    @Test func radixPathMatchesReference() {
        let t = Self.table(wide: true)
        let (ranks, paths) = RankSimulation.simulateProbed(
            fixed: t.fixed, estimates: t.estimates, standardErrors: t.errors, rescale: nil,
            seed: 20_211_231, draws: 2000, pairwiseUpTo: RankSimulation.pairwiseLimit)
        #expect(paths == RankSimulation.RankingPaths(sorted: 2000))
        #expect(Self.checksum(ranks, draws: 2000) == 502_563_271)
        #expect(Self.intervals(ranks).hasPrefix("12-12 98-100 91-98 82-93 67-86 51-76 34-62 27-41 93-99 11-11 "))
        #expect(Self.intervals(ranks).hasSuffix(" 86-95 73-89 58-80 41-66 26-52 21-32 1-1"))
    }

    /// All three paths give the same counts on the same draws (pairwise forced for 100 units).
    @Test func everyPathGivesTheSameRanks() {
        for wide in [false, true] {
            let t = Self.table(wide: wide)
            let fast = RankSimulation.simulateProbed(
                fixed: t.fixed, estimates: t.estimates, standardErrors: t.errors, rescale: nil,
                seed: 3, draws: 300, pairwiseUpTo: 0)
            let pairwise = RankSimulation.simulateProbed(
                fixed: t.fixed, estimates: t.estimates, standardErrors: t.errors, rescale: nil,
                seed: 3, draws: 300, pairwiseUpTo: 100)
            #expect(pairwise.paths == RankSimulation.RankingPaths(pairwise: 300))
            #expect(fast.paths == (wide ? RankSimulation.RankingPaths(sorted: 300) : RankSimulation.RankingPaths(counted: 300)))
            #expect(fast.ranks == pairwise.ranks)
        }
    }
}
