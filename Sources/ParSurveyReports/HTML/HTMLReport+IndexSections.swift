/// The sections on the whole index: key findings, the self-assessment's points lost, the
/// leaders' survey by PAR area and respondent group, and the methods appendix.
extension HTMLReport {
    static func findings(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        let lines = ReportText.findings(m, s)
        guard !lines.isEmpty else { return }
        doc.raw("<section id=\"findings\">\n")
        doc.heading(2, ReportText.heading("findings", s, m))
        doc.list(lines.map { ($0, nil) }, cls: "findings")
        doc.raw("</section>\n")
    }

    static func selfAssessment(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        guard let l = m.selfAssessment else { return }
        doc.raw("<section id=\"selfAssessment\">\n")
        doc.heading(2, ReportText.heading("selfAssessment", s, m))
        doc.table(
            ReportTables.selfAssessmentLosses(l, maxPoints: m.table.scheme.component(.selfAssessment)?.maxPoints, style: s),
            caption: s.t("Điểm bị trừ theo tiêu chí", "Points lost by criterion"), cls: "wide")
        doc.paragraph(ReportText.selfAssessmentNote(s), cls: "note")
        doc.heading(3, s.t("Đơn vị bị trừ điểm ở đâu", "Where each unit lost points"))
        doc.list(ReportTables.lossLines(l, style: s).map { ($0, nil) }, cls: "losses")
        doc.raw("</section>\n")
    }

    static func leadership(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        guard let a = m.leadership else { return }
        doc.raw("<section id=\"leadership\">\n")
        doc.heading(2, ReportText.heading("leadership", s, m))
        doc.table(
            ReportTables.leadershipAreas(a, lines: a.units, total: false, first: s.t("Đơn vị", "Unit"), style: s),
            caption: s.t("Theo đơn vị (chỉ số %, ± nửa khoảng tin cậy)", "By unit (index %, ± half the confidence interval)"),
            cls: "wide")
        if !a.groups.isEmpty {
            doc.table(
                ReportTables.leadershipAreas(
                    a, lines: a.groups, total: true, first: s.t("Nhóm người đánh giá", "Respondent group"), style: s),
                caption: s.t("Theo nhóm người đánh giá, mọi đơn vị", "By respondent group, all units"), cls: "wide")
        }
        doc.paragraph(ReportText.leadershipNote(a, s), cls: "note")
        doc.raw("</section>\n")
    }

    static func methods(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        doc.raw("<section id=\"methods\">\n")
        doc.heading(2, ReportText.heading("methods", s, m))
        for p in ReportText.methods(m, s) { doc.paragraph(p, cls: "note") }
        doc.raw("</section>\n")
    }
}
