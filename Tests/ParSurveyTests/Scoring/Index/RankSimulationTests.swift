import Testing
@testable import ParSurvey

/// Rank intervals by simulation: certain ranks, coin-flip ranks, determinism, and the
/// generator against the reference C code of xoshiro256**/SplitMix64.
@Suite struct RankSimulationTests {
    /// First outputs for seed 20211231, printed by the reference C code (prng.di.unimi.it's
    /// xoshiro256starstar.c seeded with splitmix64.c, compiled with clang).
    @Test func generatorMatchesReferenceImplementation() {
        var g = Xoshiro256StarStar(seed: 20_211_231)
        #expect(g.next() == 1_618_954_760_163_857_340)
        #expect(g.next() == 5_537_439_046_106_867_574)
        #expect(g.next() == 18_185_758_171_078_450_387)
    }

    /// 60 + 30 ± 0.5 against 40 + 25 ± 0.5: 25 points apart, 35 SEs of the difference.
    @Test func unitsFarApartHaveCertainRanks() {
        let r = RankSimulation.simulate(fixed: [40, 60], estimates: [25, 30], standardErrors: [0.5, 0.5])
        #expect(r[1].best == 1 && r[1].worst == 1 && r[1].probability(ofRank: 1) == 1)
        #expect(r[0].best == 2 && r[0].worst == 2 && r[0].probability(ofRank: 2) == 1)
    }

    /// Two identical units: each is first (alone or tied) in about half of 10 000 draws
    /// (binomial SD 0.005, so 0.47..0.54 is about 6 SD wide), and each rank interval spans
    /// both ranks. Ties share rank 1, so P(rank 1) of the two add up to 1 + P(tie): the
    /// rounded draws differ by D = round(X) − round(Y) with X − Y ~ N(0, 0.8·√2 = 1.131);
    /// P(D = 0) ≈ 0.01 × φ(0)/1.131 = 0.01 × 0.3527 ≈ 0.0035 (hundredths 0.01 wide), so the
    /// sum is in 1.0005..1.0080 (Monte Carlo SD of the tie count ≈ √35 / 10 000 = 0.0006).
    @Test func identicalUnitsShareRanksEvenly() {
        let r = RankSimulation.simulate(fixed: [50, 50], estimates: [33.7, 33.7], standardErrors: [0.8, 0.8])
        for u in r {
            #expect(u.probability(ofRank: 1) > 0.47 && u.probability(ofRank: 1) < 0.54)
            #expect(u.best == 1 && u.worst == 2)
        }
        let sum = r[0].probability(ofRank: 1) + r[1].probability(ofRank: 1)
        #expect(sum > 1.0005 && sum < 1.008)
    }

