/// Row accounting (read = accepted + rejected) per batch and in total, in every format.
public enum AccountingReport {
    static func total(_ accounts: [BatchAccount]) -> BatchAccount {
        accounts.reduce(into: BatchAccount(file: "")) {
            $0.read += $1.read
            $0.accepted += $1.accepted
            $0.rejected += $1.rejected
            $0.blankLines += $1.blankLines
        }
    }

    /// The accounting table.
    public static func table(_ accounts: [BatchAccount], style: ReportStyle) -> TextTable {
        var t = TextTable(headers: [style.t("Tệp", "Batch"), style.t("Đọc", "Read"), style.t("Nhận", "Accepted"), style.t("Loại", "Rejected")])
        for a in accounts { t.add([a.file, style.count(a.read), style.count(a.accepted), style.count(a.rejected)]) }
        let s = total(accounts)
        t.add([style.t("Tổng", "Total"), style.count(s.read), style.count(s.accepted), style.count(s.rejected)])
        return t
    }

    /// One summary line plus the per-batch table, as text.
    public static func text(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        let s = total(accounts)
        return style.t("Phiếu: đọc \(style.count(s.read)) = nhận \(style.count(s.accepted)) + loại \(style.count(s.rejected))",
                       "Rows: read \(style.count(s.read)) = accepted \(style.count(s.accepted)) + rejected \(style.count(s.rejected))") + "\n"
            + table(accounts, style: style).text()
    }

    /// As Markdown.
    public static func markdown(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        "### " + style.t("Số phiếu", "Row accounting") + "\n\n" + table(accounts, style: style).markdown()
    }

    /// As JSON: batches and total.
    public static func json(_ accounts: [BatchAccount]) -> JSONValue {
        func one(_ a: BatchAccount) -> JSONValue {
            .object([("file", .string(a.file)), ("read", JSONWriter.int(a.read)), ("accepted", JSONWriter.int(a.accepted)),
                     ("rejected", JSONWriter.int(a.rejected)), ("blankLines", JSONWriter.int(a.blankLines))])
        }
        let s = total(accounts)
        return .object([
            ("batches", .array(accounts.map(one))),
            ("total", .object([("read", JSONWriter.int(s.read)), ("accepted", JSONWriter.int(s.accepted)),
                               ("rejected", JSONWriter.int(s.rejected)), ("blankLines", JSONWriter.int(s.blankLines))])),
        ])
    }

    /// Rejects as CSV: `file,line,column,columnName,value,reason`.
    public static func rejectsCSV(_ rejects: [Reject]) -> String {
        var t = TextTable(headers: ["file", "line", "column", "columnName", "value", "reason"])
        for r in rejects { t.add([r.file, String(r.line), String(r.column), r.columnName, r.value, r.reason]) }
        return t.csv()
    }
}
