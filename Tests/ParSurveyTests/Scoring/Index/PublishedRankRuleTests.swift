import Testing
@testable import ParSurvey

/// The rank simulation by the published rule on the Bình Định samples, against the independent
/// Python re-implementation (Scripts/reference/rank_simulation.py: its own xoshiro256** and
/// SplitMix64, statistics.NormalDist.inv_cdf, decimal ROUND_HALF_UP on each draw's shortest
/// text, its own competition ranks), run on `par-survey run … --format json` with seed
/// 20211231 and 10,000 draws; its printed intervals and P(published rank) are pinned here.
@Suite struct PublishedRankRuleTests {
    typealias Figures = [String: (ClosedRange<Int>, Double)]

    static func check(_ run: ParIndexRun, _ expected: Figures) throws {
        #expect(run.table.rows.count == expected.count)
        for row in run.table.rows {
            let (interval, p) = try #require(expected[row.unit])
            #expect(row.rankInterval == interval, "\(row.unit)")
            #expect(abs(try #require(row.rankProbability) - p) < 1e-12, "\(row.unit)")
        }
    }

    /// python3 Scripts/reference/rank_simulation.py run.json Samples/binh-dinh-2021/survey.json
    @Test func binhDinhSample() throws {
        try Self.check(
            SampleDesignsTests.base,
            [
                "Quy Nhơn": (2...2, 0.9995), "An Nhơn": (1...1, 0.9995), "Hoài Nhơn": (3...3, 0.9995),
                "An Lão": (9...10, 0.828), "Hoài Ân": (8...8, 0.9851), "Phù Mỹ": (7...7, 0.9819),
                "Phù Cát": (4...6, 0.8345), "Tây Sơn": (4...5, 0.937), "Tuy Phước": (5...6, 0.8883),
                "Vân Canh": (10...11, 0.9275), "Vĩnh Thạnh": (9...11, 0.7633),
            ])
    }

    /// python3 Scripts/reference/rank_simulation.py run.json Samples/binh-dinh-2021-designs/survey.json
    @Test func binhDinhDesignsSample() throws {
        try Self.check(
            SampleDesignsTests.designs,
            [
                "Quy Nhơn": (2...2, 1.0), "An Nhơn": (1...1, 1.0), "Hoài Nhơn": (3...3, 0.9998),
                "An Lão": (9...10, 0.8764), "Hoài Ân": (8...8, 0.9996), "Phù Mỹ": (7...7, 1.0),
                "Phù Cát": (5...5, 0.9762), "Tây Sơn": (4...4, 0.9889), "Tuy Phước": (6...6, 0.9873),
                "Vân Canh": (11...11, 0.9809), "Vĩnh Thạnh": (9...10, 0.8548),
            ])
    }

    /// The radix path gives the pairwise counts with two components per unit, rescaled units
    /// and ties (every fourth unit has no uncertainty and the same published total).
    @Test func sortedEqualsPairwiseWithComponentsAndRescale() {
        var g = Xoshiro256StarStar(seed: 11)
        let n = 120
        let fixed = (0..<n).map { i in i % 4 == 0 ? 15000 : 4000 + Int(2000 * g.nextOpenUnit()) }
        let est = (0..<n).map { i in i % 4 == 0 ? [0.0, 0.0] : [20 + 10 * g.nextOpenUnit(), 5 + 5 * g.nextOpenUnit()] }
        let se = (0..<n).map { i in i % 4 == 0 ? [0.0, 0.0] : [0.1 + g.nextOpenUnit(), 0.05 + 0.5 * g.nextOpenUnit()] }
        let rules: [RankSimulation.Rescale?] = (0..<n).map { i in
            i % 4 != 0 && i % 7 == 3 ? RankSimulation.Rescale(adjustment: 25, total: 10000, presentMax: 9000) : nil
        }
        let sorted = RankSimulation.simulate(
            fixed: fixed, estimates: est, standardErrors: se, rescale: rules,
            seed: 4, draws: 300, pairwiseUpTo: 0)
        let pairwise = RankSimulation.simulate(
            fixed: fixed, estimates: est, standardErrors: se, rescale: rules,
            seed: 4, draws: 300, pairwiseUpTo: n)
        #expect(sorted == pairwise)
        let tied = stride(from: 0, to: n, by: 4).map { sorted[$0] }
        #expect(tied.allSatisfy { $0 == tied[0] } && tied[0].probability(ofRank: 1) == 1)
    }
}
