/// The F distribution's upper tail (for the Rao–Scott F test).
public enum FDistribution {
    /// P(F > f) with `df1` and `df2` degrees of freedom (R's `pf(f, df1, df2, lower.tail = FALSE)`).
    public static func upperTail(_ f: Double, df1: Double, df2: Double) -> Double {
        if f <= 0 { return 1 }
        if f.isInfinite { return 0 }
        let s = df2 + df1 * f
        return SpecialFunctions.regularizedBeta(x: df2 / s, y: df1 * f / s, a: df2 / 2, b: df1 / 2).lower
    }
}
