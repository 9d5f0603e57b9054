import Foundation

/// The report as one self-contained HTML page (`par-survey report`): inline CSS and SVG, no
/// scripts, no fonts or resources from elsewhere; printable on A4; same model, same bytes.
public enum HTMLReport {
    /// The page for `model` in `style.language` (UTF-8 text, NFC).
    public static func render(_ model: ReportModel, style: ReportStyle) -> String {
        var s = style
        s.format = .markdown  // table cells as in documents (thousands grouped)
        var doc = HTMLDocument()
        doc.heading(1, ReportText.title(model, s))
        doc.paragraph(ReportText.meta(model, s), cls: "meta")
        doc.list(ReportText.sections(model).map { (s.t($0.vi, $0.en), $0.id) }, cls: "toc")
        for p in ReportText.intro(model, s) { doc.paragraph(p) }
        findings(model, s, &doc)

        doc.raw("<section id=\"index\">\n")
        doc.heading(2, ReportText.heading("index", s, model))
        doc.table(ReportTables.index(model, style: s), cls: "index")
        doc.paragraph(ReportText.indexNote(model, s), cls: "note")
        doc.raw("</section>\n<section id=\"components\">\n")
        doc.heading(2, ReportText.heading("components", s, model))
        doc.figure(ComponentBars.svg(model.table, style: s))
        doc.raw("</section>\n")
        selfAssessment(model, s, &doc)
        leadership(model, s, &doc)

        profiles(model, s, &doc)
        distributions(model, s, &doc)
        diagnostics(model, s, &doc)
        tableSections("fieldwork", model.fieldwork, model, s, &doc)
        tableSections("audit", model.audit, model, s, &doc)
        tableSections("invalid-answers", model.invalidAnswers, model, s, &doc)
        methods(model, s, &doc)
        provenance(model, s, &doc)
        return doc.render(title: ReportText.title(model, s), language: s.language, pageCSS: HTMLStyleSheet.pageBoxes(model, s))
            .precomposedStringWithCanonicalMapping
    }

    static func profiles(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        guard !m.profiles.isEmpty else { return }
        doc.raw("<section id=\"profiles\" class=\"page\">\n")
        doc.heading(2, ReportText.heading("profiles", s, m))
        let level = m.satisfaction?.confidenceLevel
        let axisMin = DotWhisker.axisMinimum(m.profiles)
        doc.paragraph(
            s.t(
                "Trục ngang từ \(s.number(axisMin * 100, places: 0)) % đến 100 %, chung cho mọi đơn vị. Đường đứt nét: chỉ số chung của đơn vị. ",
                "The horizontal axis runs from \(s.number(axisMin * 100, places: 0))% to 100% for every unit. Dashed line: the unit's overall index. "
            )
                + DotWhisker.legend(level: level, style: s) + ".", cls: "note")
        for p in m.profiles {
            doc.heading(3, "\(p.rank)/\(p.of) · \(p.unit)", id: "profile-\(anchor(p.unit))")
            let top3 = p.criteria.prefix(3).map { "«\($0.label.text(s.language))» \(s.percent($0.estimate, places: 1))" }.joined(
                separator: "; ")
            doc.figure(
                DotWhisker.svg(p, axisMin: axisMin, style: s),
                caption: s.t("\(s.count(p.respondents)) phiếu. Thấp nhất: ", "\(s.count(p.respondents)) respondents. Lowest: ") + top3 + "."
            )
        }
        doc.raw("</section>\n")
    }

    static func distributions(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        guard !m.distributions.isEmpty || m.distributionNote != nil else { return }
        doc.raw("<section id=\"distributions\" class=\"page\">\n")
        doc.heading(2, ReportText.heading("distributions", s, m))
        if let n = m.distributionNote { doc.paragraph(n.text(s.language), cls: "note") }
        for d in m.distributions {
            doc.heading(3, ReportText.sectionTitle(d, m, s), id: "distribution-" + (d.unit.map(anchor) ?? "units"), cls: "unit")
            let extent = DivergingStackedBars.extent(d.charts)
            let total = ReportTables.totalLabel(d, style: s)
            for c in d.charts {
                doc.figure(
                    DivergingStackedBars.svg(c, extent: extent, totalLabel: total, legend: true, style: s),
                    caption: ReportText.chartCaption(c, s))
            }
        }
        doc.raw("</section>\n")
    }

    static func diagnostics(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        doc.raw("<section id=\"diagnostics\" class=\"page\">\n")
        doc.heading(2, ReportText.heading("diagnostics", s, m))
        for c in m.components {
            doc.heading(3, c.questionnaire.title.text(s.language))
            doc.table(
                AccountingReport.table(c.accounts, style: s),
                caption: s.t("Số phiếu: đọc = nhận + loại", "Rows: read = accepted + rejected"))
            if let d = c.weightingDiagnostics {
                doc.table(
                    WeightingReport.table(d, style: s), caption: s.t("Trọng số: ", "Weights: ") + WeightingReport.description(d, s.language)
                )
                for step in d.steps { doc.paragraph(WeightingReport.stepLine(step, style: s), cls: "note") }
            } else {
                doc.paragraph(
                    s.t("Trọng số: ", "Weights: ") + (c.weighting.isEmpty ? "–" : (c.weightingText?.text(s.language) ?? c.weighting)),
                    cls: "note")
            }
        }
        doc.raw("</section>\n")
    }

    /// A section made of table sections (fieldwork, audit); nothing when `list` is empty.
    static func tableSections(_ id: String, _ list: [TableSection], _ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        guard !list.isEmpty else { return }
        doc.raw("<section id=\"\(id)\" class=\"page\">\n")
        doc.heading(2, ReportText.heading(id, s, m))
        for f in list {
            doc.heading(3, f.title.text(s.language))
            doc.table(f.table(s.language), caption: f.heading.text(s.language))
            for line in f.outside.text(s.language).split(separator: "\n") { doc.paragraph(String(line), cls: "note") }
        }
        doc.raw("</section>\n")
    }

    static func provenance(_ m: ReportModel, _ s: ReportStyle, _ doc: inout HTMLDocument) {
        let p = m.provenance
        doc.raw("<section id=\"provenance\">\n")
        doc.heading(2, ReportText.heading("provenance", s, m))
        doc.table(
            ReportTables.files(p, style: s),
            caption: s.t("Tệp đầu vào (đường dẫn tính từ thư mục dữ liệu)", "Input files (paths from the run folder)"), cls: "files")
        doc.table(ReportTables.questionnaires(p, style: s), caption: s.t("Bộ câu hỏi", "Questionnaires"))
        for line in ReportText.provenanceLines(p, s) { doc.paragraph(line, cls: "note") }
        doc.raw("</section>\n")
    }

    /// An id-safe form of a name (`tay-son` style is not needed: ASCII letters, digits, '-').
    package static func anchor(_ name: String) -> String {
        var out = ""
        for u in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if u.isASCII, CharacterSet.alphanumerics.contains(u) {
                out.unicodeScalars.append(u)
            } else if u == " " || u == "-" {
                if !out.hasSuffix("-") { out += "-" }
            } else if u == "đ" || u == "Đ" {
                out += "d"
            }
        }
        return out.lowercased()
    }
}
