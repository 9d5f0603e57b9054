import ParSurvey

/// `par-survey weight`: apply a weighting plan and write each respondent's final weight.
enum WeightCommand: Subcommand {
    static let help = """
        Usage: par-survey weight FOLDER [--component satisfaction|leadership] [--weighting FILE] [options]
               par-survey weight --questionnaire FILE BATCH... --weighting FILE [options]

        Applies a weighting plan (design weights, post-stratification, raking, trimming, group
        shares, normalisation; see docs/WEIGHTING.md) and writes every respondent's final weight
        as `id,weight` CSV (the default; the diagnostics then go to standard error). With
        --format json: the weights and the diagnostics (per unit and overall: respondents, sum
        of weights, min/mean/max, Kish design effect, effective sample size, trimmed weights,
        raking sweeps, largest margin error). --format table or markdown: the diagnostics only.

        Options:
        \(options.help)

        """
    static let options =
        BatchInput.options + WeightingOption.options
        + OptionTable([
            .note("  --format csv|json|table|markdown (default csv), --output FILE, --lang vi|en")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        var input = try BatchInput(args)
        let plans = try WeightingOption.plans(args, input: &input)
        var style = output.style.naming(total: input.totalLabel)
        if args.value("--format") == nil { style.format = .csv }
        if style.format == .csv && input.parts.count > 1 {
            throw UsageError(
                "the folder has \(input.parts.count) components: choose one with --component satisfaction|leadership, or use --format json",
                vi: "thư mục có \(input.parts.count) thành phần: chọn một bằng --component satisfaction|leadership, hoặc dùng --format json"
            )
        }
        var results: [WeightingResult] = []
        for (p, path) in zip(input.parts, plans) {
            let plan =
                try path.map { p throws(WeightingError) in try WeightingPlan.load(path: p) }
                ?? WeightingPlan(
                    path: "", description: style.t("trọng số thiết kế, không có kế hoạch gia quyền", "design weights, no weighting plan"),
                    steps: [])
            results.append(try WeightingEngine.apply(plan, to: p.loaded.table, columns: p.columns))
        }
        try input.handleRejects(args, io: io)
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: style, io: io, always: true)
        let text: String
        switch style.format {
        case .csv:
            text = WeightingReport.weightsCSV(results[0].weighted)
            var diagStyle = style
            diagStyle.format = .table
            io.err(WeightingReport.render(results[0].diagnostics, style: diagStyle))
        case .json:
            text = JSONWriter.write(
                .object([
                    (
                        "components",
                        .array(
                            zip(input.parts, results).map { p, r in
                                .object([
                                    ("questionnaire", .string(p.questionnaire.id)),
                                    ("component", .string(p.questionnaire.component.rawValue)),
                                    ("weighting", .string(r.weighted.method)),
                                    ("diagnostics", WeightingReport.json(r.diagnostics)),
                                    ("weights", WeightingReport.weightsJSON(r.weighted)),
                                ])
                            })
                    )
                ]))
        case .table, .markdown:
            text = zip(input.parts, results).map { p, r in
                (style.format == .markdown
                    ? "## " + MarkupEscaping.markdownCell(p.questionnaire.title.text(style.language))
                    : p.questionnaire.title.text(style.language)) + "\n"
                    + (style.format == .markdown ? "\n" : "") + WeightingReport.render(r.diagnostics, style: style)
            }.joined(separator: "\n")
        }
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
