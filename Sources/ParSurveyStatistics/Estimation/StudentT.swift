import Foundation

/// Student's t distribution: upper tail, density and quantile (for t-based intervals and tests).
public enum StudentT {
    /// P(T > t) with `df` degrees of freedom (df > 0, not necessarily whole).
    public static func upperTail(_ t: Double, df: Double) -> Double {
        if t == 0 { return 0.5 }
        let t2 = t * t
        let x = df / (df + t2)
        let y = t2 / (df + t2)
        let half = 0.5 * SpecialFunctions.regularizedBeta(x: x, y: y, a: df / 2, b: 0.5).lower
        return t > 0 ? half : 1 - half
    }

    /// The density of t with `df` degrees of freedom.
    public static func density(_ t: Double, df: Double) -> Double {
        exp(-SpecialFunctions.logBeta(df / 2, 0.5) - 0.5 * log(df) - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The p-quantile (R's `qt(p, df)`), 0 < p < 1. For df ≥ 10⁴ the Cornish–Fisher expansion
    /// to 1/df⁴ (Abramowitz & Stegun 26.7.5; truncation error below 1e-14 relative there);
    /// otherwise Newton's method on the upper tail, safeguarded by bisection, from that start.
    public static func quantile(_ p: Double, df: Double) -> Double {
        // Outside the domain: the limits (or nan), never a trap; callers check finiteness.
        if p.isNaN || df.isNaN || !(df > 0) { return .nan }
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p == 0.5 { return 0 }
        let tail = p > 0.5 ? 1 - p : p
        let sign: Double = p > 0.5 ? 1 : -1
        let z = -NormalDistribution.quantile(tail)
        let z2 = z * z
        let g1 = (z2 + 1) * z / 4
        let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
        let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
        let g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
        var t = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df
        if df >= 1e4 { return sign * t }
        if df < 3 || !t.isFinite || t <= 0 { t = max(z, 1) }
        var lo = 0.0
        var hi = max(2 * t, 1)
        while upperTail(hi, df: df) > tail {
            lo = hi
            hi *= 2
        }
        for _ in 0..<200 {
            let f = upperTail(t, df: df) - tail
            if f > 0 { lo = max(lo, t) } else { hi = min(hi, t) }
            var next = t + f / density(t, df: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - t) <= 1e-15 * t {
                t = next
                break
            }
            t = next
        }
        return sign * t
    }
}
