/// The report's headings and explanations in Vietnamese and English, shared by the HTML and
/// Markdown renderers.
enum ReportText {
    static func title(_ m: ReportModel, _ s: ReportStyle) -> String { IndexReport.heading(m.title, s) }

    /// `Năm 2021 · Ngày lập: 31/12/2021 · par-survey 0.1.0`.
    static func meta(_ m: ReportModel, _ s: ReportStyle) -> String {
        var parts: [String] = []
        if let y = m.year { parts.append(s.t("Năm đánh giá: \(y)", "Year assessed: \(y)")) }
        if let d = m.date { parts.append(s.t("Ngày lập báo cáo: ", "Report date: ") + d.text(s.language)) }
        parts.append("par-survey " + m.provenance.toolVersion)
        return parts.joined(separator: " · ")
    }

    static let sections: [(id: String, vi: String, en: String)] = [
        ("index", "1. Bảng xếp hạng Chỉ số CCHC", "1. PAR Index ranking"),
        ("components", "2. Điểm thành phần của từng đơn vị", "2. Component points of each unit"),
        ("profiles", "3. Mức độ hài lòng theo yếu tố và tiêu chí", "3. Satisfaction by element and criterion"),
        ("distributions", "4. Phân bố câu trả lời giữa các đơn vị và giữa các xã", "4. How answers differ across units and communes"),
        ("diagnostics", "5. Số phiếu và trọng số", "5. Row accounting and weights"),
        ("provenance", "6. Nguồn dữ liệu", "6. Provenance"),
    ]

    /// The sections of `m`: the fixed ones, with "Fieldwork" (when the manifest names a drawn
    /// sample) and "Data-quality audit" (when the audit left forms out) before the provenance,
    /// numbered in order.
    static func sections(_ m: ReportModel) -> [(id: String, vi: String, en: String)] {
        var out = Array(sections.dropLast())
        func add(_ id: String, _ vi: String, _ en: String) { out.append((id, "\(out.count + 1). " + vi, "\(out.count + 1). " + en)) }
        if !m.fieldwork.isEmpty { add("fieldwork", "Tiến độ khảo sát so với mẫu đã rút", "Fieldwork against the drawn sample") }
        if !m.audit.isEmpty { add("audit", "Kiểm tra chất lượng phiếu", "Data-quality audit") }
        if !m.invalidAnswers.isEmpty {
            add("invalid-answers", "Câu trả lời không hợp lệ được tính là thiếu", "Invalid answers counted as missing")
        }
        add("provenance", "Nguồn dữ liệu", "Provenance")
        return out
    }

    static func heading(_ id: String, _ s: ReportStyle, _ m: ReportModel? = nil) -> String {
        let h = (m.map(sections) ?? sections).first { $0.id == id }!
        return s.t(h.vi, h.en)
    }

    /// What the report holds and how to read it.
    static func intro(_ m: ReportModel, _ s: ReportStyle) -> [String] {
        let level = m.satisfaction?.confidenceLevel.map { s.levelLabel($0) } ?? s.levelLabel(0.95)
        var p = [
            s.t(
                "Báo cáo trình bày Chỉ số CCHC của từng đơn vị: điểm tự đánh giá đã thẩm định (tối đa 60 điểm), điểm khảo sát sự hài lòng "
                    + "của người dân, tổ chức (30 điểm) và điểm đánh giá của lãnh đạo, quản lý, đại biểu HĐND tỉnh (10 điểm). Điểm khảo sát "
                    + "là ước lượng từ mẫu: số sau dấu ± là nửa độ rộng khoảng tin cậy \(level); cột «Hạng 5–95 %» cho biết hạng có thể "
                    + "dao động đến đâu do sai số chọn mẫu.",
                "This report gives each unit's PAR Index: the appraised self-assessment (up to 60 points), the citizen and organisation "
                    + "satisfaction survey (30 points) and the assessment by leaders, managers and provincial People's Council delegates "
                    + "(10 points). Survey points are estimates from samples: the number after ± is half the width of the \(level) "
                    + "confidence interval, and the column «Rank 5–95%» shows how far a rank could move through sampling error alone.")
        ]
        p.append(
            s.t(
                "Phần 3 cho thấy, với từng đơn vị, tỷ lệ người trả lời hài lòng theo từng yếu tố và tiêu chí cùng khoảng tin cậy; "
                    + "các tiêu chí thấp nhất đứng đầu để thấy ngay điểm yếu.",
                "Section 3 shows, for each unit, the share of satisfied answers by element and criterion with confidence intervals; "
                    + "the lowest criteria come first, so weaknesses stand out."))
        let by = m.groupedBy == "commune" ? s.t("xã, thị trấn", "commune") : m.groupedBy
        p.append(
            s.t(
                "Phần 4 so sánh câu trả lời, trước hết giữa các đơn vị, sau đó giữa các \(by) trong từng đơn vị. Mỗi biểu đồ gộp mọi "
                    + "câu trả lời cho các câu hỏi của một yếu tố; mỗi thanh là một nhóm: phần không hài lòng nằm bên trái mốc 0, "
                    + "«bình thường» nằm giữa mốc 0, phần hài lòng bên phải; các số là tỷ lệ phần trăm có trọng số. Dưới mỗi biểu đồ là "
                    + "kiểm định Rao–Scott cho từng câu hỏi: p nhỏ hơn 0,05 nghĩa là các nhóm trả lời khác nhau thật sự, không chỉ do "
                    + "ngẫu nhiên chọn mẫu. Dấu ▼ cùng mã câu hỏi đánh dấu nhóm có tỷ lệ hài lòng thấp hơn có ý nghĩa so với chung "
                    + "(hiệu chỉnh Holm). Nhóm ít phiếu có khoảng tin cậy rộng: chỉ kết luận khi kiểm định cho thấy khác biệt.",
                "Section 4 compares answers, first across units, then across the \(by)s of each unit. Each chart pools all answers to "
                    + "the questions of one element; each bar is one group: dissatisfied answers lie left of zero, the neutral answer is "
                    + "centred on zero, satisfied answers lie right; the numbers are weighted percentages. Under each chart, the "
                    + "Rao–Scott test for each question: p below 0.05 means the groups really answer differently, beyond sampling "
                    + "chance. ▼ with question ids marks a group whose satisfied share is significantly below everyone's (Holm's "
                    + "correction). Small groups have wide intervals: conclude only where a test shows a difference."))
        if let f = m.focusUnit {
            p.append(s.t("Đơn vị \(f) được trình bày theo từng câu hỏi.", "\(f) is shown question by question."))
        }
        p.append(
            s.t(
                "Phần 5 ghi số phiếu đọc, nhận, loại và chẩn đoán trọng số; phần 6 ghi các tệp đầu vào với mã SHA-256 để kiểm tra lại.",
                "Section 5 gives rows read, accepted and rejected and the weighting diagnostics; section 6 lists the input files with "
                    + "their SHA-256 so the figures can be checked."))
        return p
    }

