import ParSurvey

/// `par-survey validate`: check batches, count rows, list rejects.
enum ValidateCommand: Subcommand {
    static let help = """
        Usage: par-survey validate FOLDER [options]
               par-survey validate --questionnaire FILE BATCH... [options]

        Checks every row of the batches against the questionnaire and reports, per batch,
        read = accepted + rejected, and each rejected row with file, line, column, value, reason.
        With a weighting plan (the manifest's, or --weighting), also applies it and shows its
        diagnostics; a plan that cannot be applied is a failure (exit 65).

        Options:
        \(options.help)

        """
    static let options =
        BatchInput.options + WeightingOption.options
        + OptionTable([
            .note("  --format, --output, --lang as for every command")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let progress = ProgressDisplay(io: io, quiet: args.flag("--quiet"), language: output.style.language)
        defer { progress.finish() }
        var input = try BatchInput(args, progress: progress)
        progress.finish()
        let plans = try WeightingOption.plans(args, input: &input)
        // weighting: diagnostics to show, or the first failure (reported after the accounting)
        var diagnostics: [WeightingDiagnostics?] = []
        var failure: WeightingError?
        for (p, plan) in zip(input.parts, plans) {
            do throws(WeightingError) {
                diagnostics.append(try ComponentWeighting.weigh(p.loaded.table, columns: p.columns, plan: plan).1)
            } catch {
                diagnostics.append(nil)
                if failure == nil { failure = error }
            }
        }
        let style = output.style
        let text: String
        switch style.format {
        case .json:
            text = JSONWriter.write(
                .object([
                    (
                        "components",
                        .array(
                            zip(input.parts, diagnostics).map { p, d in
                                .object(
                                    [
                                        ("questionnaire", .string(p.questionnaire.id)),
                                        ("accounting", AccountingReport.json(p.loaded.accounts)),
                                        ("weightingDiagnostics", d.map(WeightingReport.json) ?? .null),
                                        (
                                            "rejects",
                                            .array(
                                                p.loaded.rejects.map { r in
                                                    .object([
                                                        ("file", .string(r.file)), ("line", JSONWriter.int(r.line)),
                                                        ("column", JSONWriter.int(r.column)),
                                                        ("columnName", .string(r.columnName)), ("value", .string(r.value)),
                                                        ("reason", .string(r.reason)), ("kind", .string(r.kind.code)),
                                                        ("message", .string(RejectMessages.reason(r, style.language))),
                                                    ])
                                                })
                                        ),
                                    ] + invalidAnswersJSON(p.loaded.accounts, style.language))
                            })
                    )
                ]))
        case .csv:
            text = AccountingReport.rejectsCSV(input.allRejects, language: style.language)
        case .markdown:
            text = zip(input.parts, diagnostics).map { p, d in
                "## " + MarkupEscaping.markdownCell(p.questionnaire.title.text(style.language)) + "\n\n"
                    + AccountingReport.table(p.loaded.accounts, style: style).markdown()
                    + (d.map { "\n" + WeightingReport.render($0, style: style) } ?? "")
            }.joined(separator: "\n")
        case .table:
            var s = ""
            for (p, d) in zip(input.parts, diagnostics) {
                s += TerminalText.escape(p.questionnaire.title.text(style.language)) + " (\(p.questionnaire.id))\n"
                s += AccountingReport.table(p.loaded.accounts, style: style).text(width: style.width)
                for r in p.loaded.rejects.prefix(50) { s += "  " + TerminalText.escape(RejectMessages.message(r, style.language)) + "\n" }
                if p.loaded.rejects.count > 50 {
                    s +=
                        "  … \(p.loaded.rejects.count - 50) "
                        + style.t("dòng bị loại khác (dùng --rejects TỆP)", "more rejected rows (use --rejects FILE)") + "\n"
                }
                s += invalidAnswersText(p.loaded.accounts, style)
                if let d { s += WeightingReport.render(d, style: style) }
                s += "\n"
            }
            text = s
        }
        try input.handleRejects(args, io: io, quietList: true)
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: style, io: io)
        try output.emit(text, io: io, inputs: input.inputs)
        if let failure { throw failure }
        return 0
    }

    /// The `invalidAnswers` key of a component's JSON, when answers were set to missing.
    private static func invalidAnswersJSON(_ accounts: [BatchAccount], _ language: Language) -> [(key: String, value: JSONValue)] {
        let cases = BatchAccount.total(accounts).invalidAnswers
        return cases.isEmpty ? [] : [("invalidAnswers", InvalidAnswerReport.json(cases, language: language))]
    }

    /// Up to 50 answers set to missing, one line each, for the table output.
    private static func invalidAnswersText(_ accounts: [BatchAccount], _ style: ReportStyle) -> String {
        let cases = BatchAccount.total(accounts).invalidAnswers
        if cases.isEmpty { return "" }
        var s = style.t("  Câu trả lời không hợp lệ, tính là thiếu:\n", "  Invalid answers counted as missing:\n")
        for c in cases.prefix(50) {
            let line =
                "\(c.file):\(c.line):\(c.column): " + RejectMessages.text(c.kind, style.language)
                + style.t(" (câu hỏi '\(c.question)', giá trị '\(c.value)')", " (question '\(c.question)', value '\(c.value)')")
            s += "    " + TerminalText.escape(line) + "\n"
        }
        if cases.count > 50 {
            s +=
                "    … \(cases.count - 50) " + style.t("trường hợp khác (dùng --invalid-answers FILE)", "more (use --invalid-answers FILE)")
                + "\n"
        }
        return s
    }
}
