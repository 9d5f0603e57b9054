import ParSurveyModel
import ParSurveyScoring
extension ReportText {
    /// `Tây Sơn (4/11, 84,11)`.
    static func unitWithRank(_ r: ParIndexRow, _ s: ReportStyle) -> String { "\(r.unit) (\(r.rank)/\(r.of), \(s.points(r.total)))" }

    /// The key findings, one sentence each, in plain words and without codes.
    static func findings(_ m: ReportModel, _ s: ReportStyle) -> [String] {
        let k = KeyFindings(m)
        var out: [String] = []
        for g in k.groups {
            let prefix = g.title.map { $0.text(s.language) + ": " } ?? ""
            out.append(prefix + s.t("Cao nhất: ", "Highest: ") + g.top.map { unitWithRank($0, s) }.joined(separator: ", ") + ".")
            if !g.bottom.isEmpty {
                out.append(prefix + s.t("Thấp nhất: ", "Lowest: ") + g.bottom.map { unitWithRank($0, s) }.joined(separator: ", ") + ".")
            }
            for run in g.inseparable {
                let ranks = "\(run.first!.rank)–\(run.last!.rank)"
                out.append(
                    prefix
                        + s.t(
                            "Hạng \(ranks) chưa tách được: khoảng hạng 5–95 % của ",
                            "Ranks \(ranks) cannot be told apart: the 5–95% rank ranges of ")
                        + run.map(\.unit).joined(separator: ", ")
                        + s.t(
                            " chồng lên nhau; chênh lệch nằm trong sai số chọn mẫu.", " overlap; the differences lie within sampling error."
                        ))
            }
            if !g.grades.isEmpty {
                out.append(
                    prefix + s.t("Xếp loại: ", "Grades: ")
                        + g.grades.map { $0.grade.title.text(s.language) + " " + $0.units.joined(separator: ", ") }.joined(separator: "; ")
                        + ".")
            }
        }
        if !k.changes.isEmpty {
            let list = k.changes.map { c in
                c.unit + " " + (c.change > 0 ? "+" : c.change < 0 ? "−" : "") + s.number(abs(c.change), places: 2)
                    + (c.year.interval.map { " ± " + s.number(($0.high - $0.low) / 2, places: 2) } ?? "")
                    + (c.derived ? "*" : "")
            }.joined(separator: ", ")
            let derived = k.changes.contains(where: \.derived)
            if k.changesHaveIntervals {
                out.append(
                    s.t(
                        "Thay đổi rõ rệt nhất so với năm trước (lớn hơn sai số chọn mẫu): ",
                        "Largest clear changes since last year (beyond sampling error): ")
                        + list + s.t(" điểm", " points")
                        + (derived ? s.t(" (* năm trước tính lại cho đơn vị mới)", " (* last year derived for a merged unit)") : "") + ".")
            } else {
                out.append(
                    s.t("Thay đổi lớn nhất so với năm trước: ", "Largest changes since last year: ") + list
                        + s.t(
                            " điểm (hiệu số tổng điểm công bố; năm trước không có sai số chuẩn nên chưa xác định được thay đổi có vượt sai số chọn mẫu hay không",
                            " points (difference of published totals; last year gave no standard errors, so these cannot be told from sampling error"
                        )
                        + (derived ? s.t("; * năm trước tính lại cho đơn vị mới", "; * last year derived for a merged unit") : "") + ").")
            }
        } else if k.changesHaveIntervals {
            out.append(
                s.t(
                    "Không đơn vị nào có tổng điểm thay đổi vượt sai số chọn mẫu so với năm trước.",
                    "No unit's total changed by more than its sampling error since last year."))
        }
        if !k.weakestSatisfaction.isEmpty {
            out.append(
                s.t("Tiêu chí hài lòng thấp nhất \(s.totalNameInSentence): ", "Lowest satisfaction criteria, all units: ")
                    + k.weakestSatisfaction.map { c in
                        "«" + c.label.text(s.language) + "» " + s.percent(c.estimate, places: 1)
                            + (c.interval.map { " (" + s.percentRange($0, places: 1) + ")" } ?? "")
                    }.joined(separator: "; ") + ".")
        }
        if !k.weakestSelfAssessment.isEmpty {
            out.append(
                s.t(
                    "Tự đánh giá bị trừ nhiều nhất \(s.totalNameInSentence): ",
                    "Self-assessment criteria with most points lost, all units: ")
                    + k.weakestSelfAssessment.map { c in
                        c.criterion.title.text(s.language) + " (" + c.criterion.id + ") "
                            + s.t("mất ", "") + s.percent(c.share, places: 1) + s.t(" số điểm", " of its points lost")
                    }.joined(separator: "; ") + ".")
        }
        if !k.weakestLeadership.isEmpty {
            out.append(
                s.t("Lĩnh vực được lãnh đạo đánh giá thấp nhất: ", "Areas the leaders rate lowest: ")
                    + k.weakestLeadership.map { c in
                        c.label.text(s.language) + " " + s.percent(c.estimate, places: 1)
                            + (c.interval.map { " (" + s.percentRange($0, places: 1) + ")" } ?? "")
                    }.joined(separator: "; ") + ".")
        }
        return out
    }

