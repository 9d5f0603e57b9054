import ParSurvey

/// `par-survey run FOLDER`: the main job, from a manifest to the ranked index table.
enum RunCommand: Subcommand {
    static let help = """
        Usage: par-survey run FOLDER [options]

        Reads FOLDER/survey.json (questionnaires, survey batches, column mapping,
        self-assessment, previous year), scores the satisfaction (30) and leadership (10)
        components per unit, adds the appraised self-assessment (60), and prints the
        100-point PAR Index table ranked by total (ties share a rank). A component with a
        "weighting" plan is scored with its weights; the weighting diagnostics follow the table.

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--rejects", "FILE", "write rejected rows as CSV"),
            InvalidAnswerOutput.option,
        ]) + UncertaintyArguments.options
        + OptionTable([
            .value("--seed", "N", "seed of the rank simulation (default \(RankSimulation.defaultSeed))"),
            .flag("--strict", "any rejected row is a failure (exit 65)"),
            .value(
                "--exclude-flagged", "RULES", "leave out forms the audit flags under RULES (see 'par-survey audit",
                "--help' for rules and thresholds); the forms left out per reason",
                "and how each unit's points and rank move go to standard error"),
        ]) + ReadOptionArguments.options
        + OptionTable([
            .flag("--quiet", "no progress line on a terminal during long runs"),
            .note(
                "  --format table|csv|json|markdown, --output FILE, --lang vi|en",
                "  --format html            the HTML report ('par-survey report', see its --help)",
                "  --format xlsx --output F.xlsx   a workbook: annex, index, components, criteria,",
                "                           comparisons, accounting (one sheet each, numbers as numbers)",
                "  --format docx --output F.docx   the decision annex as a Word document"),
        ]) + AuditArguments.tuning
    static let outputOptions = OutputOptions.table(formats: OutputOptions.allFormats)

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else {
            throw UsageError("give exactly one run folder (or survey.json)", vi: "nêu đúng một thư mục dữ liệu (hoặc tệp survey.json)")
        }
        let uncertainty = try UncertaintyArguments.options(args)
        var seed = RankSimulation.defaultSeed
        if let s = args.value("--seed") {
            guard let v = UInt64(s) else {
                throw UsageError("--seed must be a whole number, not '\(s)'", vi: "--seed phải là số nguyên, không phải “\(s)”")
            }
            seed = v
        }
        let read = try ReadOptionArguments.parse(args)
        let progress = ProgressDisplay(io: io, quiet: args.flag("--quiet"), language: output.style.language)
        progress.stage("reading")
        let result: ParIndexRun
        let audit = try RunAudit(args)
        do {
            defer { progress.finish() }
            if let audit {
                result = try ParIndexRun.run(
                    path: args.positionals[0], read: read, uncertainty: uncertainty, rankSeed: seed,
                    progress: { progress.reading($0) }, prepare: audit.prepare)
            } else {
                var job = ParIndexJob(manifestPath: args.positionals[0])
                job.read = read
                job.uncertainty = uncertainty
                job.rankSeed = seed
                result = try job.run { progress.reading($0) }
            }
        }
        try audit?.report(
            path: args.positionals[0], read: read, uncertainty: uncertainty, seed: seed, after: result, output: output, io: io)
        let inputs =
            [result.manifest.path] + result.manifest.components.flatMap { [$0.questionnaire] + $0.batches }
            + [result.manifest.selfAssessment, result.manifest.previous].compactMap { $0 }
        let rejects = result.rejects
        if let p = args.value("--rejects") {
            try OutputFile.write(AccountingReport.rejectsCSV(rejects, language: output.style.language), to: p, inputs: inputs)
        }
        try InvalidAnswerOutput.write(
            args, accounts: result.components.flatMap(\.accounts), language: output.style.language, inputs: inputs)
        if !rejects.isEmpty {
            io.err(CommandMessages.rejected(rejects.count, listed: args.value("--rejects") != nil).text(output.style.language) + "\n")
            for r in rejects.prefix(5) { io.err("  " + TerminalText.escape(RejectMessages.message(r, output.style.language)) + "\n") }
            if args.flag("--strict") { throw StrictFailure(count: rejects.count) }
        }
        if output.xlsx || output.docx {
            AccountingNotice.emit(result.components.map { ($0.questionnaire.title, $0.accounts) }, style: output.style, io: io)
            try OfficeOutput.write(result, model: nil, uncertainty: uncertainty, output: output, inputs: inputs)
            return 0
        }
        let text = IndexReport.render(
            result.table, title: result.manifest.title, components: result.components,
            style: output.style.naming(total: result.manifest.totalLabel), year: result.manifest.year)
        AccountingNotice.emit(result.components.map { ($0.questionnaire.title, $0.accounts) }, style: output.style, io: io)
        try output.emit(text, io: io, inputs: inputs)
        return 0
    }
}
