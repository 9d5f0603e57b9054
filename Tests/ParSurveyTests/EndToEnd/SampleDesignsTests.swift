import Foundation
import Testing
@testable import ParSurvey

/// Samples/binh-dinh-2021-designs (Scripts/gen_design_sample.py): the Bình Định sample with
/// design columns and design blocks only, so every published figure stays; the leaders'
/// finite population correction has a closed form.
@Suite struct SampleDesignsTests {
    static let base = try! ParIndexRun.run(path: TestPaths.sample)
    static let designs = try! ParIndexRun.run(path: TestPaths.sample + "-designs")

    /// The design changes standard errors only: every unit's points, total and rank are the
    /// base sample's (Tây Sơn 50.39 + 25.70 + 8.02 = 84.11, 4th of 11, as published).
    @Test func publishedFiguresStay() throws {
        for row in Self.base.table.rows {
            let d = try #require(Self.designs.table.rows.first { $0.unit == row.unit })
            #expect(
                (d.selfAssessment, d.satisfaction, d.leadership, d.total, d.rank) == (
                    row.selfAssessment, row.satisfaction, row.leadership, row.total, row.rank
                ))
        }
        let ts = try #require(Self.designs.table.rows.first { $0.unit == "Tây Sơn" })
        #expect((ts.selfAssessment, ts.satisfaction, ts.leadership, ts.total, ts.rank, ts.of) == (5039, 2570, 802, 8411, 4, 11))
    }

    /// Leaders: strata = unit, rows sampled without replacement, N = ⌈1.25 n⌉ eligible. A unit
    /// is a whole stratum, so its variance is the with-replacement one × (1 − n/N)
    /// (R: onestrat's f = (N − n)/N): Tây Sơn n = 60, N = 75, SE × √0.2.
    @Test func leadersFinitePopulationCorrection() throws {
        for row in Self.base.table.rows {
            let d = try #require(Self.designs.table.rows.first { $0.unit == row.unit })
            let n = Self.base.components.first { $0.component == .leadership }!.groups.first { $0.group == row.unit }!.respondents
            let eligible = (1.25 * Double(n)).rounded(.up)
            let expected = try #require(row.leadershipStandardError) * (1 - Double(n) / eligible).squareRoot()
            #expect(abs(try #require(d.leadershipStandardError) / expected - 1) < 1e-12, "\(row.unit)")
        }
    }

    /// Citizens: two stages (all communes, then villages): the SEs differ from the one-stage ones.
    @Test func citizensTwoStageDesignIsUsed() throws {
        let ts = try #require(Self.designs.table.rows.first { $0.unit == "Tây Sơn" })
        let before = try #require(Self.base.table.rows.first { $0.unit == "Tây Sơn" })
        #expect(abs(try #require(ts.satisfactionStandardError) - before.satisfactionStandardError!) > 1e-3)
    }
}
