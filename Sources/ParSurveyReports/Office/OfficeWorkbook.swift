import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
/// The run as an Excel workbook built from the report's values (not from CSV text): one
/// sheet per table — the decision annex, the index with intervals and rank ranges, the
/// components per unit, each unit's criteria, the comparisons' tests, the row accounting.
/// Numbers are numbers (points with two decimals shown), texts keep their Vietnamese, column
/// widths fit the content, the header row stays in view. Same model, same bytes.
public enum OfficeWorkbook {
    /// The workbook's bytes.
    /// `annex` is the run's decision annex (nil: built from the report's table alone).
    public static func workbook(_ m: ReportModel, annex: DecisionAnnex? = nil, style: ReportStyle) -> [UInt8] {
        XLSXWriter.workbook(sheets(m, annex: annex, style: style))
    }

    /// The sheets, in order: annex, index, components, criteria, comparisons, accounting, and
    /// when there are any, the answers set to missing and the rejected rows.
    public static func sheets(_ m: ReportModel, annex a: DecisionAnnex? = nil, style s: ReportStyle) -> [XLSXSheet] {
        var out = [annex(m, a, style: s), index(m, style: s), components(m, style: s)]
        if !m.profiles.isEmpty { out.append(criteria(m, style: s)) }
        if m.distributions.contains(where: { !$0.charts.isEmpty }) { out.append(comparisons(m, style: s)) }
        out.append(accounting(m, style: s))
        if let sheet = invalidAnswers(m, style: s) { out.append(sheet) }
        if let sheet = rejects(m, style: s) { out.append(sheet) }
        return out
    }

    static func points(_ hundredths: Int) -> XLSXValue { .number(Double(hundredths) / 100) }
    static func num(_ x: Double?, places: Int = 2) -> XLSXValue? {
        guard let x, x.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .number(Double(DecimalText.roundedScaled(x, places: places)) / scale)
    }
    static func text(_ t: String) -> XLSXValue? { t.isEmpty ? nil : .text(t) }

    /// A sheet with widths fitted to the longest text of each column (8 to 60 characters).
    static func sheet(_ name: String, _ header: [String], _ rows: [[XLSXValue?]], decimals: Set<Int>) -> XLSXSheet {
        var sheet = XLSXSheet(name: name, rows: [header.map { .text($0) }] + rows)
        var widths = header.map { Double($0.count) + 2 }
        for row in rows {
            for (c, v) in row.enumerated() where c < widths.count {
                let n: Int
                switch v {
                case let .text(t)?: n = t.count
                case let .number(x)?: n = XLSXWriter.number(x).count + (decimals.contains(c) ? 2 : 0)
                case nil: n = 0
                }
                widths[c] = max(widths[c], Double(n) + 2)
            }
        }
        sheet.columnWidths = widths.map { min(60, max(8, $0)) }
        sheet.decimalColumns = decimals
        sheet.freezeHeader = true
        return sheet
    }

    /// The decision annex's first table (`OfficeAnnex.sheet`, the model the HTML, Markdown
    /// and Word annex share): STT, unit, components, total, grade, rank, average row.
    static func annex(_ m: ReportModel, _ a: DecisionAnnex?, style s: ReportStyle) -> XLSXSheet {
        let name = s.t("Phụ lục", "Annex")
        let built = a ?? (try? DecisionAnnex.build(AnnexInput(table: m.table), language: s.language))
        guard let table = built?.tables.first else { return XLSXSheet(name: name, rows: []) }
        return OfficeAnnex.sheet(table, name: name, heading: built)
    }

