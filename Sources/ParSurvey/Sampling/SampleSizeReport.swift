import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// The per-unit sample sizes as a table (text, Markdown, CSV) or JSON. The CSV's `unit` and
/// `n` columns are what `par-survey draw --sizes` reads.
public enum SampleSizeReport {
    /// Renders `sizes` in `style`.
    public static func render(_ plan: SampleSizePlan, _ sizes: [SampleSizePlan.UnitSize], style: ReportStyle) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(plan, sizes))
        case .csv: return table(plan, sizes, style: style).csv()
        case .markdown: return heading(plan, style: style) + "\n\n" + table(plan, sizes, style: style).markdown()
        case .table: return heading(plan, style: style) + "\n" + table(plan, sizes, style: style).text(width: style.width)
        }
    }

    /// One line saying which rule, confidence and response rate.
    public static func heading(_ plan: SampleSizePlan, style: ReportStyle) -> String {
        var s: String
        switch plan.rule {
        case let .yamane(e):
            s = style.t("Cỡ mẫu theo Yamane n = N/(1 + N·e²), e = ", "Sample size by Yamane n = N/(1 + N·e²), e = ") + style.percent(e)
        case let .margin(m):
            s =
                style.t("Cỡ mẫu cho sai số ", "Sample size for a margin of error of ") + style.percent(m)
                + style.t(" trên tỷ lệ hài lòng, z = ", " on the satisfied share, z = ") + style.number(plan.z, places: 3)
        case .given:
            s =
                style.t("Sai số mà số phiếu cho trước mang lại, z = ", "Margin of error the given forms buy, z = ")
                + style.number(plan.z, places: 3)
        }
        s += style.t("; tỷ lệ phản hồi ", "; response rate ") + style.percent(plan.responseRate)
        if plan.rule != .given { s += style.t("; làm tròn lên số nguyên", "; rounded up to whole forms") }
        return s
    }

    /// The table: one row per unit, then (text and Markdown only) the total.
    public static func table(_ plan: SampleSizePlan, _ rows: [SampleSizePlan.UnitSize], style: ReportStyle) -> TextTable {
        let csv = style.format == .csv
        var t = TextTable(
            headers: csv
                ? [
                    "unit", "N", "designEffect", "p", "exactRespondents", "respondents", "n", "expectedRespondents", "margin",
                    "scoreMargin", "note",
                ]
                : [
                    style.t("Đơn vị", "Unit"), "N", "deff", "p", style.t("Cần trả lời", "Respondents"),
                    style.t("Số phiếu (n)", "Forms (n)"),
                    style.t("Dự kiến trả lời", "Expected respondents"), style.t("Sai số tỷ lệ", "Margin (share)"),
                    style.t("Sai số điểm /30", "Margin (points /30)"), style.t("Ghi chú", "Note"),
                ])
        for r in rows {
            let s = r
            let places = csv ? 6 : 2
            var cells = [
                s.input.unit, style.count(s.input.population), style.number(s.input.designEffect, places: csv ? 6 : 2),
                style.number(s.input.share, places: csv ? 6 : 2),
            ]
            if csv { cells.append(s.exactRespondents.map { style.number($0, places: 6) } ?? "") }
            cells += [
                style.count(s.respondents), style.count(s.forms), style.number(s.expectedRespondents, places: csv ? 6 : 1),
                csv ? style.number(s.margin, places: places) : style.percent(s.margin),
                style.number(s.scoreMargin, places: places), note(s.note, style: style),
            ]
            t.add(cells)
        }
        if !csv && rows.count > 1 {
            t.add([
                style.t("Tổng", "Total"), style.count(rows.reduce(0) { $0 + $1.input.population }), "", "",
                style.count(rows.reduce(0) { $0 + $1.respondents }), style.count(rows.reduce(0) { $0 + $1.forms }),
                style.number(rows.reduce(0) { $0 + $1.expectedRespondents }, places: 1), "", "", "",
            ])
        }
        return t
    }

    static func note(_ n: String?, style: ReportStyle) -> String {
        if style.format == .csv { return n ?? "" }
        switch n {
        case "min": return style.t("nâng lên mức tối thiểu", "raised to the minimum")
        case "max": return style.t("giảm xuống mức tối đa", "cut to the maximum")
        case "census": return style.t("toàn bộ (n = N)", "census (n = N)")
        default: return ""
        }
    }

    /// The JSON: the rule and its parameters, then one object per unit (unrounded values).
    public static func json(_ plan: SampleSizePlan, _ rows: [SampleSizePlan.UnitSize]) -> JSONValue {
        var rule: [(key: String, value: JSONValue)]
        switch plan.rule {
        case let .yamane(e): rule = [("rule", .string("yamane")), ("error", JSONWriter.number(e))]
        case let .margin(m): rule = [("rule", .string("margin")), ("margin", JSONWriter.number(m))]
        case .given: rule = [("rule", .string("given"))]
        }
        rule += [
            ("z", JSONWriter.number(plan.z)), ("responseRate", JSONWriter.number(plan.responseRate)),
            ("minimum", plan.minimum.map(JSONWriter.int) ?? .null), ("maximum", plan.maximum.map(JSONWriter.int) ?? .null),
            ("rounding", .string("up")),
        ]
        rule.append(
            (
                "units",
                .array(
                    rows.map { r in
                        let s = r
                        return .object([
                            ("unit", .string(s.input.unit)), ("N", JSONWriter.int(s.input.population)),
                            ("designEffect", JSONWriter.number(s.input.designEffect)), ("p", JSONWriter.number(s.input.share)),
                            ("exactRespondents", JSONWriter.number(s.exactRespondents)), ("respondents", JSONWriter.int(s.respondents)),
                            ("n", JSONWriter.int(s.forms)), ("expectedRespondents", JSONWriter.number(s.expectedRespondents)),
                            ("margin", JSONWriter.number(s.margin)), ("scoreMargin", JSONWriter.number(s.scoreMargin)),
                            ("note", s.note.map(JSONValue.string) ?? .null),
                        ])
                    })
            ))
        return .object(rule)
    }
}
