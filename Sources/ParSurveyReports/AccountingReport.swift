import ParSurveyIO
import ParSurveyModel
/// Row accounting (read = accepted + rejected) per batch and in total, in every format.
public enum AccountingReport {
    /// The accounting table.
    public static func table(_ accounts: [BatchAccount], style: ReportStyle) -> TextTable {
        var t = TextTable(headers: [style.t("Tệp", "Batch"), style.t("Đọc", "Read"), style.t("Nhận", "Accepted"), style.t("Loại", "Rejected")])
        for a in accounts { t.add([a.file, style.count(a.read), style.count(a.accepted), style.count(a.rejected)]) }
        let s = BatchAccount.total(accounts)
        t.add([style.t("Tổng", "Total"), style.count(s.read), style.count(s.accepted), style.count(s.rejected)])
        if s.excluded > 0 {  // --approved-only: read = accepted + rejected + excluded
            t.headers.append(style.t("Bỏ qua (chưa duyệt)", "Excluded (not approved)"))
            for i in t.rows.indices { t.rows[i].append(style.count(i < accounts.count ? accounts[i].excluded : s.excluded)) }
            t.alignments.append(.right)
        }
        return t
    }

    /// One summary line plus the per-batch table, as text.
    public static func text(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        let s = BatchAccount.total(accounts)
        let excluded = s.excluded > 0 ? style.t(" + bỏ qua (chưa duyệt) \(style.count(s.excluded))", " + excluded (not approved) \(style.count(s.excluded))") : ""
        return style.t("Phiếu: đọc \(style.count(s.read)) = nhận \(style.count(s.accepted)) + loại \(style.count(s.rejected))",
                       "Rows: read \(style.count(s.read)) = accepted \(style.count(s.accepted)) + rejected \(style.count(s.rejected))") + excluded + "\n"
            + table(accounts, style: style).text()
    }

    /// As Markdown.
    public static func markdown(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        "### " + style.t("Số phiếu", "Row accounting") + "\n\n" + table(accounts, style: style).markdown()
    }

    /// As JSON: batches and total.
    public static func json(_ accounts: [BatchAccount]) -> JSONValue {
        let s = BatchAccount.total(accounts)
        // "excluded" appears when --approved-only left rows out (read = accepted + rejected + excluded)
        func counts(_ a: BatchAccount) -> [(key: String, value: JSONValue)] {
            [("read", JSONWriter.int(a.read)), ("accepted", JSONWriter.int(a.accepted)), ("rejected", JSONWriter.int(a.rejected))]
                + (s.excluded > 0 ? [("excluded", JSONWriter.int(a.excluded))] : []) + [("blankLines", JSONWriter.int(a.blankLines))]
        }
        return .object([
            ("batches", .array(accounts.map { .object([("file", .string($0.file))] + counts($0)) })),
            ("total", .object(counts(s))),
        ])
    }

    /// Rejects as CSV: `file,line,column,columnName,value,reason`.
    public static func rejectsCSV(_ rejects: [Reject]) -> String {
        var t = TextTable(headers: ["file", "line", "column", "columnName", "value", "reason"])
        for r in rejects { t.add([r.file, String(r.line), String(r.column), r.columnName, r.value, r.reason]) }
        return t.csv()
    }
}
