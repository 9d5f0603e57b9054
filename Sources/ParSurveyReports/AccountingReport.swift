import ParSurveyIO
import ParSurveyModel
/// Row accounting (read = accepted + rejected + excluded) per batch and in total, in every
/// format; excluded forms split by reason: not approved (`--approved-only`) and each audit
/// rule (`--exclude-flagged`), the columns adding up to `excluded`.
public enum AccountingReport {
    /// The audit rules that excluded forms, in id order.
    static func rules(_ total: BatchAccount) -> [String] { total.excludedByRule.filter { $0.value > 0 }.keys.sorted() }

    /// The accounting table.
    public static func table(_ accounts: [BatchAccount], style: ReportStyle) -> TextTable {
        var t = TextTable(headers: [
            style.t("Tệp", "Batch"), style.t("Đọc", "Read"), style.t("Nhận", "Accepted"), style.t("Loại", "Rejected"),
        ])
        for a in accounts { t.add([a.file, style.count(a.read), style.count(a.accepted), style.count(a.rejected)]) }
        let s = BatchAccount.total(accounts)
        t.add([style.t("Tổng", "Total"), style.count(s.read), style.count(s.accepted), style.count(s.rejected)])
        func row(_ i: Int) -> BatchAccount { i < accounts.count ? accounts[i] : s }
        if s.excludedNotApproved > 0 {  // --approved-only: read = accepted + rejected + excluded
            t.headers.append(style.t("Bỏ qua (chưa duyệt)", "Excluded (not approved)"))
            for i in t.rows.indices { t.rows[i].append(style.count(row(i).excludedNotApproved)) }
            t.alignments.append(.right)
        }
        for rule in rules(s) {  // --exclude-flagged: one column per audit rule
            t.headers.append(style.t("Bỏ ra (cờ \(rule))", "Excluded (audit \(rule))"))
            for i in t.rows.indices { t.rows[i].append(style.count(row(i).excludedByRule[rule] ?? 0)) }
            t.alignments.append(.right)
        }
        if s.answersSetToMissing > 0 {  // invalidAnswer "missing": answers (not rows) set to missing
            t.headers.append(style.t("Câu trả lời chuyển thành thiếu", "Answers set to missing"))
            for i in t.rows.indices { t.rows[i].append(style.count(row(i).answersSetToMissing)) }
            t.alignments.append(.right)
        }
        return t
    }

    /// One summary line plus the per-batch table, as text.
    public static func text(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        let s = BatchAccount.total(accounts)
        var excluded =
            s.excludedNotApproved > 0
            ? style.t(
                " + bỏ qua (chưa duyệt) \(style.count(s.excludedNotApproved))",
                " + excluded (not approved) \(style.count(s.excludedNotApproved))") : ""
        for rule in rules(s) {
            let n = style.count(s.excludedByRule[rule] ?? 0)
            excluded += style.t(" + bỏ ra (cờ \(rule)) \(n)", " + excluded (audit \(rule)) \(n)")
        }
        excluded += InvalidAnswerReport.summary(s, style: style)
        return style.t(
            "Phiếu: đọc \(style.count(s.read)) = nhận \(style.count(s.accepted)) + loại \(style.count(s.rejected))",
            "Rows: read \(style.count(s.read)) = accepted \(style.count(s.accepted)) + rejected \(style.count(s.rejected))") + excluded
            + "\n"
            + table(accounts, style: style).text(width: style.width)
    }

    /// As Markdown.
    public static func markdown(_ accounts: [BatchAccount], style: ReportStyle) -> String {
        "### " + style.t("Số phiếu", "Row accounting") + "\n\n" + table(accounts, style: style).markdown()
    }

    /// As JSON: batches and total.
    public static func json(_ accounts: [BatchAccount]) -> JSONValue {
        let s = BatchAccount.total(accounts)
        // "excluded" appears when --approved-only or --exclude-flagged left rows out (read =
        // accepted + rejected + excluded); "excludedBy" splits it by reason when the audit did.
        let rules = rules(s)
        func counts(_ a: BatchAccount) -> [(key: String, value: JSONValue)] {
            var by: [(key: String, value: JSONValue)] = [("notApproved", JSONWriter.int(a.excludedNotApproved))]
            for r in rules { by.append((r, JSONWriter.int(a.excludedByRule[r] ?? 0))) }
            return [("read", JSONWriter.int(a.read)), ("accepted", JSONWriter.int(a.accepted)), ("rejected", JSONWriter.int(a.rejected))]
                + (s.excluded > 0 ? [("excluded", JSONWriter.int(a.excluded))] : [])
                + (rules.isEmpty ? [] : [("excludedBy", .object(by))])
                + [("blankLines", JSONWriter.int(a.blankLines))]
                + (s.answersSetToMissing > 0 ? InvalidAnswerReport.jsonCounts(a) : [])
        }
        return .object([
            ("batches", .array(accounts.map { .object([("file", .string($0.file))] + counts($0)) })),
            ("total", .object(counts(s))),
        ])
    }

    /// Rejects as CSV: `file,line,column,columnName,value,reason,kind,message` — the reason
    /// in English as always, the kind's code, and the reason in `language`.
    public static func rejectsCSV(_ rejects: [Reject], language: Language = .en) -> String {
        var t = TextTable(headers: ["file", "line", "column", "columnName", "value", "reason", "kind", "message"])
        for r in rejects {
            t.add([
                r.file, String(r.line), String(r.column), r.columnName, r.value, r.reason, r.kind.code,
                RejectMessages.reason(r, language),
            ])
        }
        return t.csv()
    }
}
