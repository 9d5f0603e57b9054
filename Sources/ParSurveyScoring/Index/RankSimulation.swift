import ParSurveyStatistics
import ParSurveyModel
/// Rank uncertainty by simulation (STATISTICS.md; R has no equivalent), by the published
/// rule: in each draw every survey component of every unit is drawn from Normal(estimate,
/// SE) (components and units independent), rounded half-up to 2 decimals as published, and
/// the unit's total is the fixed part (self-assessment, bonus and penalty, in hundredths)
/// plus the rounded components (rescaled as published when the unit lacks a component).
/// Units are ranked by that total in hundredths, highest first, ties sharing a rank
/// (competition ranking 1, 2, 2, 4: 1 + the number of units with a strictly higher total),
/// so P(rank = k) at the published rank is the chance of the published rank itself, and a
/// component without uncertainty (SE 0) is its published value in every draw. Normal draws
/// are Φ⁻¹(u) (AS 241) of uniforms u from `Xoshiro256StarStar(seed:)`, one per component per
/// unit per draw, in the order draw, unit (as given), component: the same input and seed
/// give the same output. Scripts/reference/rank_simulation.py re-implements it.
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

    /// How a unit's published total is made from its rounded survey components when the
    /// unit lacks a component under the scheme's rescale policy: total = adjustment +
    /// round_half_up((fixed + Σ components) × total / presentMax), all in hundredths.
    public struct Rescale: Sendable, Equatable {
        /// Bonus minus penalty, added after rescaling (hundredths).
        public var adjustment: Int
        /// The scheme's full scale (hundredths).
        public var total: Int
        /// The present components' maximum (hundredths).
        public var presentMax: Int

        /// Creates a rescaling rule.
        public init(adjustment: Int, total: Int, presentMax: Int) {
            self.adjustment = adjustment
            self.total = total
            self.presentMax = presentMax
        }
    }

    /// A point value rounded half-up (away from zero) to 2 decimals, in hundredths, exactly as
    /// `DecimalText.roundedScaled` (the published rounding, on the shortest decimal text):
    /// x × 100 is within 1e-11 of the text's value times 100 for |x| < 1e4, so away from a
    /// half (1e-7) the binary rounding decides the same; near one, the decimal text does.
    @inline(__always)
    package static func publishedHundredths(_ x: Double) -> Int {
        let y = abs(x) * 100
        guard y < 1e6 else { return DecimalText.roundedScaled(x) }
        // 0 ≤ y < 1e6: truncation is the floor, exactly (no libm call).
        let f = Int(y)
        let frac = y - Double(f)
        guard abs(frac - 0.5) > 1e-7 else { return DecimalText.roundedScaled(x) }
        let r = f + (frac > 0.5 ? 1 : 0)
        return x < 0 ? -r : r
    }

    /// One unit's total in one draw (hundredths): `components` normal quantiles from
    /// `normals` (Φ⁻¹ of the uniforms), one per component.
    @inline(__always)
    static func drawnTotal(
        fixed: Int, estimates: UnsafeBufferPointer<Double>, standardErrors: UnsafeBufferPointer<Double>,
        normals: UnsafeBufferPointer<Double>, rescale: Rescale?
    ) -> Int {
        var sum = fixed
        for c in 0..<normals.count {
            let se = standardErrors[c]
            let z = normals[c]
            sum += publishedHundredths(se == 0 ? estimates[c] : estimates[c] + se * z)
        }
        guard let r = rescale else { return sum }
        return r.adjustment + (2 * sum * r.total + r.presentMax) / (2 * r.presentMax)
    }

    /// One survey component per unit: `fixed` and `estimates` in points (the fixed part is
    /// rounded to hundredths), the rest as `simulate(fixed:components:…)`.
    public static func simulate(
        fixed: [Double], estimates: [Double], standardErrors: [Double],
        seed: UInt64 = defaultSeed, draws: Int = defaultDraws
    ) -> [UnitRanks] {
        simulate(
            fixed: fixed.map { publishedHundredths($0) }, estimates: estimates.map { [$0] },
            standardErrors: standardErrors.map { [$0] }, seed: seed, draws: draws)
    }

    /// Up to this many units, ranks are counted pairwise (n² per draw); above, each draw is
    /// ranked by counting units per total, or sorted when the totals span too wide
    /// (`SortedRanker`), giving the same ranks.
    public static let pairwiseLimit = 64

    /// Simulates the ranks of units with fixed points `fixed` (hundredths), survey component
    /// point estimates `estimates[u][c]` (unrounded; the same number of components for every
    /// unit, 0 for a component the unit lacks) and their standard errors (0 when unknown),
    /// and `rescale[u]` when the unit's total is rescaled. Above `pairwiseLimit` units each
    /// draw is ranked by counting units per total (or a radix sort; `SortedRanker`), draws
    /// spread over the cores: time O(draws · n), memory O(n · width of the rank ranges), so
    /// 3,321 units are cheap.
    public static func simulate(
        fixed: [Int], estimates: [[Double]], standardErrors: [[Double]], rescale: [Rescale?]? = nil,
        seed: UInt64 = defaultSeed, draws: Int = defaultDraws
    ) -> [UnitRanks] {
        simulate(
            fixed: fixed, estimates: estimates, standardErrors: standardErrors, rescale: rescale,
            seed: seed, draws: draws, pairwiseUpTo: pairwiseLimit)
    }

    /// `simulate`, counting pairwise up to `pairwiseUpTo` units (tests compare both paths).
    package static func simulate(
        fixed: [Double], estimates: [Double], standardErrors: [Double],
        seed: UInt64, draws: Int, pairwiseUpTo: Int
    ) -> [UnitRanks] {
        simulate(
            fixed: fixed.map { publishedHundredths($0) }, estimates: estimates.map { [$0] },
            standardErrors: standardErrors.map { [$0] }, rescale: nil, seed: seed, draws: draws, pairwiseUpTo: pairwiseUpTo)
    }

    /// `simulate`, counting pairwise up to `pairwiseUpTo` units (tests compare both paths).
    package static func simulate(
        fixed: [Int], estimates: [[Double]], standardErrors: [[Double]], rescale: [Rescale?]?,
        seed: UInt64, draws: Int, pairwiseUpTo: Int
    ) -> [UnitRanks] {
        simulateProbed(
            fixed: fixed, estimates: estimates, standardErrors: standardErrors, rescale: rescale,
            seed: seed, draws: draws, pairwiseUpTo: pairwiseUpTo
        ).ranks
    }

    /// `simulate`, also telling how each draw was ranked (`RankingPaths`).
    package static func simulateProbed(
        fixed: [Int], estimates: [[Double]], standardErrors: [[Double]], rescale: [Rescale?]?,
        seed: UInt64, draws: Int, pairwiseUpTo: Int
    ) -> (ranks: [UnitRanks], paths: RankingPaths) {
        var paths = RankingPaths()
        let n = fixed.count
        let width = estimates.first?.count ?? 0
        precondition(estimates.count == n && standardErrors.count == n && draws > 0 && width > 0)
        precondition(estimates.allSatisfy { $0.count == width } && standardErrors.allSatisfy { $0.count == width })
        precondition(rescale.map { $0.count == n } ?? true)
        let rules = rescale ?? [Rescale?](repeating: nil, count: n)
        // Unit-major flat arrays: unit u's components at u * width ..< (u + 1) * width.
        let flatEstimates = estimates.flatMap { $0 }
        let flatErrors = standardErrors.flatMap { $0 }
        var rng = Xoshiro256StarStar(seed: seed)
        var hist = [RankHistogram](repeating: RankHistogram(), count: n)
        if n <= pairwiseUpTo {
            var totals = [Int](repeating: 0, count: n)
            var draw = [Double](repeating: 0, count: n * width)
            var normals = [Double](repeating: 0, count: n * width)
            for _ in 0..<draws {
                draw.withUnsafeMutableBufferPointer { rng.fillOpenUnit($0) }
                draw.withUnsafeBufferPointer { p in
                    normals.withUnsafeMutableBufferPointer { NormalDistribution.quantiles(p, into: $0.baseAddress!) }
                }
                normals.withUnsafeBufferPointer { w in
                    flatEstimates.withUnsafeBufferPointer { e in
                        flatErrors.withUnsafeBufferPointer { se in
                            for u in 0..<n {
                                let r = (u * width)..<((u + 1) * width)
                                totals[u] = drawnTotal(
                                    fixed: fixed[u], estimates: UnsafeBufferPointer(rebasing: e[r]),
                                    standardErrors: UnsafeBufferPointer(rebasing: se[r]),
                                    normals: UnsafeBufferPointer(rebasing: w[r]), rescale: rules[u])
                            }
                        }
                    }
                }
                for u in 0..<n {
                    var rank = 1
                    for v in 0..<n where totals[v] > totals[u] { rank += 1 }
                    hist[u].add(rank)
                }
            }
            paths.pairwise = draws
        } else {
            // Blocks of draws: the uniforms in the same sequence as above (one thread), then
            // fixed tasks of draws turned into normals and ranked concurrently (`SortedRanker`)
            // into one rank buffer,
            // then the counts added per unit. Counts are sums of integers and the task
            // boundaries do not depend on the cores, so neither do the ranks.
            let block = 64
            let perTask = 16
            let perDraw = n * width
            let uniforms = UnsafeMutableBufferPointer<Double>.allocate(capacity: block * perDraw)
            let normals = UnsafeMutableBufferPointer<Double>.allocate(capacity: block * perDraw)
            // Task t's ranks at t * perTask * n, unit-major ([unit][draw of the task]), so that
            // a unit's ranks of a task are adjacent.
            let ranks = UnsafeMutableBufferPointer<Int32>.allocate(capacity: block * n)
            defer {
                uniforms.deallocate()
                normals.deallocate()
                ranks.deallocate()
            }
            var done = 0
            while done < draws {
                let b = min(block, draws - done)
                rng.fillOpenUnit(UnsafeMutableBufferPointer(rebasing: uniforms[0..<(b * perDraw)]))
                let tasks = (b + perTask - 1) / perTask
                let counted: [Int] = fixed.withUnsafeBufferPointer { f in
                    flatEstimates.withUnsafeBufferPointer { e in
                        flatErrors.withUnsafeBufferPointer { se in
                            let shared = UncheckedSendable(value: (UnsafeBufferPointer(uniforms), normals, ranks, f, e, se, rules))
                            return ParallelMap.map(tasks) { t in
                                let (uniforms, buf, ranks, f, e, se, rules) = shared.value
                                let ranker = SortedRanker(count: n, width: width)
                                let first = t * perTask
                                let m = min(b, first + perTask) - first
                                let span = (first * perDraw)..<((first + m) * perDraw)
                                NormalDistribution.quantiles(
                                    UnsafeBufferPointer(rebasing: uniforms[span]), into: buf.baseAddress! + span.lowerBound)
                                let out = ranks.baseAddress! + first * n
                                var counted = 0
                                for d in 0..<m {
                                    let at = (first + d) * perDraw
                                    let byCounting = ranker.rank(
                                        fixed: f, estimates: e, standardErrors: se, rescale: rules,
                                        normals: UnsafeBufferPointer(rebasing: buf[at..<(at + perDraw)]),
                                        into: out + d, stride: m)
                                    if byCounting { counted += 1 }
                                }
                                return counted
                            }
                        }
                    }
                }
                let byCounting = counted.reduce(0, +)
                paths.counted += byCounting
                paths.sorted += b - byCounting
                // Counts added per unit by fixed chunks of units (disjoint, so concurrent
                // updates never touch the same histogram).
                let chunk = 256
                hist.withUnsafeMutableBufferPointer { h in
                    let shared = UncheckedSendable(value: (h, UnsafeBufferPointer(ranks)))
                    _ = ParallelMap.map((n + chunk - 1) / chunk) { k in
                        let (histograms, ranks) = shared.value
                        for u in (k * chunk)..<min(n, (k + 1) * chunk) {
                            var local = histograms[u]
                            histograms[u] = RankHistogram()
                            for t in 0..<tasks {
                                let first = t * perTask
                                let m = min(b, first + perTask) - first
                                let at = first * n + u * m
                                local.add(contentsOf: UnsafeBufferPointer(rebasing: ranks[at..<(at + m)]))
                            }
                            histograms[u] = local
                        }
                        return 0
                    }
                }
                done += b
            }
        }
        let ranks = hist.map { h in
            UnitRanks(
                best: h.firstRank + percentile(h.counts, percent: 5, draws) - 1,
                worst: h.firstRank + percentile(h.counts, percent: 95, draws) - 1,
                firstRank: h.firstRank, distribution: h.counts.map { Double($0) / Double(draws) })
        }
        return (ranks, paths)
    }

    /// Ranks one draw of many units: totals (hundredths, `drawnTotal`), then, when the totals
    /// span at most `countingLimit(n)` hundredths (always, for published point scales), a
    /// count of the units at each total and a running sum from the highest total down: rank =
    /// 1 + the units with a strictly higher total (standard competition ranks, equal totals
    /// sharing a rank), two passes over the units and one over the span. A wider span falls
    /// back to a two-pass radix sort on 22-bit keys (order-preserving images of the totals),
    /// an insertion pass on the exact totals (only keys that agree can be out of order), then
    /// competition ranks. O(n) per draw either way.
    final class SortedRanker {
        static let keyBits = 22, digitBits = 11
        let n: Int
        let width: Int
        let totals: UnsafeMutableBufferPointer<Int>
        let keys: UnsafeMutableBufferPointer<UInt32>
        let order: UnsafeMutableBufferPointer<Int32>
        let scratch: UnsafeMutableBufferPointer<Int32>
        let counts: UnsafeMutableBufferPointer<Int>
        /// Units per total (hundredths below the draw's highest), then units above it.
        let above: UnsafeMutableBufferPointer<Int32>

        /// The widest span of totals (hundredths) ranked by counting: 4n + 4,096, so the pass
        /// over the span costs no more than a few passes over the units (a 100-point scale is
        /// 10,000 hundredths wide; national totals span about 40 points).
        static func countingLimit(_ n: Int) -> Int { 4 * n + 4096 }

        init(count n: Int, width: Int) {
            self.n = n
            self.width = width
            totals = .allocate(capacity: n)
            keys = .allocate(capacity: n)
            order = .allocate(capacity: n)
            scratch = .allocate(capacity: n)
            counts = .allocate(capacity: 1 << Self.digitBits)
            above = .allocate(capacity: Self.countingLimit(n))
        }

        deinit {
            totals.deallocate()
            keys.deallocate()
            order.deallocate()
            scratch.deallocate()
            counts.deallocate()
            above.deallocate()
        }

        /// Writes unit u's rank of this draw to `out[u * stride]`; true when ranked by counting.
        func rank(
            fixed: UnsafeBufferPointer<Int>, estimates: UnsafeBufferPointer<Double>, standardErrors: UnsafeBufferPointer<Double>,
            rescale: [Rescale?], normals: UnsafeBufferPointer<Double>, into out: UnsafeMutablePointer<Int32>, stride: Int
        ) -> Bool {
            var lo = Int.max
            var hi = Int.min
            for u in 0..<n {
                let r = (u * width)..<((u + 1) * width)
                let t = drawnTotal(
                    fixed: fixed[u], estimates: UnsafeBufferPointer(rebasing: estimates[r]),
                    standardErrors: UnsafeBufferPointer(rebasing: standardErrors[r]),
                    normals: UnsafeBufferPointer(rebasing: normals[r]), rescale: rescale[u])
                totals[u] = t
                lo = Swift.min(lo, t)
                hi = Swift.max(hi, t)
            }
            if hi - lo < Self.countingLimit(n) {
                let span = hi - lo + 1
                above.baseAddress!.update(repeating: 0, count: span)
                for u in 0..<n { above[hi - totals[u]] += 1 }
                var higher: Int32 = 0
                for i in 0..<span {
                    let c = above[i]
                    above[i] = higher
                    higher += c
                }
                for u in 0..<n { out[u * stride] = above[hi - totals[u]] + 1 }
                return true
            }
            let top = Double((1 << Self.keyBits) - 1)
            let scale = hi > lo ? top / Double(hi - lo) : 0
            // Highest total first: key 0. The scaled value is ≥ 0: truncation is its floor.
            for u in 0..<n { keys[u] = UInt32(top) - UInt32(Double(totals[u] - lo) * scale) }
            let mask = UInt32((1 << Self.digitBits) - 1)
            // Pass 1: low digit, units in index order → scratch.
            for i in 0..<counts.count { counts[i] = 0 }
            for u in 0..<n { counts[Int(keys[u] & mask)] += 1 }
            var sum = 0
            for i in 0..<counts.count {
                let c = counts[i]
                counts[i] = sum
                sum += c
            }
            for u in 0..<n {
                let digit = Int(keys[u] & mask)
                scratch[counts[digit]] = Int32(u)
                counts[digit] += 1
            }
            // Pass 2: high digit, stable → order.
            let shift = UInt32(Self.digitBits)
            for i in 0..<counts.count { counts[i] = 0 }
            for i in 0..<n { counts[Int(keys[Int(scratch[i])] >> shift)] += 1 }
            sum = 0
            for i in 0..<counts.count {
                let c = counts[i]
                counts[i] = sum
                sum += c
            }
            for i in 0..<n {
                let u = Int(scratch[i])
                let digit = Int(keys[u] >> shift)
                order[counts[digit]] = Int32(u)
                counts[digit] += 1
            }
            var j = 1
            while j < n {
                var k = j
                while k > 0, totals[Int(order[k - 1])] < totals[Int(order[k])] {
                    order.swapAt(k - 1, k)
                    k -= 1
                }
                j += 1
            }
            var rank: Int32 = 1
            for pos in 0..<n {
                let u = Int(order[pos])
                if pos > 0, totals[u] != totals[Int(order[pos - 1])] { rank = Int32(pos + 1) }
                out[u * stride] = rank
            }
            return false
        }
    }

    /// Counts of ranks in a window that grows as needed.
    struct RankHistogram: Sendable {
        var firstRank = 0
        var counts: [Int] = []

        @inline(__always)
        mutating func add(_ rank: Int) {
            let i = rank - firstRank
            if i >= 0 && i < counts.count {
                counts[i] += 1
                return
            }
            grow(rank)
        }

        /// Adds `ranks`: the window grown once to cover them, then counted without checks.
        mutating func add(contentsOf ranks: UnsafeBufferPointer<Int32>) {
            guard var lo = ranks.first.map(Int.init) else { return }
            var hi = lo
            for r in ranks {
                lo = Swift.min(lo, Int(r))
                hi = Swift.max(hi, Int(r))
            }
            if counts.isEmpty || lo < firstRank || hi >= firstRank + counts.count {
                // Grow to the union of the window and lo…hi, counting nothing yet.
                grow(lo)
                grow(hi)
                counts[lo - firstRank] -= 1
                counts[hi - firstRank] -= 1
            }
            let base = firstRank
            counts.withUnsafeMutableBufferPointer { c in
                for r in ranks { c[Int(r) - base] += 1 }
            }
        }

        mutating func grow(_ rank: Int) {
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
