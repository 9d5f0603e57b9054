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

    /// Two identical units: each is first in about half of 10 000 draws (binomial SD 0.005,
    /// so 0.47..0.53 is 6 SD wide), and each rank interval spans both ranks.
    @Test func identicalUnitsShareRanksEvenly() {
        let r = RankSimulation.simulate(fixed: [50, 50], estimates: [33.7, 33.7], standardErrors: [0.8, 0.8])
        for u in r {
            #expect(u.probability(ofRank: 1) > 0.47 && u.probability(ofRank: 1) < 0.53)
            #expect(u.best == 1 && u.worst == 2)
        }
        #expect(abs(r[0].probability(ofRank: 1) + r[1].probability(ofRank: 1) - 1) < 1e-12)
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
