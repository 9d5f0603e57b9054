import ParSurvey

/// `par-survey score`: one component's indices and points per unit or per `--by` column.
enum ScoreCommand: Subcommand {
    static let help = """
        Usage: par-survey score FOLDER [--component satisfaction|leadership] [options]
               par-survey score --questionnaire FILE BATCH... [options]

        Scores a survey component: criterion indices (share satisfied or mean credit among valid
        answers), element and overall indices, and points = max points × index, per unit (or per
        --by column) and for all respondents together.

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--by", "COLUMN", "group by this column (e.g. commune) instead of the unit")
        ]) + UncertaintyArguments.options + BatchInput.options + WeightingOption.options
        + OptionTable([
            .note("  --format, --output, --lang as for every command")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let uncertainty = try UncertaintyArguments.options(args)
        let progress = ProgressDisplay(io: io, quiet: args.flag("--quiet"), language: output.style.language)
        defer { progress.finish() }
        var input = try BatchInput(args, progress: progress)
        let plans = try WeightingOption.plans(args, input: &input)
        progress.stage("scoring")
        var results: [ComponentResult] = []
        for (p, plan) in zip(input.parts, plans) {
            results.append(
                try ComponentWeighting.score(
                    p.loaded, columns: p.columns, plan: plan, groupBy: args.value("--by"),
                    uncertainty: uncertainty))
        }
        progress.finish()
        try input.handleRejects(args, io: io)
        let text: String
        if output.style.format == .json && results.count > 1 {
            text = JSONWriter.write(.array(results.map(ComponentReport.json)))
        } else {
            text = results.map { ComponentReport.render($0, style: output.style.naming(total: input.totalLabel)) }.joined(separator: "\n")
        }
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: output.style, io: io)
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
