import ParSurveyModel

extension ReportStyle {
    /// A probability as a percentage that never reads as certainty: whole percent, one
    /// decimal where whole percent would round to 0 or 100, and `> 99,9 %` / `< 0,1 %` beyond
    /// (a simulated 0.9996 is not 100 %). CSV and JSON keep the number itself.
    public func probability(_ p: Double) -> String {
        let unit = language == .vi ? " %" : "%"
        if p > 0.999 { return "> " + number(99.9, places: 1) + unit }
        if p < 0.001 { return "< " + number(0.1, places: 1) + unit }
        if p >= 0.995 || p < 0.005 { return percent(p, places: 1) }
        return percent(p, places: 0)
    }
}