    /// The published rule by hand: 50 + 33.704 and 50 + 33.696 with SE 0.00001 draw within
    /// 8.3 SE (the largest |Φ⁻¹(u)| for u ∈ [2⁻⁵⁴, 1 − 2⁻⁵⁴]), i.e. ±0.000083, of their
    /// estimates; both round half-up to 33.70, so both totals are 83.70 in every draw and
    /// both are ranked 1 (competition ranking) with P = 1. Ranking the unrounded totals
    /// would give the first unit rank 1 and the second rank 2 in every draw.
    @Test func componentsRoundedAsPublishedTie() {
        let r = RankSimulation.simulate(fixed: [50, 50], estimates: [33.704, 33.696], standardErrors: [0.00001, 0.00001])
        for u in r { #expect(u.best == 1 && u.worst == 1 && u.probability(ofRank: 1) == 1) }
    }

    /// Each component is rounded on its own before adding: 40 + 10.004 + 10.004 rounds to
    /// 40 + 10.00 + 10.00 = 60.00 (the unrounded sum 60.008 would round to 60.01), against
    /// 60.01 exactly (no uncertainty): the second unit is first in every draw (rounding the
    /// sum instead would tie them at 60.01).
    @Test func eachComponentIsRoundedBeforeTheSum() {
        let r = RankSimulation.simulate(
            fixed: [4000, 6001], estimates: [[10.004, 10.004], [0, 0]],
            standardErrors: [[0.00001, 0.00001], [0, 0]])
        #expect(r[0].best == 2 && r[0].worst == 2 && r[0].probability(ofRank: 2) == 1)
        #expect(r[1].best == 1 && r[1].worst == 1 && r[1].probability(ofRank: 1) == 1)
    }

    /// A unit lacking a component, rescaled as published: self-assessment 50 + satisfaction
    /// 25.004 (→ 25.00) of 60 + 30 present points, × 100/90: round_half_up(7500 × 10000 / 9000)
    /// = 8333 hundredths (83.33), plus a 0.50 bonus = 83.83; the other unit is 83.83 exactly:
    /// a tie in every draw. Without the bonus (83.33) it would be second in every draw.
    @Test func rescaledTotalFollowsThePublishedRule() {
        let rule = RankSimulation.Rescale(adjustment: 50, total: 10000, presentMax: 9000)
        let tied = RankSimulation.simulate(
            fixed: [5000, 8383], estimates: [[25.004, 0], [0, 0]],
            standardErrors: [[0.00001, 0], [0, 0]], rescale: [rule, nil])
        #expect(tied.allSatisfy { $0.best == 1 && $0.worst == 1 && $0.probability(ofRank: 1) == 1 })
        let below = RankSimulation.simulate(
            fixed: [5000, 8383], estimates: [[25.004, 0], [0, 0]], standardErrors: [[0.00001, 0], [0, 0]],
            rescale: [RankSimulation.Rescale(adjustment: 0, total: 10000, presentMax: 9000), nil])
        #expect(below[0].probability(ofRank: 2) == 1 && below[1].probability(ofRank: 1) == 1)
    }

    /// The fast half-up rounding agrees with the published one (on the decimal text) on
    /// halves, near-halves and ordinary values: 84.105 → 84.11 (binary 84.10499999… but text
    /// "84.105"), 0.125 → 0.13, 2.675 → 2.68, −1.005 → −1.01, 1.004999 → 1.00.
    @Test func publishedRoundingIsHalfUpOnTheText() {
        #expect(RankSimulation.publishedHundredths(84.105) == 8411)
        #expect(RankSimulation.publishedHundredths(0.125) == 13)
        #expect(RankSimulation.publishedHundredths(2.675) == 268)
        #expect(RankSimulation.publishedHundredths(-1.005) == -101)
        #expect(RankSimulation.publishedHundredths(1.004999) == 100)
        var g = Xoshiro256StarStar(seed: 3)
        for _ in 0..<20_000 {
            let x = 100 * g.nextOpenUnit() - 5
            #expect(RankSimulation.publishedHundredths(x) == DecimalText.roundedScaled(x))
        }
    }

    @Test func sameSeedSameOutputOtherSeedOtherDraws() {
        let a = RankSimulation.simulate(fixed: [50, 51, 49], estimates: [33, 32.5, 33.6], standardErrors: [0.8, 0.9, 0.7])
        let b = RankSimulation.simulate(fixed: [50, 51, 49], estimates: [33, 32.5, 33.6], standardErrors: [0.8, 0.9, 0.7])
        let c = RankSimulation.simulate(fixed: [50, 51, 49], estimates: [33, 32.5, 33.6], standardErrors: [0.8, 0.9, 0.7], seed: 7)
        #expect(a == b)
        #expect(a != c)
    }

    /// Hand check of the percentile rule: counts 400, 200, 9400 of 10 000 → the 5th
    /// percentile is rank 2 (cumulative 600 ≥ 500), the 95th rank 3 (10 000 ≥ 9 500).
    @Test func percentileIsTheInvertedDistribution() {
        #expect(RankSimulation.percentile([400, 200, 9400], percent: 5, 10_000) == 2)
        #expect(RankSimulation.percentile([400, 200, 9400], percent: 95, 10_000) == 3)
        #expect(RankSimulation.percentile([500, 9000, 500], percent: 5, 10_000) == 1)
    }
}
