import ParSurveyStatistics
/// Rank uncertainty by simulation (STATISTICS.md; R has no equivalent): in each draw every
/// unit's survey points are drawn from Normal(estimate, SE), independently across units,
/// the fixed self-assessment is added, and units are ranked by the total (highest first;
/// 1 + the number of units with a strictly higher total). Normal draws are
/// Φ⁻¹(u) (AS 241) of uniforms u from `Xoshiro256StarStar(seed:)`, one per unit per draw,
/// units in the given order, draws in sequence: the same input and seed give the same output.
///
/// A unit's rank interval is the 5th–95th percentile of its simulated ranks, as the inverted
/// empirical distribution (R `quantile(type = 1)`): the smallest rank k with
/// P(rank ≤ k) ≥ 0.05, and the smallest with P(rank ≤ k) ≥ 0.95.
public enum RankSimulation {
    /// The documented default seed (the date of the sample report, 2021-12-31).
    public static let defaultSeed: UInt64 = 20_211_231
    /// Draws by default.
    public static let defaultDraws = 10_000

    /// One unit's simulated ranks.
    public struct UnitRanks: Sendable, Equatable {
        /// 5th percentile of the rank (best plausible).
        public var best: Int
        /// 95th percentile of the rank (worst plausible).
        public var worst: Int
        /// P(rank = k) for k = 1…units, index k − 1.
        public var distribution: [Double]

        /// P(rank = k).
        public func probability(ofRank k: Int) -> Double { k >= 1 && k <= distribution.count ? distribution[k - 1] : 0 }
    }

    /// Simulates the ranks of units with fixed points `fixed`, survey point estimates
    /// `estimates` and their standard errors (0 when unknown).
    public static func simulate(fixed: [Double], estimates: [Double], standardErrors: [Double],
                                seed: UInt64 = defaultSeed, draws: Int = defaultDraws) -> [UnitRanks] {
        let n = fixed.count
        precondition(estimates.count == n && standardErrors.count == n && draws > 0)
        var rng = Xoshiro256StarStar(seed: seed)
        var counts = [Int](repeating: 0, count: n * n)
        var totals = [Double](repeating: 0, count: n)
        for _ in 0..<draws {
            for u in 0..<n {
                totals[u] = fixed[u] + estimates[u] + standardErrors[u] * NormalDistribution.quantile(rng.nextOpenUnit())
            }
            for u in 0..<n {
                var rank = 1
                for v in 0..<n where totals[v] > totals[u] { rank += 1 }
                counts[u * n + rank - 1] += 1
            }
        }
        return (0..<n).map { u in
            let row = Array(counts[(u * n)..<((u + 1) * n)])
            return UnitRanks(best: percentile(row, percent: 5, draws), worst: percentile(row, percent: 95, draws),
                             distribution: row.map { Double($0) / Double(draws) })
        }
    }

    /// The smallest rank k whose cumulative count reaches `percent`/100 × draws (exact
    /// integer arithmetic).
    package static func percentile(_ counts: [Int], percent: Int, _ draws: Int) -> Int {
        let needed = (percent * draws + 99) / 100
        var cumulative = 0
        for (k, c) in counts.enumerated() {
            cumulative += c
            if cumulative >= needed { return k + 1 }
        }
        return counts.count
    }
}
