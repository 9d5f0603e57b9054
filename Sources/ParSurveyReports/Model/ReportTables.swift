import ParSurveyScoring
import ParSurveyModel
/// The report's tables, built once from the model for both renderers (HTML shows them beside
/// the charts; Markdown shows them instead of the charts).
enum ReportTables {
    /// One row per element, then every criterion lowest first: index and interval.
    static func profile(_ p: UnitProfile, level: Double?, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [
                style.t("Mã", "Id"), style.t("Yếu tố / tiêu chí", "Element / criterion"), style.t("Số trả lời", "Answered"),
                style.t("Chỉ số", "Index"), style.t("KTC", "CI") + (level.map { " " + style.levelLabel($0) } ?? ""),
            ],
            alignments: [.left, .left, .right, .right, .right])
        t.add([
            style.t("Chung", "All"), p.overall.label.text(style.language), style.count(p.respondents),
            style.percent(p.overall.estimate, places: 1),
            style.percentRange(p.overall.interval, places: 1),
        ])
        for e in p.elements {
            t.add([e.id, e.label.text(style.language), "", style.percent(e.estimate, places: 1), style.percentRange(e.interval, places: 1)])
        }
        for c in p.criteria {
            t.add([
                c.id, c.label.text(style.language), c.answered.map(style.count) ?? "", style.percent(c.estimate, places: 1),
                style.percentRange(c.interval, places: 1),
            ])
        }
        return t
    }

    /// One row per group and the total: respondents, answers, row percentages, flags.
    static func likert(_ c: LikertChart, groupHeader: String, totalLabel: String, style: ReportStyle) -> TextTable {
        var headers = [groupHeader, style.t("Số phiếu", "Resp."), style.t("Số câu trả lời", "Answers")]
        headers += c.categories.map { $0.code + " (%)" }
        headers.append("▼")
        var t = TextTable(headers: headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 2) + [.left])
        for r in c.rows {
            var row = [r.isTotal ? totalLabel : r.label, style.count(r.respondents), style.count(r.answers)]
            row += c.categories.indices.map { k in k < r.shares.count ? style.number(r.shares[k] * 100, places: 1) : "–" }
            row.append(r.below.joined(separator: ", "))
            t.add(row)
        }
        return t
    }

    /// One row per question: the Rao–Scott test and the groups flagged below.
    static func tests(_ c: LikertChart, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [
                style.t("Câu hỏi", "Question"), "F", "ndf", "ddf", "p (F)", "p (χ²)", style.t("Thấp hơn có ý nghĩa", "Significantly below"),
            ],
            alignments: [.left, .right, .right, .right, .right, .right, .left])
        for q in c.tests {
            guard let x = q.test else {
                t.add([q.id, "–", "–", "–", "–", "–", q.below.joined(separator: ", ")])
                continue
            }
            t.add([
                q.id, style.number(x.f, places: 2), style.number(x.ndf, places: 1), style.number(x.ddf, places: 0),
                ComparisonReport.pValue(x.pValueF, style), ComparisonReport.pValue(x.pValueChiSquare, style),
                q.below.joined(separator: ", "),
            ])
        }
        return t
    }

    /// `q1 p = 0,151; q2 p = 0,034` — the tests in one line.
    static func testLine(_ c: LikertChart, style: ReportStyle) -> String {
        c.tests.map { q in
            q.id + " " + (q.test.map { ComparisonReport.pEquals($0.pValueF, style) } ?? style.t("không tính được", "not computable"))
        }
        .joined(separator: "; ")
    }

    /// Input files: role, path, size, SHA-256.
    static func files(_ p: Provenance, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [style.t("Vai trò", "Role"), style.t("Tệp", "File"), style.t("Dung lượng (byte)", "Size (bytes)"), "SHA-256"],
            alignments: [.left, .left, .right, .left])
        for f in p.files { t.add([f.role.text(style.language), f.path, String(f.bytes), f.sha256]) }
        return t
    }

    /// Questionnaires: id, version, title.
    static func questionnaires(_ p: Provenance, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [style.t("Mã", "Id"), style.t("Phiên bản", "Version"), style.t("Tên", "Title")], alignments: [.left, .left, .left])
        for q in p.questionnaires { t.add([q.id, q.version, q.title.text(style.language)]) }
        return t
    }

    /// The index table, ranked: components (survey points with the half-width of their
    /// interval), total, last year's total, the change and last year's rank, the rank range and
    /// the probability of the published rank.
    static func index(_ m: ReportModel, style s: ReportStyle) -> TextTable {
        let hasPrevious = m.table.rows.contains { $0.previous != nil }
        let hasRanks = m.table.rows.contains { $0.rankInterval != nil }
        // Maxima from the index scheme (60, 30, 10 and 100 for the shipped one).
        func mx(_ source: SchemeComponent.Source) -> String {
            m.table.scheme.component(source).map { SchemeNotes.maxText($0.maxPoints, s) } ?? "–"
        }
        let total = SchemeNotes.maxText(m.table.scheme.totalPoints, s)
        var headers = [
            s.t("Hạng", "Rank"), s.t("Đơn vị", "Unit"),
            SchemeComponent.Source.selfAssessment.name.text(s.language) + " (\(mx(.selfAssessment)))",
            SchemeComponent.Source.satisfaction.name.text(s.language) + " (\(mx(.satisfaction)))",
            SchemeComponent.Source.leadership.name.text(s.language) + " (\(mx(.leadership)))",
            s.t("Tổng điểm (\(total))", "Total (\(total))"),
        ]
        if hasPrevious { headers += [s.t("Năm trước", "Previous"), s.t("Thay đổi", "Change"), s.t("Hạng trước", "Prev. rank")] }
        if hasRanks { headers += [s.t("Khoảng hạng", "Rank range"), s.t("P(hạng)", "P(rank)")] }
        var t = TextTable(headers: headers, alignments: headers.indices.map { $0 == 1 ? .left : .right })
        for r in m.table.ranked {
            var row = [
                "\(r.rank)/\(r.of)", r.unit, s.points(r.selfAssessment), IndexReport.margin(r.satisfaction, r.satisfactionInterval, s),
                IndexReport.margin(r.leadership, r.leadershipInterval, s), s.points(r.total),
            ]
            if hasPrevious {
                if let p = r.previous {
                    row += [
                        s.points(p.total) + (p.derived ? "*" : ""), IndexReport.signed(r.total - p.total, s),
                        p.derived ? "—" : "\(p.rank)/\(r.of)" + IndexReport.arrow(p.rank - r.rank),
                    ]
                } else {
                    row += ["", "", ""]
                }
            }
            if hasRanks { row += IndexReport.rankCells(r, style: s) }
            t.add(row)
        }
        return t
    }

    /// The group column's header: `Đơn vị`/`Unit` or the column name (`Xã`/`Commune` for `commune`).
    static func groupHeader(_ section: DistributionSection, groupedBy: String, style: ReportStyle) -> String {
        if section.unit == nil { return style.t("Đơn vị", "Unit") }
        return TextKey.key(groupedBy) == "commune" ? style.t("Xã, thị trấn", "Commune") : groupedBy
    }

    /// The total row's label.
    static func totalLabel(_ section: DistributionSection, style: ReportStyle) -> String {
        section.unit == nil ? style.totalName : style.t("Toàn đơn vị", "Whole unit")
    }
}
