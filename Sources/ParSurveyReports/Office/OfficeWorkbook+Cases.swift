import ParSurveyIO
import ParSurveyModel

extension OfficeWorkbook {
    /// The answers set to missing under `invalidAnswer: "missing"`, one row per case: the
    /// component, then the council table's columns (`InvalidAnswerReport.table`: file, line,
    /// column, column name, question, value, kind, reason in the workbook's language); line and
    /// column as numbers. Nil when no answer was set to missing.
    static func invalidAnswers(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet? {
        var rows: [[XLSXValue?]] = []
        for c in m.components {
            for a in c.accounts {
                for x in a.invalidAnswers {
                    rows.append([
                        .text(c.component.title.text(s.language)), .text(x.file), .number(Double(x.line)), .number(Double(x.column)),
                        text(x.columnName), text(x.question), text(x.value), .text(x.kind.code),
                        .text(RejectMessages.text(x.kind, s.language)),
                    ])
                }
            }
        }
        guard !rows.isEmpty else { return nil }
        let header = [s.t("Thành phần", "Component")] + InvalidAnswerReport.table([], language: s.language).headers
        return printable(sheet(s.t("Câu trả lời chuyển thành thiếu", "Answers set to missing"), header, rows, decimals: []))
    }

    /// The rejected rows, one per reject: component, file, line, column, column name, value,
    /// kind and the reason in the workbook's language (with the cell of a workbook batch).
    /// Nil when no row was rejected.
    static func rejects(_ m: ReportModel, style s: ReportStyle) -> XLSXSheet? {
        var rows: [[XLSXValue?]] = []
        for c in m.components {
            for r in c.rejects {
                rows.append([
                    .text(c.component.title.text(s.language)), .text(r.file), .number(Double(r.line)),
                    r.column > 0 ? .number(Double(r.column)) : nil, text(r.columnName), text(r.value), .text(r.kind.code),
                    .text(RejectMessages.reason(r, s.language)),
                ])
            }
        }
        guard !rows.isEmpty else { return nil }
        let header = [
            s.t("Thành phần", "Component"), s.t("Tệp", "File"), s.t("Dòng", "Line"), s.t("Cột", "Column"), s.t("Tên cột", "Column name"),
            s.t("Giá trị", "Value"), s.t("Loại", "Kind"), s.t("Lý do", "Reason"),
        ]
        return printable(sheet(s.t("Phiếu bị loại", "Rejected rows"), header, rows, decimals: []))
    }

    /// A case list made to print: the last column (the reason, often longer than its 60
    /// characters) wraps, each row as high as its lines; A4 landscape, fitted to the width, the
    /// header row on each page. (Unwrapped, Calc 7.4 printed a reason over four pages.)
    static func printable(_ table: XLSXSheet) -> XLSXSheet {
        var s = table
        guard let last = table.columnWidths.indices.last else { return s }
        s.wrapColumns = [last]
        let width = max(1, table.columnWidths[last] - 1)
        for (r, row) in table.rows.enumerated().dropFirst() {
            guard row.count > last, case let .text(t)? = row[last] else { continue }
            let lines = Int((Double(t.count) * 1.1 / width).rounded(.up))
            if lines > 1 { s.rowHeights[r] = 15 * Double(lines) }
        }
        s.landscape = true
        return s
    }
}
