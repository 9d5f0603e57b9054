import Foundation
import ParSurveyIO
import ParSurveyModel
import ParSurveyWeighting

/// Renders weighting diagnostics (per unit and overall) and the weights themselves.
public enum WeightingReport {
    /// The diagnostics as text (table) or Markdown, with a heading line and one line per step.
    public static func render(_ d: WeightingDiagnostics, style: ReportStyle) -> String {
        let heading =
            style.t("Trọng số", "Weights") + ": " + description(d, style.language) + (d.plan.isEmpty ? "" : " (\(d.plan))")
        let steps = d.steps.map { "  " + stepLine($0, style: style) + "\n" }.joined()
        switch style.format {
        case .markdown:
            return "### " + MarkupEscaping.markdownCell(heading) + "\n\n" + table(d, style: style).markdown() + "\n"
                + d.steps.map { "  " + MarkupEscaping.markdownCell(stepLine($0, style: style)) + "\n" }.joined()
        default: return heading + "\n" + table(d, style: style).text(width: style.width) + steps
        }
    }

    /// One row per unit and one for everyone: respondents, Σ w, min/mean/max, Kish design
    /// effect, effective sample size; trimmed weights when the plan trims; raking sweeps and
    /// largest margin error when it rakes; PSUs, strata and degrees of freedom (PSUs − strata)
    /// when the plan has a design block.
    public static func table(_ d: WeightingDiagnostics, style: ReportStyle) -> TextTable {
        let trims = d.steps.contains { $0.kind == "trim" }
        let rakes = d.overall.sweeps != nil
        var headers = [
            style.t("Đơn vị", "Unit"), style.t("Số phiếu", "Respondents"), style.t("Tổng trọng số", "Sum of weights"),
            style.t("Nhỏ nhất", "Min"), style.t("Trung bình", "Mean"), style.t("Lớn nhất", "Max"),
            style.t("Hiệu ứng thiết kế", "Design effect"), style.t("Cỡ mẫu hiệu dụng", "Effective n"),
        ]
        if trims { headers.append(style.t("Bị cắt", "Trimmed")) }
        if rakes { headers += [style.t("Vòng lặp", "Sweeps"), style.t("Lệch tổng biên", "Margin error")] }
        let design = d.overall.psus != nil
        if design { headers += [style.t("Số PSU", "PSUs"), style.t("Số tầng", "Strata"), style.t("Bậc tự do", "df")] }
        var t = TextTable(headers: headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))
        let all = d.units + [d.overall]
        // one precision per column: the smallest value of the column decides it
        let floors = [\WeightSummary.sumOfWeights, \.minWeight, \.meanWeight, \.maxWeight].map { key in
            all.map { $0[keyPath: key] }.min() ?? 0
        }
        for s in all {
            var row = [
                style.unitName(s.name), style.count(s.respondents),
                weight(s.sumOfWeights, style, column: floors[0]),
                weight(s.minWeight, style, column: floors[1]),
                weight(s.meanWeight, style, column: floors[2]), weight(s.maxWeight, style, column: floors[3]),
                style.number(s.designEffect, places: 3),
                style.number(s.effectiveSampleSize, places: 1),
            ]
            if trims { row.append(style.count(s.trimmed)) }
            if rakes { row += [s.sweeps.map { String($0) } ?? "–", s.maxMarginError.map { scientific($0, style) } ?? "–"] }
            if design { row += [s.psus, s.strata, s.degreesOfFreedom].map { $0.map { style.count($0) } ?? "–" } }
            t.add(row)
        }
        return t
    }

    static func stepLine(_ s: WeightingStepReport, style: ReportStyle) -> String {
        var parts = [style.language == .vi ? vietnameseStep(s) : "\(s.path): \(s.englishSummary.isEmpty ? s.summary : s.englishSummary)"]
        if let n = s.sweeps { parts.append(style.t("\(n) vòng lặp", "\(n) sweep\(n == 1 ? "" : "s")")) }
        if let e = s.maxMarginError {
            let vi = style.language == .vi && style.format != .csv
            parts.append(
                vi && e < 1e-6
                    ? "trọng số khớp các tổng biên" : style.t("lệch tổng biên lớn nhất ", "largest margin error ") + scientific(e, style))
        }
        if let t = s.trimmed { parts.append(style.t("\(t) trọng số bị cắt", "\(t) weight\(t == 1 ? "" : "s") trimmed")) }
        if let p = s.passes, p > 1 { parts.append(style.t("\(p) lượt", "\(p) passes")) }
        if let n = s.rerakeSweeps {
            parts.append(style.t("cân chỉnh lại: \(n) vòng lặp", "re-raked in \(n) sweep\(n == 1 ? "" : "s")"))
        }
        return parts.joined(separator: "; ")
    }

    /// The plan's description in `language` (the plan's one string when it gives no other).
    package static func description(_ d: WeightingDiagnostics, _ language: Language) -> String {
        let text = d.localizedDescription.text(language)
        return text.isEmpty ? d.description : text
    }

    /// `bước 1: hậu phân tầng theo commune trong từng đơn vị` for `steps[0]`.
    package static func vietnameseStep(_ s: WeightingStepReport) -> String {
        let summary = s.vietnameseSummary.isEmpty ? s.summary : s.vietnameseSummary
        guard s.path.hasPrefix("steps["), s.path.hasSuffix("]"), let i = Int(s.path.dropFirst(6).dropLast()) else {
            return "\(s.path): \(summary)"
        }
        return "bước \(i + 1): \(summary)"
    }

    /// A weight with 2 decimals (4 below 10, none from 1000).
    /// A weight or a sum of weights in a column whose smallest value is `column`: whole and
    /// grouped when the whole column is 1 000 or more, else 4 decimals below 10 and 2 above,
    /// the same for every row so that the column reads evenly (`1.450,00` above `820,00`).
    static func weight(_ x: Double, _ style: ReportStyle, column: Double) -> String {
        if column >= 1000 && style.format != .csv { return style.count(Int(x.rounded())) }
        let places = column >= 1000 ? 0 : column < 10 ? 4 : 2
        guard style.format != .csv, abs(x) >= 1000 else { return style.number(x, places: places) }
        // group the whole part as counts are grouped: 1.450,00
        let text = style.number(x, places: places)
        let point = style.language == .vi ? "," : "."
        let whole = text.split(separator: Character(point), maxSplits: 1)
        let grouped = style.count(Int(whole[0]) ?? Int(x))
        return whole.count == 2 ? grouped + point + whole[1] : grouped
    }

    /// `2.5e-09` in English and CSV; Vietnamese tables say what a reader needs: below one
    /// millionth the weights meet the margins ("khớp"), else the share with 6 decimals.
    static func scientific(_ x: Double, _ style: ReportStyle) -> String {
        if style.language == .vi && style.format != .csv {
            return x < 1e-6 ? "khớp" : style.number(x, places: 6)
        }
        let s = x == 0 ? "0" : String(format: "%.1e", x)
        return style.language == .vi && style.format != .csv ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// The diagnostics in JSON (`designEffect`, `effectiveSampleSize`, ... per unit and overall).
    public static func json(_ d: WeightingDiagnostics) -> JSONValue {
        .object([
            ("plan", .string(d.plan)),
            ("description", .string(d.description)),
            ("units", .array(d.units.map { summaryJSON($0, key: "unit") })),
            ("overall", summaryJSON(d.overall, key: "name")),
            ("steps", .array(d.steps.map(stepJSON))),
        ])
    }

    static func summaryJSON(_ s: WeightSummary, key: String) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            (key, .string(s.name)),
            ("respondents", JSONWriter.int(s.respondents)),
            ("sumOfWeights", JSONWriter.number(s.sumOfWeights)),
            ("minWeight", JSONWriter.number(s.minWeight)),
            ("meanWeight", JSONWriter.number(s.meanWeight)),
            ("maxWeight", JSONWriter.number(s.maxWeight)),
            ("designEffect", JSONWriter.number(s.designEffect)),
            ("effectiveSampleSize", JSONWriter.number(s.effectiveSampleSize)),
            ("trimmed", JSONWriter.int(s.trimmed)),
        ]
        if let n = s.sweeps { pairs.append(("sweeps", JSONWriter.int(n))) }
        if let e = s.maxMarginError { pairs.append(("maxMarginError", JSONWriter.number(e))) }
        if let n = s.psus { pairs.append(("psus", JSONWriter.int(n))) }
        if let n = s.strata { pairs.append(("strata", JSONWriter.int(n))) }
        if let n = s.degreesOfFreedom { pairs.append(("degreesOfFreedom", JSONWriter.int(n))) }
        return .object(pairs)
    }

    static func stepJSON(_ s: WeightingStepReport) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("path", .string(s.path)), ("step", .string(s.kind)), ("summary", .string(s.summary)),
        ]
        if let n = s.sweeps { pairs.append(("sweeps", JSONWriter.int(n))) }
        if let e = s.maxMarginError { pairs.append(("maxMarginError", JSONWriter.number(e))) }
        if let t = s.trimmed { pairs.append(("trimmed", JSONWriter.int(t))) }
        if let p = s.passes { pairs.append(("passes", JSONWriter.int(p))) }
        if let n = s.rerakeSweeps { pairs.append(("rerakeSweeps", JSONWriter.int(n))) }
        if let e = s.rerakeMaxMarginError { pairs.append(("rerakeMaxMarginError", JSONWriter.number(e))) }
        return .object(pairs)
    }

    /// `id,weight` lines, weights in shortest round-trip form (the same bytes every run).
    public static func weightsCSV(_ w: WeightedResponses) -> String {
        var s = "id,weight\n"
        for (i, id) in w.table.ids.enumerated() { s += CSVField.encode(id) + "," + "\(w.weights[i])\n" }
        return s
    }

    /// `[{"id": ..., "weight": ...}]`.
    public static func weightsJSON(_ w: WeightedResponses) -> JSONValue {
        .array(
            w.table.ids.enumerated().map { i, id in
                .object([("id", .string(id)), ("weight", .number(w.weights[i], text: "\(w.weights[i])"))])
            })
    }
}
