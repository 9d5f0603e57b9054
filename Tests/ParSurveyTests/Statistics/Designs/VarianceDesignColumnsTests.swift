import Testing

@testable import ParSurvey

/// The variance core over plain columns (issue 12: no response table, no questionnaire).
/// Hand calculation, R's `svytotal(~y, svydesign(ids = ~1, strata = ~h, weights = ~w))` with
/// y = (1, 0, 1, 1), h = (a, a, b, b), w = (1, 2, 3, 4): zᵢ = wᵢyᵢ = (1, 0, 3, 4); stratum a:
/// mean 0.5, Σ(z − z̄)² = 0.5, × n/(n − 1) = 2 → 1; stratum b: mean 3.5, 0.5 × 2 → 1; V = 2.
@Suite struct VarianceDesignColumnsTests {
    static func design(domain: (codes: [UInt32], count: Int)? = nil) -> VarianceDesign {
        VarianceDesign(
            VarianceDesign.Columns(
                weights: [1, 2, 3, 4], designWeights: [1, 2, 3, 4], strata: [0, 0, 1, 1], strataNames: ["a", "b"], domain: domain,
                calibration: nil, calibratedWeights: nil, projectionWeights: [], survey: nil))
    }

    @Test func stratifiedTotalByHand() {
        let design = Self.design()
        #expect(design.rowCount == 4 && design.domainCount == 1)
        #expect(design.degreesOfFreedom == 2)  // 4 rows − 2 strata
        #expect(design.lonelyStrata.isEmpty)
        #expect(!design.isCalibrated)
        // answer codes: 1 = y is 1, 0 = blank (y = 0)
        let sums = ClassSums(codes: [1, 0, 1, 1], codeCount: 2, weights: [1, 2, 3, 4], design: design)
        let influence = sums.influence(atoms: design.atoms(ofDomain: 0)) { _, b in b == 1 ? 1 : 0 }
        #expect(influence.e1.reduce(0, +) == 8)  // Σ wᵢyᵢ = 1 + 3 + 4
        var scratch = VarianceScratch(design)
        #expect(design.variance(influence, scratch: &scratch) == 2)
    }

    @Test func domainsAndLonelyStrata() {
        let design = Self.design(domain: ([0, 1, 0, 1], 2))
        #expect(design.domainRows == [2, 2])
        let sums = design.weightSums(ofDomain: 0)
        #expect(sums.sum == 4 && sums.sumOfSquares == 10)  // w 1 and 3
        #expect(design.degreesOfFreedom(ofDomain: 1) == 0)  // 2 rows in 2 strata
        let lonely = VarianceDesign(
            VarianceDesign.Columns(
                weights: [1, 1, 1], designWeights: [1, 1, 1], strata: [0, 0, 1], strataNames: ["a", "b"], domain: nil, calibration: nil,
                calibratedWeights: nil, projectionWeights: [], survey: nil))
        #expect(lonely.lonelyStrata == ["b"])
    }
}
