import Foundation

/// Log-gamma, log-beta and the regularized incomplete beta and gamma functions: what the t,
/// F and chi-square distributions are made of, with no dependency.
///
/// `logBeta` follows R's nmath `lbeta` (Stirling series with the correction term for large
/// arguments, so that ln B(a, b) keeps full relative precision when a is 10⁶); the incomplete
/// functions are the continued fractions of Numerical Recipes (modified Lentz), evaluated on the
/// side where they converge and returning both tails, so that a p-value of 1e-15 is computed
/// directly rather than as 1 − (1 − 1e-15).
public enum SpecialFunctions {
    /// ln(√(2π)).
    static let logSqrt2Pi = 0.918938533204672741780329736406

    /// The correction `lgamma(x) − ((x − ½) ln x − x + ln √(2π))` for x ≥ 10 (Stirling series,
    /// eight terms: error below 1e-17 at x = 10).
    public static func logGammaCorrection(_ x: Double) -> Double {
        precondition(x >= 10)
        let coefficients: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
            -691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
        ]
        let x2 = 1 / (x * x)
        var sum = 0.0
        for c in coefficients.reversed() { sum = sum * x2 + c }
        return sum / x
    }

    /// ln Γ(x) for x > 0.
    public static func logGamma(_ x: Double) -> Double {
        if x >= 10 { return (x - 0.5) * log(x) - x + logSqrt2Pi + logGammaCorrection(x) }
        return lgamma(x)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0 (R's `lbeta`).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b)
        let q = max(a, b)
        if p >= 10 {
            let corr = logGammaCorrection(p) + logGammaCorrection(q) - logGammaCorrection(p + q)
            return -0.5 * log(q) + logSqrt2Pi + corr + (p - 0.5) * log(p / (p + q)) + q * log1p(-p / (p + q))
        } else if q >= 10 {
            let corr = logGammaCorrection(q) - logGammaCorrection(p + q)
            return lgamma(p) + corr + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q))
        }
        return lgamma(p) + lgamma(q) - lgamma(p + q)
    }

    /// Both tails of the regularized incomplete beta function: `lower` = I_x(a, b),
    /// `upper` = 1 − I_x(a, b). `y` must be 1 − x, passed separately so that a value of x
    /// near 1 keeps its precision.
    public static func regularizedBeta(x: Double, y: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        // ln x from y when x is near 1 (and the other way round): a × ln x with a = 5·10⁵
        // magnifies any rounding of x.
        let logX = x > 0.5 ? log1p(-y) : log(x)
        let logY = y > 0.5 ? log1p(-x) : log(y)
        let logFront = a * logX + b * logY - logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            let v = exp(logFront) * betaContinuedFraction(x: x, a: a, b: b) / a
            return (v, 1 - v)
        }
        let v = exp(logFront) * betaContinuedFraction(x: y, a: b, b: a) / b
        return (1 - v, v)
    }

    /// Both tails of the regularized incomplete gamma function: `lower` = P(a, x),
    /// `upper` = Q(a, x) = 1 − P(a, x).
    public static func regularizedGamma(a: Double, x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        let logFront = a * log(x) - x - logGamma(a)
        if x < a + 1 {
            var ap = a
            var term = 1 / a
            var sum = 1 / a
            for _ in 0..<100_000 {
                ap += 1
                term *= x / ap
                sum += term
                if abs(term) < abs(sum) * 1e-17 { break }
            }
            let v = sum * exp(logFront)
            return (v, 1 - v)
        }
        let tiny = 1e-300
        var bb = x + 1 - a
        var c = 1 / tiny
        var d = 1 / bb
        var h = d
        for i in 1..<100_000 {
            let an = -Double(i) * (Double(i) - a)
            bb += 2
            d = an * d + bb
            if abs(d) < tiny { d = tiny }
            c = bb + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        let v = exp(logFront) * h
        return (1 - v, v)
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes `betacf`, modified Lentz).
    static func betaContinuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1..<1_000_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