    /// What ± and the rank columns mean, under the index table.
    static func indexNote(_ m: ReportModel, _ s: ReportStyle) -> String {
        var t = s.t(
            "Tổng = tự đánh giá + hài lòng + lãnh đạo (điểm làm tròn 2 chữ số); các đơn vị bằng điểm cùng hạng.",
            "Total = self-assessment + satisfaction + leadership (points rounded to 2 decimals); equal totals share a rank.")
        if let sim = m.table.rankSimulation {
            t +=
                " "
                + s.t(
                    "Hạng 5–95 %: khoảng hạng qua \(s.count(sim.draws)) lần mô phỏng điểm khảo sát (hạt giống \(sim.seed)); "
                        + "P(hạng): xác suất giữ đúng hạng công bố.",
                    "Rank 5–95%: range of ranks over \(s.count(sim.draws)) simulations of the survey points (seed \(sim.seed)); "
                        + "P(rank): probability of the published rank.")
        }
        return t
    }

    static func sectionTitle(_ d: DistributionSection, _ m: ReportModel, _ s: ReportStyle) -> String {
        guard let u = d.unit else { return s.t("Giữa các đơn vị", "Across units") }
        let by = m.groupedBy == "commune" ? s.t("các xã, thị trấn", "communes") : m.groupedBy
        return u + ": " + by + (d.perQuestion ? s.t(" (theo từng câu hỏi)", " (question by question)") : "")
    }

    /// `Rao–Scott: q1 p = 0,151; … ▼ Tây Giang (q1)`.
    static func chartCaption(_ c: LikertChart, _ s: ReportStyle) -> String {
        var t =
            (c.questions.count > 1 ? s.t("Gộp các câu ", "Pooled questions ") + c.questions.joined(separator: ", ") + ". " : "")
            + s.t("Kiểm định Rao–Scott (F): ", "Rao–Scott test (F): ") + ReportTables.testLine(c, style: s) + "."
        let below = c.rows.filter { !$0.below.isEmpty }.map { "\($0.label) (\($0.below.joined(separator: ", ")))" }
        if !below.isEmpty { t += " ▼ " + s.t("Thấp hơn có ý nghĩa: ", "Significantly below: ") + below.joined(separator: "; ") + "." }
        if c.tests.contains(where: { $0.test?.designEffectsFrom == .expectedProportions }) {
            t +=
                " "
                + s.t("Bảng thưa: hiệu ứng thiết kế tính theo tỷ lệ kỳ vọng.", "Sparse table: design effects from expected proportions.")
        }
        return t
    }
}

extension ReportText {
    /// The weighting, tool and method lines of the provenance section.
    static func provenanceLines(_ p: Provenance, _ s: ReportStyle) -> [String] {
        var out: [String] = []
        for w in p.weighting {
            out.append(
                s.t("Trọng số — ", "Weights — ") + w.component.text(s.language) + ": "
                    + (w.plan.map { "\($0) (\(w.description))" } ?? w.description)
                    + (w.steps.isEmpty ? "" : "; " + w.steps.joined(separator: "; ")))
        }
        if let m = p.varianceMethod { out.append(s.t("Sai số chuẩn: ", "Standard errors: ") + m.text(s.language) + ".") }
        if let r = p.rankSimulation {
            out.append(
                s.t(
                    "Mô phỏng hạng: \(s.count(r.draws)) lần, hạt giống \(r.seed) (xoshiro256**).",
                    "Rank simulation: \(s.count(r.draws)) draws, seed \(r.seed) (xoshiro256**)."))
        }
        out.append(s.t("Công cụ: par-survey \(p.toolVersion).", "Tool: par-survey \(p.toolVersion)."))
        return out
    }
}
