import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
import ParSurveyStatistics
/// Renders the merged PAR Index table (`run`, `merge`) in every format.
public enum IndexReport {
    /// The report text. `title` heads table and Markdown output.
    public static func render(
        _ table: ParIndexTable, title: LocalizedText, components: [ComponentResult],
        style: ReportStyle, year: Int? = nil
    ) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(table, title: title, components: components, year: year))
        case .csv: return cells(table, style: style).csv()
        case .markdown:
            var s = "# " + MarkupEscaping.markdownCell(heading(title, style)) + "\n\n" + cells(table, style: style).markdown() + "\n"
            for l in legend(table, style: style) { s += MarkupEscaping.markdownCell(l.trimmingCharacters(in: [" "])) + "  \n" }
            s += "\n"
            for n in SchemeNotes.notes(table, style: style) { s += MarkupEscaping.markdownCell(n) + "\n\n" }
            for c in components {
                s +=
                    "## " + MarkupEscaping.markdownCell(c.questionnaire.title.text(style.language)) + "\n\n"
                    + AccountingReport.table(c.accounts, style: style).markdown() + "\n"
                if let d = c.weightingDiagnostics { s += WeightingReport.render(d, style: style) + "\n" }
            }
            return s
        case .table:
            var s = heading(title, style) + "\n\n" + cells(table, style: style).text(width: style.width, keyColumns: keyColumns(table))
            s += "\n" + legend(table, style: style).joined(separator: "\n") + "\n\n"
            let notes = SchemeNotes.notes(table, style: style)
            if !notes.isEmpty { s += notes.joined(separator: "\n") + "\n\n" }
            for c in components {
                s += c.questionnaire.title.text(style.language) + "\n" + AccountingReport.text(c.accounts, style: style)
            }
            for c in components {
                if let d = c.weightingDiagnostics {
                    s += "\n" + c.questionnaire.title.text(style.language) + "\n" + WeightingReport.render(d, style: style)
                }
            }
            return s
        }
    }

    static func heading(_ title: LocalizedText, _ style: ReportStyle) -> String {
        let t = title.text(style.language)
        return t.isEmpty ? style.t("Chỉ số cải cách hành chính", "Public Administration Reform Index") : t
    }

    static func signed(_ h: Int, _ style: ReportStyle) -> String { (h > 0 ? "+" : "") + style.points(h) }

    /// ` ↑2` when the unit rose two places since last year, ` ↓1` when it fell, "" when unchanged.
    static func arrow(_ places: Int) -> String { places > 0 ? " ↑\(places)" : places < 0 ? " ↓\(-places)" : "" }

    /// The table's cells: ranked rows, localized headers (CSV: English camelCase names).
    /// Columns follow the scheme: its components with their maxima, and, when the scheme or
    /// data has them, bonus/penalty, grade, ranking group and the basis of last year's figures.
    static func cells(_ table: ParIndexTable, style: ReportStyle) -> TextTable {
        let scheme = table.scheme
        let hasPrevious = table.rows.contains { $0.previous != nil }
        let hasBasis = table.rows.contains { $0.previous?.derived == true || $0.previousNotComparable }
        let csv = style.format == .csv
        let comps = scheme.components
        let hasAdj = !scheme.adjustments.isEmpty
        let hasGrades = !scheme.grades.isEmpty
        let hasGroups = scheme.rankingGroups.count > 1
        func compHeader(_ c: SchemeComponent) -> String {
            csv ? c.source.rawValue : c.source.name.text(style.language) + " (" + SchemeNotes.maxText(c.maxPoints, style) + ")"
        }
        var headers =
            csv
            ? ["rank", "of"] + (hasGroups ? ["rankGroup"] : []) + ["unit"]
            : [style.t("Hạng", "Rank")] + (hasGroups ? [style.t("Nhóm", "Group")] : []) + [style.t("Đơn vị", "Unit")]
        headers += comps.map(compHeader)
        if hasAdj { headers.append(csv ? "adjustment" : style.t("Thưởng/trừ", "Bonus/penalty")) }
        headers.append(csv ? "total" : style.t("Tổng điểm (", "Total (") + SchemeNotes.maxText(scheme.totalPoints, style) + ")")
        if hasGrades { headers.append(csv ? "grade" : style.t("Xếp loại", "Grade")) }
        if hasPrevious || hasBasis {
            headers +=
                csv
                ? [
                    "previousTotal", "totalChange", "selfAssessmentChange", "satisfactionChange", "leadershipChange", "previousRank",
                    "rankChange",
                ]
                : [style.t("Năm trước", "Previous"), "Δ " + style.t("Tổng", "Total")]
                    + [SchemeComponent.Source.selfAssessment, .satisfaction, .leadership].map { "Δ " + $0.shortName.text(style.language) }
                    + [style.t("Hạng trước", "Prev. rank")]
            if hasBasis && csv { headers.append("previousBasis") }
        }
        let hasRanks = table.rows.contains { $0.rankInterval != nil }
        if hasRanks {
            headers +=
                csv
                ? ["satisfactionStandardError", "leadershipStandardError", "rankBest", "rankWorst", "rankProbability"]
                : [style.t("Khoảng hạng", "Rank range"), style.t("P(hạng)", "P(rank)")]
        }
        if csv && hasPrevious { headers += changeIntervalHeaders }
        let unitColumn = hasGroups ? 2 : 1
        var t = TextTable(
            headers: headers,
            alignments: headers.indices.map { i in
                csv ? .left : (i == unitColumn || (hasGroups && i == 1) ? .left : .right)
            })
        for r in table.ranked {
            var row =
                csv
                ? [String(r.rank), String(r.of)] + (hasGroups ? [r.rankGroup?.id ?? ""] : []) + [r.unit]
                : ["\(r.rank)/\(r.of)"] + (hasGroups ? [r.rankGroup?.title.text(style.language) ?? ""] : []) + [r.unit]
            for c in comps {
                if r.missing.contains(c.source) {
                    row.append(csv ? "" : "—")
                    continue
                }
                switch c.source {
                case .selfAssessment: row.append(style.points(r.selfAssessment))
                case .satisfaction: row.append(csv ? style.points(r.satisfaction) : margin(r.satisfaction, r.satisfactionInterval, style))
                case .leadership: row.append(csv ? style.points(r.leadership) : margin(r.leadership, r.leadershipInterval, style))
                }
            }
            if hasAdj { row.append(csv ? style.points(r.adjustment) : (r.adjustment == 0 ? "0" : signed(r.adjustment, style))) }
            row.append(style.points(r.total) + (!csv && r.scale != 1 ? "†" : ""))
            if hasGrades { row.append(csv ? (r.grade?.id ?? "") : (r.grade?.title.text(style.language) ?? "")) }
            if hasPrevious || hasBasis {
                if let p = r.previous {
                    let mark = p.derived && !csv ? "*" : ""
                    if csv {
                        row += [
                            style.points(p.total), signed(r.total - p.total, style), signed(r.selfAssessment - p.selfAssessment, style),
                            signed(r.satisfaction - p.satisfaction, style), signed(r.leadership - p.leadership, style),
                        ]
                    } else if let ch = r.yearChanges(level: table.level) {
                        row.append(style.points(p.total) + mark)
                        row += [ch.total, ch.selfAssessment, ch.satisfaction, ch.leadership].map { changeCell($0, style) }
                    }
                    if p.derived {
                        row += csv ? ["", ""] : ["—"]
                    } else {
                        row += csv ? [String(p.rank), String(p.rank - r.rank)] : ["\(p.rank)/\(r.of)" + Self.arrow(p.rank - r.rank)]
                    }
                    if hasBasis && csv { row.append(p.derived ? "derived" : "published") }
                } else if r.previousNotComparable {
                    row +=
                        csv
                        ? [String](repeating: "", count: 7) + ["notComparable"]
                        : [style.t("không so sánh được", "not comparable")] + [String](repeating: "", count: 5)
                } else {
                    row += [String](repeating: "", count: csv ? 7 : 6)
                    if hasBasis && csv { row.append("") }
                }
            }
            if hasRanks { row += rankCells(r, style: style) }
            if csv && hasPrevious { row += changeIntervalCells(r, level: table.level, style: style) }
            t.add(row)
        }
        return t
    }

    /// Published points with the half-width of their interval: `25,70 ± 0,49`.
    static func margin(_ hundredths: Int, _ ci: ConfidenceInterval?, _ style: ReportStyle) -> String {
        style.points(hundredths) + (ci.map { " ± " + style.number($0.halfWidth, places: 2) } ?? "")
    }

    /// Rank interval and probability cells (CSV: standard errors too).
    static func rankCells(_ r: ParIndexRow, style: ReportStyle) -> [String] {
        guard let interval = r.rankInterval, let p = r.rankProbability else {
            return style.format == .csv ? ["", "", "", "", ""] : ["", ""]
        }
        if style.format == .csv {
            return [
                r.satisfactionStandardError.map { "\($0)" } ?? "", r.leadershipStandardError.map { "\($0)" } ?? "",
                String(interval.lowerBound), String(interval.upperBound), "\(p)",
            ]
        }
        let range = interval.lowerBound == interval.upperBound ? "\(interval.lowerBound)" : "\(interval.lowerBound)–\(interval.upperBound)"
        return [range, style.probability(p)]
    }

    /// The JSON document of a run.
    public static func json(_ table: ParIndexTable, title: LocalizedText, components: [ComponentResult], year: Int?) -> JSONValue {
        let units: [JSONValue] = table.ranked.map { r in
            var pairs: [(key: String, value: JSONValue)] = [
                ("unit", .string(r.unit)),
                ("selfAssessment", JSONWriter.hundredths(r.selfAssessment)),
                ("satisfaction", JSONWriter.hundredths(r.satisfaction)),
                ("leadership", JSONWriter.hundredths(r.leadership)),
                ("survey", JSONWriter.hundredths(r.survey)),
                ("total", JSONWriter.hundredths(r.total)),
                ("rank", JSONWriter.int(r.rank)),
                ("of", JSONWriter.int(r.of)),
                ("satisfactionPoints", JSONWriter.number(r.satisfactionPoints)),
                ("leadershipPoints", JSONWriter.number(r.leadershipPoints)),
                ("satisfactionIndex", JSONWriter.number(r.satisfactionIndex)),
                ("leadershipIndex", JSONWriter.number(r.leadershipIndex)),
                ("satisfactionStandardError", JSONWriter.number(r.satisfactionStandardError)),
                ("leadershipStandardError", JSONWriter.number(r.leadershipStandardError)),
                ("rankInterval", r.rankInterval.map { .array([JSONWriter.int($0.lowerBound), JSONWriter.int($0.upperBound)]) } ?? .null),
                ("rankProbability", JSONWriter.number(r.rankProbability)),
            ]
            pairs += SchemeNotes.jsonFields(r, scheme: table.scheme)
            if r.previousNotComparable { pairs.append(("previous", .object([("notComparable", .bool(true))]))) }
            if let p = r.previous {
                var prev: [(key: String, value: JSONValue)] = [
                    ("selfAssessment", JSONWriter.hundredths(p.selfAssessment)), ("satisfaction", JSONWriter.hundredths(p.satisfaction)),
                    ("leadership", JSONWriter.hundredths(p.leadership)), ("total", JSONWriter.hundredths(p.total)),
                    ("rank", p.derived ? .null : JSONWriter.int(p.rank)),
                ]
                if p.derived { prev += [("derived", .bool(true)), ("derivation", .string(p.derivation))] }
                if let se = p.satisfactionStandardError { prev.append(("satisfactionStandardError", JSONWriter.number(se))) }
                if let se = p.leadershipStandardError { prev.append(("leadershipStandardError", JSONWriter.number(se))) }
                pairs.append(("previous", .object(prev)))
                pairs.append(
                    (
                        "change",
                        .object([
                            ("selfAssessment", JSONWriter.hundredths(r.selfAssessment - p.selfAssessment)),
                            ("satisfaction", JSONWriter.hundredths(r.satisfaction - p.satisfaction)),
                            ("leadership", JSONWriter.hundredths(r.leadership - p.leadership)),
                            ("total", JSONWriter.hundredths(r.total - p.total)),
                            ("rank", p.derived ? .null : JSONWriter.int(p.rank - r.rank)),
                        ])
                    ))
                if let ch = r.yearChanges(level: table.level) {
                    pairs.append(("changeInterval", changeIntervalJSON(ch, level: table.level)))
                }
            }
            return .object(pairs)
        }
        var top: [(key: String, value: JSONValue)] = [("title", .object([("vi", .string(title.vi)), ("en", .string(title.en))]))]
        if let y = year { top.append(("year", JSONWriter.int(y))) }
        top += SchemeNotes.jsonTop(table)
        if let sim = table.rankSimulation {
            top.append(
                (
                    "rankSimulation",
                    .object([
                        ("draws", JSONWriter.int(sim.draws)), ("seed", .number(Double(sim.seed), text: String(sim.seed))),
                        (
                            "method",
                            .string("survey points ~ Normal(estimate, SE) per unit, independent; rankInterval = 5th-95th percentile")
                        ),
                    ])
                ))
        }
        top += [("units", .array(units)), ("components", .array(components.map(ComponentReport.json)))]
        return .object(top)
    }
}
