/// Sample-size formulas for one unit (pure arithmetic, no I/O). See `docs/SAMPLING.md`.
///
/// - Yamane (the ministry's rule): n = N / (1 + N·e²).
/// - Margin of error m on a share p: n₀ = z²·p(1−p)·deff / m², finite-population corrected
///   n = n₀ / (1 + (n₀ − 1)/N).
/// - The inverse: the margin that n respondents buy, m = z·√(p(1−p)·deff·(N − n) / (n·(N − 1)))
///   (the corrected formula solved for m; without N, m = z·√(p(1−p)·deff / n)).
public enum SampleSizeFormula {
    /// Yamane's n = N / (1 + N·e²), unrounded.
    public static func yamane(population n: Double, error e: Double) -> Double {
        n / (1 + n * e * e)
    }

    /// n₀ = z²·p(1−p)·deff / m² corrected for a finite population N (nil: no correction).
    public static func forMargin(
        _ m: Double, share p: Double, z: Double, designEffect deff: Double,
        population: Double?
    ) -> Double {
        let n0 = z * z * p * (1 - p) * deff / (m * m)
        guard let big = population else { return n0 }
        return n0 / (1 + (n0 - 1) / big)
    }

    /// The margin of error on a share p that `respondents` buy (finite correction when N is
    /// given; 0 for a census, n ≥ N).
    public static func margin(
        respondents n: Double, share p: Double, z: Double, designEffect deff: Double,
        population: Double?
    ) -> Double {
        guard n > 0 else { return .infinity }
        var v = p * (1 - p) * deff / n
        if let big = population {
            if n >= big { return 0 }
            if big > 1 { v *= (big - n) / (big - 1) }
        }
        return z * v.squareRoot()
    }

    /// Rounds a size up to a whole number; differences below 10⁻⁹ from a whole number are
    /// floating-point noise and round to it (so an exact 250 stays 250, 285.71 becomes 286).
    public static func roundUp(_ x: Double) -> Int {
        let r = x.rounded()
        if abs(x - r) < 1e-9 { return Int(r) }
        return Int(x.rounded(.up))
    }

    /// The normal quantile z for a two-sided confidence level (0.95 → 1.959963984540054).
    public static func z(confidence: Double) -> Double {
        NormalDistribution.quantile(1 - (1 - confidence) / 2)
    }
}
