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
        /// The smallest rank simulated.
        public var firstRank: Int = 1
        /// P(rank = k) for k = firstRank…, index k − firstRank (ranks never simulated beyond
        /// the end are left out).
        public var distribution: [Double]

        /// P(rank = k).
        public func probability(ofRank k: Int) -> Double {
            let i = k - firstRank
            return i >= 0 && i < distribution.count ? distribution[i] : 0
        }
    }

    /// Up to this many units, ranks are counted pairwise (n² per draw); above, each draw is
    /// sorted (n log n per draw), giving the same ranks.
    public static let pairwiseLimit = 64

    /// Simulates the ranks of units with fixed points `fixed`, survey point estimates
    /// `estimates` and their standard errors (0 when unknown). Time is O(draws · n log n) and
    /// memory O(n · width of the rank ranges), so a national table of 3,321 units is cheap.
    public static func simulate(fixed: [Double], estimates: [Double], standardErrors: [Double],
                                seed: UInt64 = defaultSeed, draws: Int = defaultDraws) -> [UnitRanks] {
        simulate(fixed: fixed, estimates: estimates, standardErrors: standardErrors, seed: seed, draws: draws, pairwiseUpTo: pairwiseLimit)
    }

    /// `simulate`, counting pairwise up to `pairwiseUpTo` units (tests compare both paths).
    static func simulate(fixed: [Double], estimates: [Double], standardErrors: [Double],
                         seed: UInt64, draws: Int, pairwiseUpTo: Int) -> [UnitRanks] {
        let n = fixed.count
        precondition(estimates.count == n && standardErrors.count == n && draws > 0)
        var rng = Xoshiro256StarStar(seed: seed)
        var hist = [RankHistogram](repeating: RankHistogram(), count: n)
        var totals = [Double](repeating: 0, count: n)
        var keys = [UInt64](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        let indexBits = UInt64(max(1, Int.bitWidth - (n - 1).leadingZeroBitCount))
        let indexMask: UInt64 = (1 << indexBits) - 1
        for _ in 0..<draws {
            for u in 0..<n {
                totals[u] = fixed[u] + estimates[u] + standardErrors[u] * NormalDistribution.quantile(rng.nextOpenUnit())
            }
            if n <= pairwiseUpTo {
                for u in 0..<n {
                    var rank = 1
                    for v in 0..<n where totals[v] > totals[u] { rank += 1 }
                    hist[u].add(rank)
                }
                continue
            }
            // Sort by an order-preserving integer image of the total (its lowest bits replaced
            // by the unit's index), then repair with exact comparisons: the result is sorted
            // by the exact totals, highest first, in O(n log n) plus O(n) when keys agree.
            for u in 0..<n {
                let b = totals[u].bitPattern
                let ordered = b >> 63 == 1 ? ~b : b | (1 << 63)
                keys[u] = ~((ordered & ~indexMask) | UInt64(u)) ^ indexMask
            }
            keys.sort()
            for j in 0..<n { order[j] = Int(keys[j] & indexMask) }
            var j = 1
            while j < n {
                var k = j
                while k > 0, totals[order[k - 1]] < totals[order[k]] { order.swapAt(k - 1, k); k -= 1 }
                j += 1
            }
            var rank = 1
            for pos in 0..<n {
                if pos > 0, totals[order[pos]] != totals[order[pos - 1]] { rank = pos + 1 }
                hist[order[pos]].add(rank)
            }
        }
        return hist.map { h in
            UnitRanks(best: h.firstRank + percentile(h.counts, percent: 5, draws) - 1,
                      worst: h.firstRank + percentile(h.counts, percent: 95, draws) - 1,
                      firstRank: h.firstRank, distribution: h.counts.map { Double($0) / Double(draws) })
        }
    }

    /// Counts of ranks in a window that grows as needed.
    struct RankHistogram: Sendable {
        var firstRank = 0
        var counts: [Int] = []

        mutating func add(_ rank: Int) {
            if counts.isEmpty {
                firstRank = rank
                counts = [1]
            } else if rank < firstRank {
                counts.insert(contentsOf: repeatElement(0, count: firstRank - rank), at: 0)
                firstRank = rank
                counts[0] += 1
            } else {
                let i = rank - firstRank
                if i >= counts.count { counts.append(contentsOf: repeatElement(0, count: i - counts.count + 1)) }
                counts[i] += 1
            }
        }
    }

    /// The smallest rank k whose cumulative count reaches `percent`/100 × draws (exact
    /// integer arithmetic).
    static func percentile(_ counts: [Int], percent: Int, _ draws: Int) -> Int {
        let needed = (percent * draws + 99) / 100
        var cumulative = 0
        for (k, c) in counts.enumerated() {
            cumulative += c
            if cumulative >= needed { return k + 1 }
        }
        return counts.count
    }
}
