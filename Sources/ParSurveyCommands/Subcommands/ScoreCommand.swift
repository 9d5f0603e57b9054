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
      --by COLUMN              group by this column (e.g. commune) instead of the unit
    \(BatchInput.help)
      --format, --output, --lang as for every command

    """
    static let valued = BatchInput.valued.union(["--by"])
    static let flags = BatchInput.flags

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let input = try BatchInput(args)
        if input.parts.count > 1 && output.style.format == .json {
            // one JSON document: an array of components
        }
        var results: [ComponentResult] = []
        for p in input.parts {
            let weighted = WeightedResponses.designWeights(p.loaded.table)
            results.append(try ComponentScorer.score(weighted, groupBy: args.value("--by"),
                                                     accounts: p.loaded.accounts, rejects: p.loaded.rejects))
        }
        try input.handleRejects(args, io: io)
        let text: String
        if output.style.format == .json && results.count > 1 {
            text = JSONWriter.write(.array(results.map(ComponentReport.json)))
        } else {
            text = results.map { ComponentReport.render($0, style: output.style) }.joined(separator: "\n")
        }
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: output.style, io: io)
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
