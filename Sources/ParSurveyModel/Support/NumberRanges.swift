/// The ranges numbers must lie in where they enter the tool, chosen so that every sum,
/// square and product the estimators form stays finite and exact enough: with at most
/// 10⁸ respondents, weights ≤ 10¹² give weighted totals ≤ 10²⁰ and squares ≤ 10⁴⁰, far
/// from overflow; weights ≥ 10⁻⁹ keep clear of subnormal numbers (1e-320), whose
/// reciprocals overflow. A number outside its range is an error naming file, line or key
/// and the value (see docs/OUTPUTS.md).
public enum NumberRanges {
    /// Design and final weights: 10⁻⁹ ≤ w ≤ 10¹².
    public static let weight: ClosedRange<Double> = 1e-9...1e12
    /// Population totals and shares in target tables: 0, or 10⁻⁹ ≤ t ≤ 10¹².
    public static let total: ClosedRange<Double> = 1e-9...1e12
    /// Element and question weights and question points in a questionnaire: 10⁻⁶ ≤ w ≤ 10⁶.
    public static let questionnaireWeight: ClosedRange<Double> = 1e-6...1e6
    /// A component's `maxPoints`: 0 < m ≤ 1000 (the PAR Index uses 30 and 10).
    public static let maxPoints: ClosedRange<Double> = Double.leastNonzeroMagnitude...1000
    /// Confidence levels: 0 < L ≤ 0.9999.
    public static let level: ClosedRange<Double> = Double.leastNonzeroMagnitude...0.9999

    /// `x` in the shortest text that reads back as it (`1e+200`, `0.5`), for messages.
    public static func text(_ x: Double) -> String { "\(x)" }

    /// "w is outside 1e-09 … 1e+12" style explanation, or nil when `x` is in `range`.
    public static func problem(_ x: Double, _ range: ClosedRange<Double>, what: String) -> String? {
        if x.isNaN { return "\(what) is not a number" }
        if range.contains(x) { return nil }
        if x < range.lowerBound { return "\(what) \(text(x)) is too small (at least \(text(range.lowerBound)))" }
        return "\(what) \(text(x)) is too large (at most \(text(range.upperBound)))"
    }
}
