import Testing
@testable import ParSurvey

/// t, F, chi-square and normal functions against R's `qt`, `pt`, `pf`, `pchisq`, `qnorm`
/// (values in Fixtures/uncertainty/distributions.json, written by Scripts/reference/uncertainty.R).
@Suite struct DistributionTests {
    let fixture: JSONValue

    init() throws { fixture = try ReferenceFixture.json("distributions.json") }

    @Test func tQuantilesMatchR() {
        let cases = fixture["qt"]!.items
        #expect(cases.count == 20)
        for c in cases {
            let p = c["p"]!.double!
            let df = c["df"]!.double!
            let r = c["value"]!.double!
            let mine = StudentT.quantile(p, df: df)
            #expect(ReferenceFixture.relative(mine, r) < 1e-12, "qt(\(p), \(df)): \(mine) vs R \(r)")
        }
    }

    @Test func tUpperTailsMatchR() {
        for c in fixture["ptUpper"]!.items {
            let t = c["t"]!.double!
            let df = c["df"]!.double!
            let r = c["value"]!.double!
            let mine = StudentT.upperTail(t, df: df)
            #expect(ReferenceFixture.relative(mine, r) < 1e-11, "pt(\(t), \(df), upper): \(mine) vs R \(r)")
        }
    }

    @Test func fUpperTailsMatchR() {
        for c in fixture["pfUpper"]!.items {
            let f = c["f"]!.double!
            let d1 = c["df1"]!.double!
            let d2 = c["df2"]!.double!
            let r = c["value"]!.double!
            let mine = FDistribution.upperTail(f, df1: d1, df2: d2)
            #expect(ReferenceFixture.relative(mine, r) < 1e-11, "pf(\(f), \(d1), \(d2), upper): \(mine) vs R \(r)")
        }
    }

    @Test func chiSquareUpperTailsMatchR() {
        for c in fixture["pchisqUpper"]!.items {
            let x = c["x"]!.double!
            let df = c["df"]!.double!
            let r = c["value"]!.double!
            let mine = ChiSquareDistribution.upperTail(x, df: df)
            #expect(ReferenceFixture.relative(mine, r) < 1e-11, "pchisq(\(x), \(df), upper): \(mine) vs R \(r)")
        }
    }

    @Test func normalQuantilesMatchR() {
        for c in fixture["qnorm"]!.items {
            let p = c["p"]!.double!
            let r = c["value"]!.double!
            #expect(ReferenceFixture.relative(NormalDistribution.quantile(p), r) < 1e-14, "qnorm(\(p))")
        }
    }

    @Test func holmMatchesPAdjust() {
        let p = fixture["holm"]!["p"]!.items.map { $0.double! }
        let r = fixture["holm"]!["adjusted"]!.items.map { $0.double! }
        let mine = Holm.adjust(p)
        for i in p.indices { #expect(abs(mine[i] - r[i]) < 1e-15) }
    }

    /// Hand values: the Cauchy (t₁) quantile is tan(π(p − ½)); t₂'s upper tail is
    /// ½(1 − t/√(2 + t²)).
    @Test func closedFormsForOneAndTwoDegreesOfFreedom() {
        #expect(abs(StudentT.quantile(0.975, df: 1) - 12.706204736174707) < 1e-11)
        #expect(abs(StudentT.upperTail(1, df: 2) - 0.5 * (1 - 1 / 3.0.squareRoot())) < 1e-15)
    }
}
