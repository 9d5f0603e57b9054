import ParSurveyModel
import ParSurveyScoring
extension ReportTables {
    /// Self-assessment points lost per unit (rows, rank order) and top-level criterion
    /// (columns: `maximum − score`), the appraised score and the total lost; last rows: the
    /// points lost by all units together and their share of the maxima.
    static func selfAssessmentLosses(_ l: SelfAssessmentLosses, maxPoints: Int?, style s: ReportStyle) -> TextTable {
        let top = l.topLevel
        var headers = [s.t("Hạng", "Rank"), s.t("Đơn vị", "Unit")]
        headers += top.map { "\($0.id) " + $0.title.text(s.language) + " (\(SchemeNotes.maxText($0.maxPoints, s)))" }
        headers += [
            s.t("Điểm", "Score") + (maxPoints.map { " (\(SchemeNotes.maxText($0, s)))" } ?? ""), s.t("Bị trừ", "Lost"),
        ]
        let hasAdjustment = l.units.contains { $0.adjustment != 0 }
        if hasAdjustment { headers.append(s.t("Thưởng − trừ", "Bonus − penalty")) }
        var t = TextTable(headers: headers, alignments: headers.indices.map { $0 == 1 ? .left : .right })
        for u in l.units {
            var row = ["\(u.rank)", u.unit]
            row += top.map { c in u.lost[c.id].map { lost($0, s) } ?? "–" }
            row += [s.points(u.score), lost(u.totalLost, s)]
            if hasAdjustment { row.append(IndexReport.signed(u.adjustment, s)) }
            t.add(row)
        }
        var sum = ["", s.t("Tổng điểm bị trừ", "Points lost, all units")]
        sum += top.map { lost(l.provinceLost($0.id), s) }
        sum += [s.points(l.units.reduce(0) { $0 + $1.score }), lost(l.units.reduce(0) { $0 + $1.totalLost }, s)]
        if hasAdjustment { sum.append("") }
        t.add(sum)
        var share = ["", s.t("Tỷ lệ điểm bị trừ", "Share of maximum lost")]
        share += top.map { c in
            let m = l.provinceMax(c.id)
            return m > 0 ? s.percent(Double(l.provinceLost(c.id)) / Double(m), places: 1) : "–"
        }
        let allMax = l.units.reduce(0) { $0 + $1.maxPoints }
        share += ["", allMax > 0 ? s.percent(Double(l.units.reduce(0) { $0 + $1.totalLost }) / Double(allMax), places: 1) : "–"]
        if hasAdjustment { share.append("") }
        t.add(share)
        return t
    }

    /// `−0,75` (points lost), `0` when none.
    static func lost(_ hundredths: Int, _ s: ReportStyle) -> String { hundredths == 0 ? "0" : "−" + s.points(hundredths) }

    /// One line per unit: where it lost points, largest loss first, sub-criteria in brackets:
    /// `Tây Sơn: 50,39/60, bị trừ 9,61 — 1.3 Cải cách thủ tục hành chính −3,53 (1.3.1 … −2); …`.
    static func lossLines(_ l: SelfAssessmentLosses, style s: ReportStyle) -> [String] {
        l.units.map { u in
            let top = l.topLevel.filter { (u.lost[$0.id] ?? 0) > 0 }.enumerated().sorted { a, b in
                let x = u.lost[a.element.id]!
                let y = u.lost[b.element.id]!
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
            var line =
                u.unit + ": " + s.points(u.score) + "/" + SchemeNotes.maxText(u.maxPoints, s) + ", " + s.t("bị trừ ", "lost ")
                + s.points(u.totalLost)
            if top.isEmpty { return line + s.t(" — không bị trừ điểm tiêu chí nào.", " — no points lost on any criterion.") }
            line +=
                " — "
                + top.map { c in
                    var part = c.id + " " + c.title.text(s.language) + " " + lost(u.lost[c.id]!, s)
                    let subs = l.criteria.filter { $0.parent == c.id && (u.lost[$0.id] ?? 0) > 0 }
                    if !subs.isEmpty {
                        part +=
                            " ("
                            + subs.map { $0.id + " " + $0.title.text(s.language) + " " + lost(u.lost[$0.id]!, s) }.joined(separator: "; ")
                            + ")"
                    }
                    return part
                }.joined(separator: "; ") + "."
            return line
        }
    }

    /// The leaders' survey by PAR area: one row per line (unit or group), the component's
    /// index and each area's index, in percent with the half-width of the interval.
    static func leadershipAreas(_ a: LeadershipAreas, lines: [LeadershipAreas.Line], total: Bool, first: String, style s: ReportStyle)
        -> TextTable
    {
        let ranked = lines.contains { $0.rank != nil }
        var headers = ranked ? [s.t("Hạng", "Rank")] : []
        headers += [first, s.t("Số phiếu", "Resp."), s.t("Chung (%)", "All (%)")]
        headers += a.areas.map { $0.title.text(s.language) + " (%)" }
        var t = TextTable(headers: headers, alignments: headers.indices.map { $0 == (ranked ? 1 : 0) ? .left : .right })
        func cells(_ x: ProfileItem) -> String { s.withMargin(x.estimate, x.interval, scale: 100, places: 1) }
        for (k, line) in (lines + (total ? [a.total] : [])).enumerated() {
            var row = ranked ? [line.rank.map(String.init) ?? ""] : []
            let name = k == lines.count ? s.totalName : line.label?.text(s.language) ?? line.name
            row += [name, s.count(line.respondents), cells(line.overall)]
            row += line.areas.map(cells)
            t.add(row)
        }
        return t
    }
}
