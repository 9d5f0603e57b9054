import ParSurveyModel
import ParSurveyScoring

/// The legend under the index table: one line per kind of column present, so that every
/// column and symbol has one meaning, written out; the confidence level is always named.
extension IndexReport {
    /// The columns repeated in every block of a table cut to the terminal's width (rank,
    /// ranking group, unit).
    static func keyColumns(_ table: ParIndexTable) -> Int { table.scheme.rankingGroups.count > 1 ? 3 : 2 }

    /// The legend's lines (the first is its title).
    static func legend(_ table: ParIndexTable, style: ReportStyle) -> [String] {
        let level = style.levelLabel(table.level)
        let scheme = table.scheme
        var out = [style.t("Chú giải:", "Legend:")]
        out.append(
            style.t(
                "  Hạng: thứ hạng theo tổng điểm / số đơn vị được xếp hạng (bằng điểm thì cùng hạng).",
                "  Rank: place by total / number of units ranked (equal totals share a place)."))
        func maxOf(_ s: SchemeComponent.Source) -> String {
            scheme.component(s).map { " (" + SchemeNotes.maxText($0.maxPoints, style) + ")" } ?? ""
        }
        let sources = scheme.components.map(\.source)
        if sources.contains(.selfAssessment) {
            let n = SchemeComponent.Source.selfAssessment.name.text(style.language) + maxOf(.selfAssessment)
            out.append(
                style.t(
                    "  \(n): kết quả tự đánh giá đã được Hội đồng thẩm định; không có sai số chọn mẫu.",
                    "  \(n): the unit's self-assessment as checked by the appraisal council; no sampling error."))
        }
        let surveys = sources.filter { $0 != .selfAssessment }.map { $0.name.text(style.language) + maxOf($0) }
        if !surveys.isEmpty {
            let names = surveys.joined(separator: ", ")
            out.append(
                style.t(
                    "  \(names): điểm điều tra xã hội học; a ± b: b là nửa độ rộng khoảng tin cậy \(level).",
                    "  \(names): sociological-survey points; a ± b: b is half the width of the \(level) confidence interval."))
        }
        let hasPrevious = table.rows.contains { $0.previous != nil }
        if hasPrevious {
            out.append(
                style.t(
                    "  Năm trước: tổng điểm năm trước"
                        + (table.rows.contains { $0.previous?.derived == true }
                            ? " (* suy ra qua bảng chuyển đổi đơn vị)." : "."),
                    "  Previous: last year's total"
                        + (table.rows.contains { $0.previous?.derived == true }
                            ? " (* derived through the unit crosswalk)." : ".")))
            out.append(
                style.t(
                    "  Δ: thay đổi so với năm trước (năm nay trừ năm trước), ± nửa độ rộng khoảng tin cậy \(level) của thay đổi"
                        + " (hai mẫu độc lập); ▲ tăng, ▼ giảm rõ rệt: khoảng tin cậy không chứa 0. Điểm thẩm định không có sai số.",
                    "  Δ: change since last year (this year minus last), ± half the width of the change's \(level) confidence"
                        + " interval (two independent samples); ▲ clear rise, ▼ clear fall: the interval excludes 0."
                        + " The appraised score has no sampling error."))
            if !table.rows.contains(where: { ($0.yearChanges(level: table.level)?.hasIntervals) ?? false }) {
                out.append(
                    style.t(
                        "  Bảng năm trước không có sai số chuẩn: thay đổi của các khảo sát không kèm khoảng tin cậy, không đánh dấu ▲▼.",
                        "  Last year's table has no standard errors: the surveys' changes have no interval and no ▲▼ mark."))
            }
            out.append(
                style.t(
                    "  Hạng trước: hạng năm trước; ↑n, ↓n: lên, xuống n bậc.", "  Prev. rank: last year's place; ↑n, ↓n: up, down n places."
                ))
        }
        if table.rows.contains(where: { $0.rankInterval != nil }) {
            out.append(
                style.t(
                    "  Khoảng hạng: hạng mô phỏng từ phân vị 5 đến phân vị 95; P(hạng): tỷ lệ lần mô phỏng giữ đúng hạng công bố.",
                    "  Rank range: the simulated place from its 5th to its 95th percentile; P(rank): share of simulations"
                        + " at the published place."))
        }
        return out
    }
}
