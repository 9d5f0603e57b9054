import ParSurvey

/// `par-survey compare`: answers of one question, an element or all questions across a
/// grouping column, with shares, intervals, Holm-flagged groups and the Rao–Scott test.
enum CompareCommand: Subcommand {
    static let help = """
        Usage: par-survey compare FOLDER [--component satisfaction|leadership] [options]
               par-survey compare --questionnaire FILE BATCH... [options]

        Compares the distribution of answers across the levels of a column (communes by
        default): weighted counts and row percentages per answer category (missing answers
        apart), the satisfied share with its logit confidence interval per group, each group's
        difference from everyone's share (two-sided t test, Holm's correction over groups; ▼
        marks groups significantly below), and the Rao–Scott test of homogeneity (second-order
        F with ndf, ddf, p; first-order chi-square with its p), as R's svychisq.

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--by", "COLUMN", "grouping column (default commune; the unit and respondent-group", "columns work too)"),
            .value("--question", "ID", "one question (repeat, or comma-separate, for several)"),
            .value("--element", "ID", "every question of an element"),
            .flag("--all", "every question (the default)"),
        ]) + UncertaintyArguments.options + BatchInput.options + WeightingOption.options
        + OptionTable([
            .note("  --format, --output, --lang as for every command")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let options = try UncertaintyArguments.options(args)
        let questionIDs = (args.values["--question"] ?? []).flatMap { $0.split(separator: ",").map { TextKey.clean(String($0)) } }
        let elementIDs = (args.values["--element"] ?? []).flatMap { $0.split(separator: ",").map { TextKey.clean(String($0)) } }
        if args.flag("--all") && !(questionIDs.isEmpty && elementIDs.isEmpty) {
            throw UsageError(
                "--all goes alone, without --question or --element", vi: "--all dùng riêng, không kèm --question hoặc --element")
        }
        var input = try BatchInput(args)
        let plans = try WeightingOption.plans(args, input: &input)
        let by = args.value("--by") ?? "commune"
        var results: [ComparisonResult] = []
        var missingColumn: ComparisonError?
        for (part, plan) in zip(input.parts, plans) {
            let q = part.questionnaire
            var indices: [Int] = []
            for id in questionIDs { if let i = q.questionIndex(id) { indices.append(i) } }
            for id in elementIDs {
                guard let e = q.elements.firstIndex(where: { TextKey.key($0.id) == TextKey.key(id) }) else { continue }
                indices += q.questions.indices.filter { q.questions[$0].elementIndex == e }
            }
            if questionIDs.isEmpty && elementIDs.isEmpty { indices = Array(q.questions.indices) }
            if indices.isEmpty { continue }
            let (weighted, _) = try ComponentWeighting.weigh(part.loaded.table, columns: part.columns, plan: plan)
            var column = by
            if part.unitColumn.map({ TextKey.key($0) == TextKey.key(by) }) == true { column = "unit" }
            if part.groupColumn.map({ TextKey.key($0) == TextKey.key(by) }) == true { column = "group" }
            var result: ComparisonResult
            do {
                result = try GroupComparison.compare(weighted, by: column, questions: indices, options: options)
            } catch {
                // A folder's other component may lack the column (leaders have no commune).
                guard input.parts.count > 1 else { throw error }
                io.err(
                    CommandMessages.skipped(q.id, reason: ErrorMessages.message(for: error)).text(output.style.language) + "\n")
                missingColumn = missingColumn ?? error
                continue
            }
            if column != by { result.groupedBy = by }
            result.accounts = part.loaded.accounts
            results.append(result)
        }
        if results.isEmpty, let e = missingColumn { throw e }
        if results.isEmpty {
            let asked = (questionIDs + elementIDs).joined(separator: ", ")
            throw UsageError(
                "no question or element '\(asked)' in the questionnaire\(input.parts.count == 1 ? "" : "s")",
                vi: "bảng hỏi không có câu hỏi hoặc nội dung “\(asked)”")
        }
        try input.handleRejects(args, io: io)
        let text: String
        if output.style.format == .json && results.count > 1 {
            text = JSONWriter.write(.array(results.map(ComparisonReport.json)))
        } else {
            text = results.map { ComparisonReport.render($0, style: output.style.naming(total: input.totalLabel)) }.joined(separator: "\n")
        }
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
