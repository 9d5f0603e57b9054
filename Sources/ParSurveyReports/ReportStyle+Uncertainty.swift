import ParSurveyModel
import ParSurveyStatistics
extension ReportStyle {
    /// A value with the half-width of its (symmetric) interval: `25,70 ± 0,84` (vi),
    /// `25.70 ± 0.84` (en); `scale` turns fractions into percent (100). Without an interval,
    /// the value alone.
    public func withMargin(_ x: Double?, _ ci: ConfidenceInterval?, scale: Double = 1, places: Int = 2) -> String {
        guard let x else { return "–" }
        let value = number(x * scale, places: places)
        guard let ci else { return value }
        return value + " ± " + number(ci.halfWidth * scale, places: places)
    }

    /// An interval of fractions as percent: `82,10–88,60` (CSV: `82.10-88.60`).
    public func percentRange(_ ci: ConfidenceInterval?, places: Int = 2) -> String {
        guard let ci else { return "–" }
        return number(ci.low * 100, places: places) + (format == .csv ? "-" : "–") + number(ci.high * 100, places: places)
    }

    /// A plain optional number (`–` when nil).
    public func optional(_ x: Double?, places: Int) -> String { x.map { number($0, places: places) } ?? "–" }

    /// The confidence level as a percentage label: `95 %` (vi), `95%` (en).
    public func levelLabel(_ level: Double) -> String {
        let s = DecimalText.format(level * 100, places: level * 100 == (level * 100).rounded() ? 0 : 1, language: language)
        return language == .vi ? s + " %" : s + "%"
    }
}
