import ParSurveyScoring
/// The report's headings and explanations in Vietnamese and English, shared by the HTML and
/// Markdown renderers.
enum ReportText {
    static func title(_ m: ReportModel, _ s: ReportStyle) -> String { IndexReport.heading(m.title, s) }

    /// `Năm đánh giá: 2021 · Ngày lập báo cáo: 31/12/2021` (the tool's name and version are in the provenance).
    static func meta(_ m: ReportModel, _ s: ReportStyle) -> String {
        var parts: [String] = []
        if let y = m.year { parts.append(s.t("Năm đánh giá: \(y)", "Year assessed: \(y)")) }
        if let d = m.date { parts.append(s.t("Ngày lập báo cáo: ", "Report date: ") + d.text(s.language)) }
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

    /// The sections of `m`, numbered in order: key findings first; the self-assessment and
    /// leaders' sections when the run has them; "Fieldwork" (when the manifest names a drawn
    /// sample) and "Data-quality audit" (when the audit left forms out); the methods appendix
    /// and the provenance last.
    static func sections(_ m: ReportModel) -> [(id: String, vi: String, en: String)] {
        var out: [(id: String, vi: String, en: String)] = []
        func add(_ id: String, _ vi: String, _ en: String) { out.append((id, "\(out.count + 1). " + vi, "\(out.count + 1). " + en)) }
        add("findings", "Kết quả chính", "Key findings")
        for (id, vi, en) in sections.dropLast() {
            if id == "profiles" {
                if m.selfAssessment != nil {
                    add("selfAssessment", "Tự đánh giá: điểm bị trừ theo tiêu chí", "Self-assessment: points lost by criterion")
                }
                if m.leadership != nil {
                    add("leadership", "Đánh giá của lãnh đạo theo lĩnh vực CCHC", "Leaders' assessment by PAR area")
                }
                if m.profiles.isEmpty { continue }
            }
            if id == "distributions" && m.distributions.isEmpty && m.distributionNote == nil { continue }
            add(id, String(vi.drop { $0 != " " }.dropFirst()), String(en.drop { $0 != " " }.dropFirst()))
        }
        if !m.fieldwork.isEmpty { add("fieldwork", "Tiến độ khảo sát so với mẫu đã rút", "Fieldwork against the drawn sample") }
        if !m.audit.isEmpty { add("audit", "Kiểm tra chất lượng phiếu", "Data-quality audit") }
        if !m.invalidAnswers.isEmpty {
            add("invalid-answers", "Câu trả lời không hợp lệ được tính là thiếu", "Invalid answers counted as missing")
        }
        add("methods", "Phụ lục: phương pháp", "Appendix: methods")
        add("provenance", "Nguồn dữ liệu", "Provenance")
        return out
    }

    static func heading(_ id: String, _ s: ReportStyle, _ m: ReportModel? = nil) -> String {
        let h = (m.map(sections) ?? sections).first { $0.id == id }!
        return s.t(h.vi, h.en)
    }

    /// What the report holds and how to read it (the methods go to the appendix).
    static func intro(_ m: ReportModel, _ s: ReportStyle) -> [String] {
        let level = m.satisfaction?.confidenceLevel.map { s.levelLabel($0) } ?? s.levelLabel(0.95)
        let scheme = m.table.scheme
        func mx(_ source: SchemeComponent.Source) -> String {
            scheme.component(source).map { SchemeNotes.maxText($0.maxPoints, s) } ?? "–"
        }
        var p = [
            s.t(
                "Báo cáo trình bày Chỉ số CCHC của từng đơn vị: điểm tự đánh giá đã thẩm định (tối đa \(mx(.selfAssessment)) điểm), "
                    + "điểm khảo sát sự hài lòng của người dân, tổ chức (\(mx(.satisfaction)) điểm) và điểm đánh giá của lãnh đạo, quản lý, "
                    + "đại biểu HĐND tỉnh (\(mx(.leadership)) điểm). Điểm khảo sát là ước lượng từ mẫu: số sau dấu ± là nửa độ rộng "
                    + "khoảng tin cậy \(level); hai đơn vị có khoảng hạng chồng nhau thì chưa thể nói đơn vị nào hơn.",
                "This report gives each unit's PAR Index: the appraised self-assessment (up to \(mx(.selfAssessment)) points), the "
                    + "citizen and organisation satisfaction survey (\(mx(.satisfaction)) points) and the assessment by leaders, managers "
                    + "and provincial People's Council delegates (\(mx(.leadership)) points). Survey points are estimates from samples: "
                    + "the number after ± is half the width of the \(level) confidence interval; two units whose rank ranges overlap "
                    + "cannot be told apart.")
        ]
        if let f = m.focusUnit {
            p.append(s.t("Đơn vị \(f) được trình bày theo từng câu hỏi.", "\(f) is shown question by question."))
        }
        return p
    }

    /// What ± and the rank columns mean, under the index table.
    static func indexNote(_ m: ReportModel, _ s: ReportStyle) -> String {
        var t = s.t(
            "Tổng điểm = điểm thẩm định + khảo sát hài lòng + khảo sát lãnh đạo (điểm làm tròn 2 chữ số); các đơn vị bằng điểm cùng hạng. "
                + "Khảo sát hài lòng, khảo sát lãnh đạo: điểm điều tra xã hội học, a ± b: b là nửa độ rộng khoảng tin cậy \(s.percent(m.table.level, places: 0)).",
            "Total = appraised score + satisfaction survey + leaders' survey (points rounded to 2 decimals); equal totals share a rank. "
                + "Survey points: a ± b, b is half the width of the \(s.percent(m.table.level, places: 0)) confidence interval.")
        if let sim = m.table.rankSimulation {
            t +=
                " "
                + s.t(
                    "Khoảng hạng: hạng từ phân vị 5 đến 95 qua \(s.count(sim.draws)) lần mô phỏng điểm khảo sát (hạt giống \(sim.seed)); "
                        + "P(hạng): xác suất giữ đúng hạng công bố.",
                    "Rank range: 5th to 95th percentile of ranks over \(s.count(sim.draws)) simulations of the survey points (seed \(sim.seed)); "
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
            + s.t("Các nhóm có trả lời khác nhau không (p < 0,05 là có): ", "Rao–Scott test (F): ") + ReportTables.testLine(c, style: s)
            + "."
        let below = c.rows.filter { !$0.below.isEmpty }.map { "\($0.label) (\($0.below.joined(separator: ", ")))" }
        if !below.isEmpty { t += " ▼ " + s.t("Thấp hơn có ý nghĩa: ", "Significantly below: ") + below.joined(separator: "; ") + "." }
        if c.tests.contains(where: { $0.test?.designEffectsFrom == .expectedProportions }) {
            t +=
                " "
                + s.t(
                    "Bảng có nhiều ô trống: p tính theo cách dự phòng nêu ở phụ lục phương pháp.",
                    "Sparse table: design effects from expected proportions.")
        }
        return t
    }
}

extension ReportText {
    /// The weighting, tool and method lines of the provenance section.
    static func provenanceLines(_ p: Provenance, _ s: ReportStyle) -> [String] {
        var out: [String] = []
        for w in p.weighting {
            let (description, steps) = s.language == .vi ? (w.vietnamese ?? (w.description, w.steps)) : (w.description, w.steps)
            out.append(
                s.t("Trọng số — ", "Weights — ") + w.component.text(s.language) + ": "
                    + (w.plan.map { "\($0) (\(description))" } ?? description)
                    + (steps.isEmpty ? "" : "; " + steps.joined(separator: "; ")))
        }
        if let m = p.varianceMethod { out.append(s.t("Sai số chuẩn: ", "Standard errors: ") + m.text(s.language) + ".") }
        if let r = p.rankSimulation {
            out.append(
                s.t(
                    "Mô phỏng hạng: \(s.count(r.draws)) lần, hạt giống \(r.seed) (cố định: cùng dữ liệu, cùng kết quả).",
                    "Rank simulation: \(s.count(r.draws)) draws, seed \(r.seed) (xoshiro256**)."))
        }
        out.append(s.t("Công cụ: par-survey \(p.toolVersion).", "Tool: par-survey \(p.toolVersion)."))
        return out
    }
}
