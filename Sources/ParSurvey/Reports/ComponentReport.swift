/// Renders a component's scores (`score`) in every format.
public enum ComponentReport {
    /// The report text.
    public static func render(_ r: ComponentResult, style: ReportStyle) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(r))
        case .csv: return csvTable(r, style: style).csv()
        case .markdown:
            return "## " + MarkupEscaping.markdownCell(r.questionnaire.title.text(style.language)) + "\n\n" + summary(r, style: style).markdown()
                + "\n### " + style.t("Tiêu chí (tất cả)", "Criteria (all respondents)") + "\n\n" + criteria(r, style: style).markdown()
                + "\n" + AccountingReport.markdown(r.accounts, style: style)
                + (r.weightingDiagnostics.map { "\n" + WeightingReport.render($0, style: style) } ?? "")
        case .table:
            return r.questionnaire.title.text(style.language) + " — " + style.t("tối đa", "max") + " "
                + style.number(r.maxPoints, places: 0) + " " + style.t("điểm", "points") + "\n\n"
                + summary(r, style: style).text() + "\n" + criteria(r, style: style).text() + "\n"
                + AccountingReport.text(r.accounts, style: style) + warnings(r, style: style)
                + (r.weightingDiagnostics.map { "\n" + WeightingReport.render($0, style: style) } ?? "")
        }
    }

    static func warnings(_ r: ComponentResult, style: ReportStyle) -> String {
        let w = (r.groups + [r.overall]).flatMap(\.warnings)
        return w.isEmpty ? "" : w.map { style.t("Lưu ý: ", "Warning: ") + $0 + "\n" }.joined()
    }

    /// One row per group: respondents, element indices, overall index, points.
    static func summary(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        let q = r.questionnaire
        let groupHeader = r.groupedBy == "unit" ? style.t("Đơn vị", "Unit") : r.groupedBy
        var t = TextTable(headers: [groupHeader, style.t("Số phiếu", "Respondents")] + q.elements.map(\.id)
                          + [style.t("Chỉ số", "Index"), style.t("Điểm", "Points")])
        for g in r.groups + [r.overall] {
            t.add([g.group, style.count(g.respondents)] + g.elements.map { style.percent($0.index) }
                  + [style.percent(g.index), g.publishedHundredths.map(style.points) ?? "–"])
        }
        return t
    }

    /// One row per criterion for all respondents together.
    static func criteria(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        let q = r.questionnaire
        var t = TextTable(headers: [style.t("Tiêu chí", "Criterion"), style.t("Nội dung", "Text"),
                                    style.t("Số trả lời", "Answered"), style.t("Chỉ số", "Index")],
                          alignments: [.left, .left, .right, .right])
        for (i, c) in r.overall.criteria.enumerated() {
            var text = q.questions[i].text.text(style.language)
            if style.format == .table && text.count > 60 { text = String(text.prefix(59)) + "…" }
            t.add([c.id, text, style.count(c.answered), style.percent(c.index)])
        }
        return t
    }

    /// Long CSV: one row per group and level (criterion, element, overall).
    static func csvTable(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        var t = TextTable(headers: ["group", "level", "id", "respondents", "answered", "index", "points"])
        for g in r.groups + [r.overall] {
            for c in g.criteria {
                t.add([g.group, "criterion", c.id, String(g.respondents), String(c.answered), c.index.map { "\($0)" } ?? "", ""])
            }
            for e in g.elements { t.add([g.group, "element", e.id, String(g.respondents), "", e.index.map { "\($0)" } ?? "", ""]) }
            t.add([g.group, "overall", r.questionnaire.id, String(g.respondents), "", g.index.map { "\($0)" } ?? "",
                   g.publishedHundredths.map { DecimalText.format(scaled: $0) } ?? ""])
        }
        return t
    }

    /// The JSON object of a component result.
    public static func json(_ r: ComponentResult) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("questionnaire", .object([("id", .string(r.questionnaire.id)), ("version", .string(r.questionnaire.version))])),
            ("component", .string(r.component.rawValue)),
            ("maxPoints", JSONWriter.number(r.maxPoints)),
            ("scoring", .string(r.questionnaire.scoring.rawValue)),
            ("groupedBy", .string(r.groupedBy)),
            ("weighting", .string(r.weighting)),
            ("groups", .array(r.groups.map(groupJSON))),
            ("overall", groupJSON(r.overall)),
            ("accounting", AccountingReport.json(r.accounts)),
        ]
        if let d = r.weightingDiagnostics { pairs.insert(("weightingDiagnostics", WeightingReport.json(d)), at: 6) }  // after "weighting"
        return .object(pairs)
    }

    static func groupJSON(_ g: GroupScore) -> JSONValue {
        .object([
            ("group", .string(g.group)),
            ("respondents", JSONWriter.int(g.respondents)),
            ("sumOfWeights", JSONWriter.number(g.sumOfWeights)),
            ("index", JSONWriter.number(g.index)),
            ("points", JSONWriter.hundredths(g.publishedHundredths)),
            ("pointsUnrounded", JSONWriter.number(g.points)),
            ("elements", .array(g.elements.map { .object([("id", .string($0.id)), ("index", JSONWriter.number($0.index))]) })),
            ("criteria", .array(g.criteria.map {
                .object([("id", .string($0.id)), ("index", JSONWriter.number($0.index)), ("answered", JSONWriter.int($0.answered)),
                         ("weightedAnswered", JSONWriter.number($0.weightedAnswered))])
            })),
            ("warnings", .array(g.warnings.map { .string($0) })),
        ])
    }
}