    /// The index: rank, unit, points, intervals of the survey components, previous year,
    /// rank range and probability.
    static func index(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet {
        // the components' one name ("Điểm thẩm định (60)", …) with the scheme's maxima, as the report's index table
        func name(_ c: SchemeComponent.Source) -> String { c.name.text(s.language) }
        func titled(_ c: SchemeComponent.Source) -> String {
            name(c) + " (" + (m.table.scheme.component(c).map { SchemeNotes.maxText($0.maxPoints, s) } ?? "–") + ")"
        }
        let total = SchemeNotes.maxText(m.table.scheme.totalPoints, s)
        let header = [
            s.t("Hạng", "Rank"), s.t("Số đơn vị", "Of"), s.t("Đơn vị", "Unit"), titled(.selfAssessment),
            titled(.satisfaction), name(.satisfaction) + s.t(": KTC dưới", ": CI low"),
            name(.satisfaction) + s.t(": KTC trên", ": CI high"),
            titled(.leadership), name(.leadership) + s.t(": KTC dưới", ": CI low"), name(.leadership) + s.t(": KTC trên", ": CI high"),
            s.t("Tổng điểm (\(total))", "Total (\(total))"), s.t("Tổng năm trước", "Previous total"), s.t("Thay đổi", "Change"),
            s.t("Hạng năm trước", "Previous rank"),
            s.t("Hạng tốt nhất (5 %)", "Best rank (5%)"), s.t("Hạng kém nhất (95 %)", "Worst rank (95%)"), s.t("P(hạng)", "P(rank)"),
        ]
        let rows = m.table.ranked.map { r -> [XLSXValue?] in
            [
                .number(Double(r.rank)), .number(Double(r.of)), .text(r.unit), points(r.selfAssessment),
                points(r.satisfaction), num(r.satisfactionInterval?.low), num(r.satisfactionInterval?.high),
                points(r.leadership), num(r.leadershipInterval?.low), num(r.leadershipInterval?.high),
                points(r.total), r.previous.map { points($0.total) }, r.previous.map { points(r.total - $0.total) },
                r.previous.map { .number(Double($0.rank)) },
                r.rankInterval.map { .number(Double($0.lowerBound)) }, r.rankInterval.map { .number(Double($0.upperBound)) },
                num(r.rankProbability, places: 3),
            ]
        }
        return sheet(s.t("Chỉ số", "Index"), header, rows, decimals: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    }

    /// Each component per unit: respondents, index (%), its interval, points and their interval.
    static func components(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet {
        let header = [
            s.t("Thành phần", "Component"), s.t("Đơn vị", "Unit"), s.t("Số phiếu", "Respondents"), s.t("Chỉ số (%)", "Index (%)"),
            s.t("KTC dưới (%)", "CI low (%)"), s.t("KTC trên (%)", "CI high (%)"), s.t("Điểm", "Points"), s.t("Điểm tối đa", "Max points"),
            s.t("Điểm: KTC dưới", "Points: CI low"), s.t("Điểm: KTC trên", "Points: CI high"),
        ]
        var rows: [[XLSXValue?]] = []
        for c in m.components {
            for (k, g) in (c.groups + [c.overall]).enumerated() {
                let isAll = k == c.groups.count
                rows.append([
                    .text(c.component.title.text(s.language)), .text(isAll ? s.totalName : g.group), .number(Double(g.respondents)),
                    num(g.index.map { $0 * 100 }), num(g.confidenceInterval.map { $0.low * 100 }),
                    num(g.confidenceInterval.map { $0.high * 100 }),
                    g.publishedHundredths.map(points) ?? num(g.points), .number(c.maxPoints),
                    num(g.pointsConfidenceInterval?.low), num(g.pointsConfidenceInterval?.high),
                ])
            }
        }
        return sheet(s.t("Thành phần", "Components"), header, rows, decimals: [3, 4, 5, 6, 8, 9])
    }

    /// Each unit's criteria and elements (satisfaction), in rank order, lowest first.
    static func criteria(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet {
        let header = [
            s.t("Hạng", "Rank"), s.t("Đơn vị", "Unit"), s.t("Mã", "Id"), s.t("Yếu tố", "Element"),
            s.t("Yếu tố / tiêu chí", "Element / criterion"),
            s.t("Số trả lời", "Answered"), s.t("Chỉ số (%)", "Index (%)"), s.t("KTC dưới (%)", "CI low (%)"),
            s.t("KTC trên (%)", "CI high (%)"),
        ]
        var rows: [[XLSXValue?]] = []
        for p in m.profiles {
            for item in [p.overall] + p.elements + p.criteria {
                rows.append([
                    .number(Double(p.rank)), .text(p.unit), text(item.id.isEmpty ? s.t("Chung", "All") : item.id), text(item.element ?? ""),
                    text(item.label.text(s.language)), item.answered.map { .number(Double($0)) },
                    num(item.estimate.map { $0 * 100 }), num(item.interval.map { $0.low * 100 }), num(item.interval.map { $0.high * 100 }),
                ])
            }
        }
        return sheet(s.t("Tiêu chí", "Criteria"), header, rows, decimals: [6, 7, 8])
    }

    /// The Rao–Scott tests: across units, then within each unit; groups flagged below.
    static func comparisons(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet {
        let header = [
            s.t("So sánh", "Comparison"), s.t("Biểu đồ", "Chart"), s.t("Câu hỏi", "Question"), "F", "ndf", "ddf", "p (F)", "p (χ²)",
            s.t("Thấp hơn có ý nghĩa", "Significantly below"),
        ]
        var rows: [[XLSXValue?]] = []
        for section in m.distributions {
            let name = section.unit.map { s.t("Trong ", "Within ") + $0 } ?? s.t("Giữa các đơn vị", "Across units")
            for chart in section.charts {
                for q in chart.tests {
                    rows.append([
                        .text(name), .text(chart.id), .text(q.id), num(q.test?.f, places: 4), num(q.test?.ndf, places: 4),
                        num(q.test?.ddf, places: 2),
                        num(q.test?.pValueF, places: 6), num(q.test?.pValueChiSquare, places: 6), text(q.below.joined(separator: ", ")),
                    ])
                }
            }
        }
        return sheet(s.t("So sánh", "Comparisons"), header, rows, decimals: [])
    }

    /// Rows read, accepted, rejected and excluded per batch file.
    static func accounting(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet {
        let header = [
            s.t("Thành phần", "Component"), s.t("Tệp", "File"), s.t("Đọc", "Read"), s.t("Nhận", "Accepted"), s.t("Loại", "Rejected"),
            s.t("Loại trừ", "Excluded"),
        ]
        var rows: [[XLSXValue?]] = []
        for c in m.components {
            for a in c.accounts {
                rows.append([
                    .text(c.component.title.text(s.language)), .text(a.file), .number(Double(a.read)), .number(Double(a.accepted)),
                    .number(Double(a.rejected)), .number(Double(a.excluded)),
                ])
            }
        }
        return sheet(s.t("Đối soát", "Accounting"), header, rows, decimals: [])
    }
}
