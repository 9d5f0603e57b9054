extension MarkdownReport {
    /// Key findings (`before`), or the self-assessment's points lost and the leaders' survey by
    /// PAR area and respondent group (after the component chart).
    static func indexSections(_ m: ReportModel, _ s: ReportStyle, before: Bool) -> String {
        func esc(_ t: String) -> String { MarkupEscaping.markdownCell(t) }
        var out = ""
        if before {
            let lines = ReportText.findings(m, s)
            if !lines.isEmpty {
                out += "## " + ReportText.heading("findings", s, m) + "\n\n" + lines.map { "- " + esc($0) + "\n" }.joined() + "\n"
            }
            return out
        }
        if let l = m.selfAssessment {
            out += "## " + ReportText.heading("selfAssessment", s, m) + "\n\n"
            out += ReportTables.selfAssessmentLosses(l, maxPoints: m.table.scheme.component(.selfAssessment)?.maxPoints, style: s)
                .markdown()
            out += "\n" + esc(ReportText.selfAssessmentNote(s)) + "\n\n"
            out += "### " + s.t("Đơn vị bị trừ điểm ở đâu", "Where each unit lost points") + "\n\n"
            out += ReportTables.lossLines(l, style: s).map { "- " + esc($0) + "\n" }.joined() + "\n"
        }
        if let a = m.leadership {
            out += "## " + ReportText.heading("leadership", s, m) + "\n\n"
            out += ReportTables.leadershipAreas(a, lines: a.units, total: false, first: s.t("Đơn vị", "Unit"), style: s).markdown() + "\n"
            if !a.groups.isEmpty {
                out +=
                    ReportTables.leadershipAreas(
                        a, lines: a.groups, total: true, first: s.t("Nhóm người đánh giá", "Respondent group"), style: s
                    )
                    .markdown() + "\n"
            }
            out += esc(ReportText.leadershipNote(a, s)) + "\n\n"
        }
        return out
    }
}
