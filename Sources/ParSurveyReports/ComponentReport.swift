import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
import ParSurveyStatistics
/// Renders a component's scores (`score`) in every format.
public enum ComponentReport {
    /// The report text.
    public static func render(_ r: ComponentResult, style: ReportStyle) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(r))
        case .csv: return csvTable(r, style: style).csv()
        case .markdown:
            return "## " + MarkupEscaping.markdownCell(r.questionnaire.title.text(style.language)) + "\n\n"
                + summary(r, style: style).markdown()
                + "\n### " + style.t("Tiêu chí (tất cả)", "Criteria (all respondents)") + "\n\n" + criteria(r, style: style).markdown()
                + "\n" + uncertaintyNote(r, style: style) + "\n" + AccountingReport.markdown(r.accounts, style: style)
                + (r.weightingDiagnostics.map { "\n" + WeightingReport.render($0, style: style) } ?? "")
        case .table:
            return TerminalText.escape(r.questionnaire.title.text(style.language)) + " — " + style.t("tối đa", "max") + " "
                + style.number(r.maxPoints, places: 0) + " " + style.t("điểm", "points") + "\n\n"
                + summary(r, style: style).text(width: style.width) + "\n" + criteria(r, style: style).text(width: style.width) + "\n"
                + uncertaintyNote(r, style: style) + (r.confidenceLevel == nil ? "" : "\n")
                + AccountingReport.text(r.accounts, style: style) + warnings(r, style: style)
                + (r.weightingDiagnostics.map { "\n" + WeightingReport.render($0, style: style) } ?? "")
        }
    }

    static func warnings(_ r: ComponentResult, style: ReportStyle) -> String {
        let w = (r.groups + [r.overall]).flatMap(\.warnings)
        return w.isEmpty ? "" : w.map { style.t("Lưu ý: ", "Warning: ") + TerminalText.escape($0.text(style.language)) + "\n" }.joined()
    }

    /// One row per group: respondents, element indices, overall index, points (each with the
    /// half-width of its interval when standard errors were computed), Kish's deff when weighted.
    static func summary(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        let q = r.questionnaire
        let groupHeader =
            r.groupedBy == "unit"
            ? style.t("Đơn vị", "Unit") : r.byRespondentGroup ? style.t("Nhóm người đánh giá", "Respondent group") : r.groupedBy
        let withSE = r.confidenceLevel != nil
        let kish = (r.groups + [r.overall]).contains { ($0.kishDesignEffect ?? 1) > 1 + 1e-9 }
        var t = TextTable(
            headers: [groupHeader, style.t("Số phiếu", "Respondents")] + q.elements.map { withSE ? $0.id + " (%)" : $0.id }
                + [withSE ? style.t("Chỉ số (%)", "Index (%)") : style.t("Chỉ số", "Index"), style.t("Điểm", "Points")]
                + (kish ? [style.t("Deff (Kish)", "Deff (Kish)")] : []))
        for (k, g) in (r.groups + [r.overall]).enumerated() {
            let name =
                r.byRespondentGroup && k < r.groups.count
                ? q.respondentGroupName(g.group, style.language) : style.unitName(g.group)
            var row = [name, style.count(g.respondents)]
            if withSE {
                row += g.elements.map { style.withMargin($0.index, $0.confidenceInterval, scale: 100) }
                row.append(style.withMargin(g.index, g.confidenceInterval, scale: 100))
                row.append(
                    g.publishedHundredths.map {
                        style.points($0) + (g.pointsConfidenceInterval.map { " ± " + style.number($0.halfWidth, places: 2) } ?? "")
                    } ?? "–")
            } else {
                row +=
                    g.elements.map { style.percent($0.index) } + [style.percent(g.index), g.publishedHundredths.map(style.points) ?? "–"]
            }
            if kish { row.append(style.optional(g.kishDesignEffect, places: 2)) }
            t.add(row)
        }
        return t
    }

    /// What the ± and the intervals mean (table and Markdown output).
    static func uncertaintyNote(_ r: ComponentResult, style: ReportStyle) -> String {
        guard let level = r.confidenceLevel else { return "" }
        return style.t(
            "± : nửa độ rộng khoảng tin cậy \(style.levelLabel(level)) (t, bậc tự do = số phiếu − số tầng); "
                + "tiêu chí: khoảng logit. Sai số chuẩn: \(r.varianceMethod?.vi ?? "").",
            "± : half-width of the \(style.levelLabel(level)) confidence interval (t, df = respondents − strata); "
                + "criteria: logit intervals. Standard errors: \(r.varianceMethod?.en ?? "").") + "\n"
    }

    /// One row per criterion for all respondents together.
    static func criteria(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        let q = r.questionnaire
        let withSE = r.confidenceLevel != nil
        var headers = [
            style.t("Tiêu chí", "Criterion"), style.t("Nội dung", "Text"), style.t("Số trả lời", "Answered"), style.t("Chỉ số", "Index"),
        ]
        if let level = r.confidenceLevel { headers += [style.t("KTC ", "CI ") + style.levelLabel(level), "Deff"] }
        var t = TextTable(headers: headers, alignments: [.left, .left] + Array(repeating: .right, count: headers.count - 2))
        for (i, c) in r.overall.criteria.enumerated() {
            var text = q.questions[i].text.text(style.language)
            let limit = withSE ? 44 : 60
            if style.format == .table && text.count > limit { text = String(text.prefix(limit - 1)) + "…" }
            var row = [c.id, text, style.count(c.answered), style.percent(c.index)]
            if withSE { row += [style.percentRange(c.confidenceInterval), style.optional(c.designEffect, places: 2)] }
            t.add(row)
        }
        return t
    }

    /// Long CSV: one row per group and level (criterion, element, overall), with standard
    /// errors, interval ends and degrees of freedom when computed.
    static func csvTable(_ r: ComponentResult, style: ReportStyle) -> TextTable {
        var t = TextTable(headers: [
            "group", "level", "id", "respondents", "answered", "index", "points", "standardError", "ciLow",
            "ciHigh", "designEffect", "df", "pointsStandardError", "pointsLow", "pointsHigh",
        ])
        func num(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
        for g in r.groups + [r.overall] {
            let df = g.degreesOfFreedom.map(String.init) ?? ""
            for c in g.criteria {
                t.add([
                    g.group, "criterion", c.id, String(g.respondents), String(c.answered), num(c.index), "", num(c.standardError),
                    num(c.confidenceInterval?.low), num(c.confidenceInterval?.high), num(c.designEffect), df, "", "", "",
                ])
            }
            for e in g.elements {
                t.add([
                    g.group, "element", e.id, String(g.respondents), "", num(e.index), "", num(e.standardError),
                    num(e.confidenceInterval?.low), num(e.confidenceInterval?.high), "", df, "", "", "",
                ])
            }
            t.add([
                g.group, "overall", r.questionnaire.id, String(g.respondents), "", num(g.index),
                g.publishedHundredths.map { DecimalText.format(scaled: $0) } ?? "", num(g.standardError),
                num(g.confidenceInterval?.low), num(g.confidenceInterval?.high), "", df, num(g.pointsStandardError),
                num(g.pointsConfidenceInterval?.low), num(g.pointsConfidenceInterval?.high),
            ])
        }
        return t
    }

    /// The JSON object of a component result.
    public static func json(_ r: ComponentResult) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("schemaVersion", JSONWriter.int(ComponentPointsFile.schemaVersion)),
            ("questionnaire", .object([("id", .string(r.questionnaire.id)), ("version", .string(r.questionnaire.version))])),
            ("component", .string(r.component.rawValue)),
            ("maxPoints", JSONWriter.number(r.maxPoints)),
            ("scoring", .string(r.questionnaire.scoring.rawValue)),
            ("groupedBy", .string(r.groupedBy)),
            ("weighting", .string(r.weighting)),
            ("confidenceLevel", JSONWriter.number(r.confidenceLevel)),
            ("varianceMethod", r.varianceMethod.map { .string($0.en) } ?? .null),
            ("groups", .array(r.groups.map(groupJSON))),
            ("overall", groupJSON(r.overall)),
            ("accounting", AccountingReport.json(r.accounts)),
        ]
        if let d = r.weightingDiagnostics { pairs.insert(("weightingDiagnostics", WeightingReport.json(d)), at: 7) }  // after "weighting"
        return .object(pairs)
    }

    static func groupJSON(_ g: GroupScore) -> JSONValue {
        .object([
            ("group", .string(g.group)),
            ("respondents", JSONWriter.int(g.respondents)),
            ("sumOfWeights", JSONWriter.number(g.sumOfWeights)),
            ("kishDesignEffect", JSONWriter.number(g.kishDesignEffect)),
            ("effectiveSampleSize", JSONWriter.number(g.kishDesignEffect.map { Double(g.respondents) / $0 })),
            ("degreesOfFreedom", g.degreesOfFreedom.map(JSONWriter.int) ?? .null),
            ("index", JSONWriter.number(g.index)),
            ("standardError", JSONWriter.number(g.standardError)),
            ("confidenceInterval", interval(g.confidenceInterval)),
            ("points", JSONWriter.hundredths(g.publishedHundredths)),
            ("pointsUnrounded", JSONWriter.number(g.points)),
            ("pointsStandardError", JSONWriter.number(g.pointsStandardError)),
            ("pointsConfidenceInterval", interval(g.pointsConfidenceInterval)),
            (
                "elements",
                .array(
                    g.elements.map {
                        .object([
                            ("id", .string($0.id)), ("index", JSONWriter.number($0.index)),
                            ("standardError", JSONWriter.number($0.standardError)), ("confidenceInterval", interval($0.confidenceInterval)),
                        ])
                    })
            ),
            (
                "criteria",
                .array(
                    g.criteria.map {
                        .object([
                            ("id", .string($0.id)), ("index", JSONWriter.number($0.index)), ("answered", JSONWriter.int($0.answered)),
                            ("weightedAnswered", JSONWriter.number($0.weightedAnswered)),
                            ("standardError", JSONWriter.number($0.standardError)), ("confidenceInterval", interval($0.confidenceInterval)),
                            ("designEffect", JSONWriter.number($0.designEffect)),
                        ])
                    })
            ),
            ("warnings", .array(g.warnings.map { .string($0.description) })),
        ])
    }

    /// `[low, high]`, or null.
    static func interval(_ ci: ConfidenceInterval?) -> JSONValue {
        guard let ci else { return .null }
        return .array([JSONWriter.number(ci.low), JSONWriter.number(ci.high)])
    }
}
