import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
/// The decision annex: the index table in the form a provincial decision attaches (STT, unit,
/// self-assessment, satisfaction, leaders, total, rank; no ± and no rank intervals), as a
/// Word document. Numbers are written as the report's language writes them (`84,11` in vi).
public enum OfficeAnnex {
    /// The annex's column headers.
    public static func headers(style s: ReportStyle) -> [String] {
        [
            s.t("STT", "No."), s.t("Đơn vị", "Unit"), s.t("Chỉ số tự đánh giá (60 điểm)", "Self-assessment (60 points)"),
            s.t("Mức độ hài lòng của người dân, tổ chức (30 điểm)", "Citizen and organisation satisfaction (30 points)"),
            s.t("Đánh giá của lãnh đạo, quản lý (10 điểm)", "Leaders' assessment (10 points)"),
            s.t("Tổng điểm (100 điểm)", "Total (100 points)"), s.t("Xếp hạng", "Rank"),
        ]
    }

    /// The annex as a table of texts, in rank order.
    public static func table(_ t: ParIndexTable, style: ReportStyle) -> DocxTable {
        var s = style
        s.format = .table  // decimal comma in vi
        let rows = t.ranked.enumerated().map { i, r in
            [
                String(i + 1), r.unit, s.points(r.selfAssessment), s.points(r.satisfaction), s.points(r.leadership), s.points(r.total),
                String(r.rank),
            ]
        }
        return DocxTable(headers: headers(style: s), rows: rows, rightAligned: [0, 2, 3, 4, 5, 6], widths: [5, 22, 14, 16, 14, 12, 9])
    }

    /// The Word document: title, the run's title and year, the table. A table of more than
    /// six columns is set on A4 landscape.
    public static func document(_ t: ParIndexTable, title: LocalizedText, year: Int?, style s: ReportStyle) -> [UInt8] {
        let table = table(t, style: s)
        var titles = [
            s.t("PHỤ LỤC", "ANNEX"),
            s.t("Kết quả Chỉ số cải cách hành chính", "PAR Index results") + (year.map { s.t(" năm ", " ") + String($0) } ?? ""),
        ]
        let named = title.text(s.language)
        if !named.isEmpty { titles.append(named) }
        return DocxWriter.document(titles: titles, tables: [(nil, table)], landscape: table.headers.count > 6)
    }
}
