/// Figures that describe a set of weights (a unit's, or all respondents').
public struct WeightSummary: Sendable, Equatable {
    /// The unit's name, or the overall label.
    public var name: String
    /// Respondents.
    public var respondents: Int
    /// Σ w.
    public var sumOfWeights: Double
    /// Smallest weight.
    public var minWeight: Double
    /// Mean weight.
    public var meanWeight: Double
    /// Largest weight.
    public var maxWeight: Double
    /// Kish's design effect of weighting, 1 + CV² = n Σw² / (Σw)².
    public var designEffect: Double
    /// Kish's effective sample size (Σw)² / Σw² = n / design effect.
    public var effectiveSampleSize: Double
    /// Weights that were trimmed (outside the bounds in some pass of a trimming step).
    public var trimmed: Int
    /// Raking sweeps (within-unit raking: until this unit's cells stopped moving).
    public var sweeps: Int?
    /// Largest relative margin error |Σw − target| / target left by the last raking.
    public var maxMarginError: Double?
    /// With a design block: the sampled PSUs (stage-1 clusters, or respondents when the
    /// design has no cluster ids) among these respondents; nil without a design block.
    public var psus: Int? = nil
    /// With a design block: the stage-1 strata these respondents lie in.
    public var strata: Int? = nil
    /// With a design block: PSUs − strata (R's `degf` of the unit's domain; of the whole
    /// design overall).
    public var degreesOfFreedom: Int? = nil

    /// Summarises `weights[rows]`.
    static func of(_ name: String, weights w: [Double], rows: [Int]?, trimmed: [Bool]) -> WeightSummary {
        var n = 0
        var sum = 0.0
        var sum2 = 0.0
        var lo = Double.infinity
        var hi = -Double.infinity
        var t = 0
        func add(_ i: Int) {
            let x = w[i]
            n += 1
            sum += x
            sum2 += x * x
            lo = min(lo, x)
            hi = max(hi, x)
            if trimmed[i] { t += 1 }
        }
        if let rows { for i in rows { add(i) } } else { for i in w.indices { add(i) } }
        let nd = Double(n)
        return WeightSummary(
            name: name, respondents: n, sumOfWeights: sum, minWeight: n > 0 ? lo : 0, meanWeight: n > 0 ? sum / nd : 0,
            maxWeight: n > 0 ? hi : 0, designEffect: n > 0 ? nd * sum2 / (sum * sum) : 0,
            effectiveSampleSize: n > 0 ? sum * sum / sum2 : 0, trimmed: t, sweeps: nil, maxMarginError: nil)
    }
}
