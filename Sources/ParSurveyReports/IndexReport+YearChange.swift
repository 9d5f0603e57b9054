import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring

/// The year-over-year change columns of the index table: the change, its interval and
/// whether it is larger than the two samples' noise (`YearChange`).
extension IndexReport {
    /// A change cell: `+1,23 ± 0,80 ▲` (▲/▼ when the interval excludes 0); an exact change
    /// (self-assessment) has no `±`; without last year's standard errors, the change alone.
    static func changeCell(_ c: YearChange, _ style: ReportStyle) -> String {
        var s = signed(c.change, style)
        if let se = c.standardError, se > 0, let ci = c.interval { s += " ± " + style.number(ci.halfWidth, places: 2) }
        if c.isClear { s += c.change > 0 ? " ▲" : " ▼" }
        return s
    }

    /// The parts, in column order, and their CSV/JSON names.
    static var changeParts: [(name: String, part: KeyPath<YearChanges, YearChange> & Sendable)] {
        [("total", \.total), ("selfAssessment", \.selfAssessment), ("satisfaction", \.satisfaction), ("leadership", \.leadership)]
    }

    /// CSV headers of the change intervals (after every older column).
    static var changeIntervalHeaders: [String] {
        changeParts.flatMap { p in ["StandardError", "Low", "High", "Clear"].map { p.name + "Change" + $0 } } + ["changeLevel"]
    }

    /// CSV cells of the change intervals (empty without last year's figures or standard errors).
    static func changeIntervalCells(_ r: ParIndexRow, level: Double, style: ReportStyle) -> [String] {
        guard let ch = r.yearChanges(level: level) else { return [String](repeating: "", count: changeIntervalHeaders.count) }
        var out: [String] = []
        for p in changeParts {
            let c = ch[keyPath: p.part]
            if let se = c.standardError, let ci = c.interval {
                out += ["\(se)", "\(ci.low)", "\(ci.high)", c.isClear ? "true" : "false"]
            } else {
                out += ["", "", "", ""]
            }
        }
        return out + ["\(level)"]
    }

    /// The JSON object of the changes with their intervals.
    static func changeIntervalJSON(_ ch: YearChanges, level: Double) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [("level", JSONWriter.number(level))]
        for p in changeParts {
            let c = ch[keyPath: p.part]
            pairs.append(
                (
                    p.name,
                    .object([
                        ("change", JSONWriter.hundredths(c.change)), ("standardError", JSONWriter.number(c.standardError)),
                        ("low", JSONWriter.number(c.interval?.low)), ("high", JSONWriter.number(c.interval?.high)),
                        ("clear", c.interval == nil ? .null : .bool(c.isClear)),
                    ])
                ))
        }
        return .object(pairs)
    }
}
