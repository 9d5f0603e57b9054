import Foundation

/// The report as Markdown (`par-survey report --format markdown`): the HTML report's
/// sections with every chart given as a table, for documents and review.
public enum MarkdownReport {
    /// The Markdown text for `model` in `style.language` (NFC).
    public static func render(_ model: ReportModel, style: ReportStyle) -> String {
        var s = style
        s.format = .markdown
        func esc(_ t: String) -> String { MarkupEscaping.markdownCell(t) }
        var out = "# " + esc(ReportText.title(model, s)) + "\n\n" + esc(ReportText.meta(model, s)) + "\n\n"
        for p in ReportText.intro(model, s) { out += esc(p) + "\n\n" }
        out += indexSections(model, s, before: true)

        out += "## " + ReportText.heading("index", s, model) + "\n\n" + ReportTables.index(model, style: s).markdown() + "\n"
        out += esc(ReportText.indexNote(model, s)) + "\n\n"
        out +=
            "## " + ReportText.heading("components", s, model) + "\n\n"
            + esc(
                s.t(
                    "Biểu đồ trong bản HTML; số liệu là các cột tự đánh giá, hài lòng, lãnh đạo và tổng của bảng xếp hạng.",
                    "A chart in the HTML report; its figures are the self-assessment, satisfaction, leadership and total columns of the ranking table."
                )) + "\n\n"

        out += indexSections(model, s, before: false)
        if !model.profiles.isEmpty {
            out += "## " + ReportText.heading("profiles", s, model) + "\n\n"
            let level = model.satisfaction?.confidenceLevel
            for p in model.profiles {
                out += "### \(p.rank)/\(p.of) · " + esc(p.unit) + "\n\n" + ReportTables.profile(p, level: level, style: s).markdown() + "\n"
            }
        }

        if !model.distributions.isEmpty || model.distributionNote != nil {
            out += "## " + ReportText.heading("distributions", s, model) + "\n\n"
            if let n = model.distributionNote { out += esc(n.text(s.language)) + "\n\n" }
            for d in model.distributions {
                out += "### " + esc(ReportText.sectionTitle(d, model, s)) + "\n\n"
                let header = ReportTables.groupHeader(d, groupedBy: model.groupedBy, style: s)
                let total = ReportTables.totalLabel(d, style: s)
                for c in d.charts {
                    out += "#### " + esc(c.id + " — " + c.title.text(s.language)) + "\n\n"
                    out += esc(c.categories.map { "\($0.code) = \($0.label.text(s.language))" }.joined(separator: "; ")) + "\n\n"
                    out += ReportTables.likert(c, groupHeader: header, totalLabel: total, style: s).markdown() + "\n"
                    out += ReportTables.tests(c, style: s).markdown() + "\n"
                }
            }
        }

        out += "## " + ReportText.heading("diagnostics", s, model) + "\n\n"
        for c in model.components {
            out +=
                "### " + esc(c.questionnaire.title.text(s.language)) + "\n\n" + AccountingReport.table(c.accounts, style: s).markdown()
                + "\n"
            if let d = c.weightingDiagnostics {
                out +=
                    esc(s.t("Trọng số: ", "Weights: ") + WeightingReport.description(d, s.language)) + "\n\n"
                    + WeightingReport.table(d, style: s).markdown() + "\n"
                for step in d.steps { out += "- " + esc(WeightingReport.stepLine(step, style: s)) + "\n" }
                out += "\n"
            } else {
                out += esc(s.t("Trọng số: ", "Weights: ") + (c.weightingText?.text(s.language) ?? c.weighting)) + "\n\n"
            }
        }

        for (id, list) in [("fieldwork", model.fieldwork), ("audit", model.audit), ("invalid-answers", model.invalidAnswers)]
        where !list.isEmpty {
            out += "## " + ReportText.heading(id, s, model) + "\n\n"
            for f in list {
                out +=
                    "### " + esc(f.title.text(s.language)) + "\n\n" + esc(f.heading.text(s.language)) + "\n\n"
                    + f.table(s.language).markdown() + "\n"
                let outside = f.outside.text(s.language)
                let lines = outside.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
                if let first = lines.first {
                    out += esc(first) + "\n\n" + lines.dropFirst().map { "- " + esc($0) + "\n" }.joined() + "\n"
                }
            }
        }

        out += "## " + ReportText.heading("methods", s, model) + "\n\n"
        for p in ReportText.methods(model, s) { out += esc(p) + "\n\n" }
        let p = model.provenance
        out +=
            "## " + ReportText.heading("provenance", s, model) + "\n\n" + ReportTables.files(p, style: s).markdown() + "\n"
            + ReportTables.questionnaires(p, style: s).markdown() + "\n"
        for line in ReportText.provenanceLines(p, s) { out += "- " + esc(line) + "\n" }
        return out.precomposedStringWithCanonicalMapping
    }
}
