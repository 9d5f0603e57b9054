import ParSurvey

/// Row accounting for output formats that cannot carry it: CSV output is one table, so
/// `read = accepted + rejected` per batch and in total goes to standard error instead.
/// (Table, Markdown and JSON output include the accounting themselves.)
enum AccountingNotice {
    /// Writes each component's accounting to stderr when the format is CSV (or `always`, for
    /// commands whose output is files).
    static func emit(
        _ parts: [(title: LocalizedText, accounts: [BatchAccount])], style: ReportStyle, io: CommandIO,
        always: Bool = false
    ) {
        guard style.format == .csv || always else { return }
        let text = ReportStyle(format: .table, language: style.language)
        for p in parts {
            io.err(TerminalText.escape(p.title.text(style.language)) + "\n" + AccountingReport.text(p.accounts, style: text))
        }
    }
}