    /// Under the self-assessment table: what the figures are.
    static func selfAssessmentNote(_ s: ReportStyle) -> String {
        s.t(
            "Mỗi ô là số điểm bị trừ ở tiêu chí đó (điểm tối đa − điểm thẩm định); «–»: đơn vị không có dòng cho tiêu chí. "
                + "Điểm = tổng điểm thẩm định các tiêu chí; bị trừ = điểm tối đa − điểm. Dòng cuối: tổng điểm bị trừ của mọi đơn vị "
                + "và tỷ lệ so với tổng điểm tối đa của tiêu chí, để thấy tiêu chí yếu chung của tỉnh.",
            "Each cell is the points lost on that criterion (maximum − appraised score); «–»: the unit has no row for it. "
                + "Score = sum of the appraised criteria; lost = maximum − score. Last rows: points lost by all units together and "
                + "their share of the criterion's maxima, to show the province's common weaknesses.")
    }

    /// Under the leaders' tables: what the figures are.
    static func leadershipNote(_ a: LeadershipAreas, _ s: ReportStyle) -> String {
        let level = a.level.map { s.levelLabel($0) } ?? s.levelLabel(0.95)
        return s.t(
            "Chỉ số của mỗi lĩnh vực là mức điểm trung bình của các câu hỏi thuộc lĩnh vực (phương án A 100 %, B 60 %, C 20 %, D 0 %, "
                + "«không đánh giá được» không tính), có trọng số; ± là nửa độ rộng khoảng tin cậy \(level). Mẫu lãnh đạo của mỗi "
                + "đơn vị nhỏ nên khoảng tin cậy rộng.",
            "An area's index is the weighted mean credit of its questions (as the questionnaire's scale says, e.g. A 100%, B 60%, "
                + "C 20%, D 0%, «cannot assess» left out); ± is half the width of the \(level) confidence interval. Each unit has "
                + "few leaders' forms, so the intervals are wide.")
    }

    /// The methods appendix: how estimates, intervals, tests and ranks were made.
    static func methods(_ m: ReportModel, _ s: ReportStyle) -> [String] {
        var p = [
            s.t(
                "Điểm khảo sát = điểm tối đa × chỉ số; chỉ số hài lòng là tỷ lệ có trọng số các câu trả lời «hài lòng» hoặc «rất hài "
                    + "lòng» trong số câu trả lời hợp lệ, trung bình theo tiêu chí rồi theo yếu tố. Sai số chuẩn theo phương pháp "
                    + "tuyến tính hóa Taylor cho thiết kế phân tầng, mỗi đơn vị là một tầng (như gói survey của R); khi trọng số được "
                    + "hiệu chỉnh (hậu phân tầng, raking, GREG), sai số tính cả phần hiệu chỉnh.",
                "Survey points = maximum points × index; the satisfaction index is the weighted share of «satisfied» or «very "
                    + "satisfied» among valid answers, averaged over criteria, then elements. Standard errors are Taylor-linearised "
                    + "for a stratified design with each unit a stratum (as R's survey package); when the weights are calibrated "
                    + "(post-stratification, raking, GREG), the errors account for the calibration."),
            s.t(
                "Khoảng hạng 5–95 % và P(hạng) có được bằng cách mô phỏng điểm khảo sát của mọi đơn vị theo phân phối chuẩn với sai "
                    + "số chuẩn của chúng, xếp hạng lại mỗi lần (bộ sinh số ngẫu nhiên xoshiro256** với hạt giống cố định: cùng dữ liệu, "
                    + "cùng kết quả).",
                "The 5–95% rank range and P(rank) come from simulating every unit's survey points from a normal distribution with "
                    + "their standard errors and ranking again each time (xoshiro256** random numbers with a fixed seed: same data, "
                    + "same result)."),
            s.t(
                "Phân bố câu trả lời: kiểm định Rao–Scott (F bậc hai) cho mỗi câu hỏi hỏi xem các nhóm có trả lời khác nhau không, xét "
                    + "cả bảng cùng lúc; p nhỏ hơn 0,05 nghĩa là có khác biệt ngoài ngẫu nhiên chọn mẫu. Bảng có nhiều ô trống (R dừng "
                    + "vì ma trận suy biến): hiệu ứng thiết kế tính theo tỷ lệ kỳ vọng khi các nhóm như nhau. Dấu ▼ là một kiểm định khác: "
                    + "so tỷ lệ hài lòng của từng nhóm với tỷ lệ chung (kiểm định t hai phía, hiệu chỉnh Holm cho số nhóm). Hai kiểm "
                    + "định trả lời hai câu hỏi khác nhau nên có thể một nhóm bị ▼ trong khi p của cả bảng lớn, hoặc ngược lại.",
                "Answer distributions: the Rao–Scott test (second-order F) of each question asks whether the groups answer "
                    + "differently at all, the whole table at once; p below 0.05 means a difference beyond sampling chance. ▼ is another "
                    + "test: each group's satisfied share against everyone's (two-sided t test, Holm's correction over the groups). "
                    + "The two answer different questions, so a group may carry ▼ while the table's p is large, or the reverse."),
        ]
        if let v = m.satisfaction?.varianceMethod { p.append(s.t("Sai số chuẩn: ", "Standard errors: ") + v.text(s.language) + ".") }
        return p
    }
}
