/// The chi-square distribution's upper tail (for the first-order Rao–Scott test).
public enum ChiSquareDistribution {
    /// P(X > x) with `df` degrees of freedom (R's `pchisq(x, df, lower.tail = FALSE)`).
    public static func upperTail(_ x: Double, df: Double) -> Double {
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        return SpecialFunctions.regularizedGamma(a: df / 2, x: x / 2).upper
    }
}
