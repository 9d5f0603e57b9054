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
                                .object([
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
                                                    ("reason", .string(r.reason)),
                                                ])
                                            })
                                    ),
                                ])
                            })
                    )
                ]))
        case .csv:
            text = AccountingReport.rejectsCSV(input.allRejects)
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
                s += AccountingReport.table(p.loaded.accounts, style: style).text()
                for r in p.loaded.rejects.prefix(50) { s += "  " + TerminalText.escape(r.message) + "\n" }
                if p.loaded.rejects.count > 50 {
                    s +=
                        "  … \(p.loaded.rejects.count - 50) "
                        + style.t("dòng bị loại khác (dùng --rejects FILE)", "more rejected rows (use --rejects FILE)") + "\n"
                }
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
}
