import ParSurvey

/// `par-survey validate`: check batches, count rows, list rejects.
enum ValidateCommand: Subcommand {
    static let help = """
    Usage: par-survey validate FOLDER [options]
           par-survey validate --questionnaire FILE BATCH... [options]

    Checks every row of the batches against the questionnaire and reports, per batch,
    read = accepted + rejected, and each rejected row with file, line, column, value, reason.

    Options:
    \(BatchInput.help)
      --format, --output, --lang as for every command

    """
    static let valued = BatchInput.valued
    static let flags = BatchInput.flags

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let input = try BatchInput(args)
        let style = output.style
        let text: String
        switch style.format {
        case .json:
            text = JSONWriter.write(.object([
                ("components", .array(input.parts.map { p in
                    .object([
                        ("questionnaire", .string(p.questionnaire.id)),
                        ("accounting", AccountingReport.json(p.loaded.accounts)),
                        ("rejects", .array(p.loaded.rejects.map { r in
                            .object([("file", .string(r.file)), ("line", JSONWriter.int(r.line)), ("column", JSONWriter.int(r.column)),
                                     ("columnName", .string(r.columnName)), ("value", .string(r.value)), ("reason", .string(r.reason))])
                        })),
                    ])
                })),
            ]))
        case .csv:
            text = AccountingReport.rejectsCSV(input.allRejects)
        case .markdown:
            text = input.parts.map { p in
                "## " + MarkupEscaping.markdownCell(p.questionnaire.title.text(style.language)) + "\n\n" + AccountingReport.table(p.loaded.accounts, style: style).markdown()
            }.joined(separator: "\n")
        case .table:
            var s = ""
            for p in input.parts {
                s += p.questionnaire.title.text(style.language) + " (\(p.questionnaire.id))\n"
                s += AccountingReport.table(p.loaded.accounts, style: style).text()
                for r in p.loaded.rejects.prefix(50) { s += "  " + r.message + "\n" }
                if p.loaded.rejects.count > 50 { s += "  … \(p.loaded.rejects.count - 50) " + style.t("dòng bị loại khác (dùng --rejects FILE)", "more rejected rows (use --rejects FILE)") + "\n" }
                s += "\n"
            }
            text = s
        }
        try input.handleRejects(args, io: io, quietList: true)
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: style, io: io)
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
