import ParSurveyModel
import ParSurveyIO
import ParSurveyScoring
import ParSurveyStatistics
/// Renders `par-survey compare` in every format: per question, the distribution of answers
/// across groups (row percentages of valid answers, weighted; missing answers apart), each
/// group's satisfied share with its interval and its difference from everyone's share (Holm-
/// adjusted p, ▼ when significantly below), and the Rao–Scott test.
public enum ComparisonReport {
    /// The report text.
    public static func render(_ r: ComparisonResult, style: ReportStyle) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(r))
        case .csv: return csv(r).csv()
        case .markdown, .table:
            let md = style.format == .markdown
            var s = (md ? "## " : "") + r.questionnaire.title.text(style.language) + "\n\n"
            for q in r.questions {
                let title = q.question.id + " — " + q.question.text.text(style.language)
                s += (md ? "### " : "") + title + "\n\n"
                let t = distribution(q, r, style: style)
                s += (md ? t.markdown() : t.text(width: style.width)) + "\n" + testLine(q, style: style) + "\n"
                for w in q.warnings { s += style.t("Lưu ý: ", "Note: ") + TerminalText.escape(w.text(style.language)) + "\n" }
                s += "\n"
            }
            if r.questions.count > 1 {
                let t = summary(r, style: style)
                s +=
                    (md ? "### " : "") + style.t("Tóm tắt kiểm định", "Summary of tests") + "\n\n"
                    + (md ? t.markdown() : t.text(width: style.width)) + "\n"
            }
            s += legend(r, style: style)
            for w in r.warnings { s += style.t("Lưu ý: ", "Note: ") + TerminalText.escape(w.text(style.language)) + "\n" }
            return s
        }
    }

    /// One row per group (and everyone): respondents, row percentages, missing, share, difference.
    static func distribution(_ q: QuestionComparison, _ r: ComparisonResult, style: ReportStyle) -> TextTable {
        let x = q.crosstab
        let share = r.questionnaire.scoring == .shareSatisfied ? style.t("Hài lòng", "Satisfied") : style.t("Điểm TB", "Mean credit")
        var headers = [r.groupedBy, style.t("Số phiếu", "Resp."), style.t("Trả lời (Σw)", "Answers (Σw)")]
        headers += x.categories.map { $0.code + " (%)" }
        headers += [
            style.t("Thiếu (Σw)", "Missing (Σw)"), share + " (" + style.levelLabel(r.confidenceLevel) + ")",
            style.t("Chênh lệch", "Difference"), style.t("p (Holm)", "p (Holm)"), "▼",
        ]
        var t = TextTable(headers: headers)
        for (g, name) in x.groups.enumerated() {
            var row = [name, style.count(x.rows[g]), style.number(x.answeredWeight(g), places: 1)]
            row += x.categories.indices.map { k in x.rowShare(g, k).map { style.number($0 * 100, places: 1) } ?? "–" }
            row.append(style.number(x.missingWeighted[g], places: 1))
            if let s = q.shares.first(where: { $0.group == name }) {
                row += [
                    shareCell(s.share, style), signedPoints(s.difference, style),
                    s.pValueHolm.map { $0 < 0.001 ? "< " + style.number(0.001, places: 3) : style.number($0, places: 3) } ?? "–",
                    s.significantlyBelow ? "▼" : "",
                ]
            } else {
                row += ["–", "", "", ""]
            }
            t.add(row)
        }
        let all = (0..<x.categories.count).map { k in x.weighted.reduce(0) { $0 + $1[k] } }
        let total = all.reduce(0, +)
        var row = [style.totalName, style.count(x.rows.reduce(0, +)), style.number(total, places: 1)]
        row += all.map { total > 0 ? style.number($0 / total * 100, places: 1) : "–" }
        row += [style.number(x.missingWeighted.reduce(0, +), places: 1), shareCell(q.pooled, style), "", "", ""]
        t.add(row)
        return t
    }

    static func shareCell(_ s: ShareEstimate, _ style: ReportStyle) -> String {
        style.number(s.estimate * 100, places: 1) + (s.confidenceInterval.map { " (" + style.percentRange($0, places: 1) + ")" } ?? "")
    }

    static func signedPoints(_ d: Double, _ style: ReportStyle) -> String {
        let s = style.number(d * 100, places: 1)
        return d > 0 && !s.hasPrefix("-") && s != style.number(0, places: 1) ? "+" + s : s
    }

    /// `Rao–Scott: F = 1,40 (ndf 17,32; ddf 5161,3), p = 0,1253; χ² = 80,99, df 56, p (bậc 1) = 0,0266`.
    static func testLine(_ q: QuestionComparison, style: ReportStyle) -> String {
        guard let t = q.test else { return style.t("Kiểm định Rao–Scott: không tính được.", "Rao–Scott test: not computable.") + "\n" }
        return style.t("Kiểm định Rao–Scott (bậc 2): ", "Rao–Scott test (second order): ")
            + "F = \(style.number(t.f, places: 3)), ndf = \(style.number(t.ndf, places: 2)), ddf = \(style.number(t.ddf, places: 1)), "
            + pEquals(t.pValueF, style) + ". "
            + style.t("Bậc 1: ", "First order: ")
            + "X² = \(style.number(t.pearsonChiSquare, places: 2)), δ̄ = \(style.number(t.meanDesignEffect, places: 3)), "
            + "df = \(t.chiSquareDF), " + pEquals(t.pValueChiSquare, style) + ".\n"
    }

    /// `p = 0,1253` or `p < 0,0001`.
    static func pEquals(_ p: Double, _ style: ReportStyle) -> String {
        let text = pValue(p, style)
        return text.hasPrefix("<") ? "p " + text : "p = " + text
    }

    static func pValue(_ p: Double, _ style: ReportStyle) -> String {
        p < 0.0001 ? "< " + style.number(0.0001, places: 4) : style.number(p, places: 4)
    }

    /// One row per question: the test and the groups flagged.
    static func summary(_ r: ComparisonResult, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [
                style.t("Câu hỏi", "Question"), "F", "p (F)", "p (χ²)",
                style.t("Thấp hơn mức chung", "Below everyone's share"),
            ],
            alignments: [.left, .right, .right, .right, .left])
        for q in r.questions {
            let below = q.shares.filter(\.significantlyBelow).map(\.group).joined(separator: ", ")
            t.add([
                q.question.id, q.test.map { style.number($0.f, places: 3) } ?? "–", q.test.map { pValue($0.pValueF, style) } ?? "–",
                q.test.map { pValue($0.pValueChiSquare, style) } ?? "–", below,
            ])
        }
        return t
    }

    static func legend(_ r: ComparisonResult, style: ReportStyle) -> String {
        let alpha = style.number(1 - r.confidenceLevel, places: 2)
        return style.t(
            "Tỷ lệ theo hàng trên các câu trả lời hợp lệ (có trọng số); khoảng tin cậy logit; chênh lệch so với mức chung "
                + "(điểm %), p hai phía hiệu chỉnh Holm giữa các nhóm; ▼: thấp hơn có ý nghĩa (p Holm < \(alpha)). "
                + "Sai số chuẩn: \(r.varianceMethod.vi). Trọng số: \(r.weightingText?.vi ?? r.weighting).",
            "Row percentages of valid answers (weighted); logit confidence intervals; difference from everyone's share "
                + "(percentage points), two-sided p with Holm's correction over groups; ▼: significantly below (Holm p < \(alpha)). "
                + "Standard errors: \(r.varianceMethod.en). Weights: \(r.weighting).") + "\n"
    }
}
