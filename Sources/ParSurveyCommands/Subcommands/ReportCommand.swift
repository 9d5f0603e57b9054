import Foundation
import ParSurvey

/// `par-survey report FOLDER` (and `run FOLDER --format html`): the run as one self-contained
/// HTML page with charts, or as Markdown.
enum ReportCommand: Subcommand {
    static let help = """
        Usage: par-survey report FOLDER [--format html|markdown] [--output FILE] [--lang vi|en] [options]

        Runs FOLDER/survey.json as 'run' does and writes a report people can read, print on A4
        and attach to a decision: the ranked index table (with intervals and rank ranges), a bar
        per unit split into its three components, each unit's criteria and elements with
        confidence intervals (lowest first), diverging stacked bars of the answers across units
        and across each unit's communes with Rao–Scott tests and Holm-flagged communes, row
        accounting, weighting diagnostics, and every input file with its size and SHA-256.
        HTML (default): one file, inline CSS and SVG, no scripts, nothing fetched. Markdown: the
        same tables, charts as tables. No clock time appears unless given, so the same input
        gives the same bytes. 'run FOLDER --format html' does the same.

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--date", "YYYY-MM-DD", "date printed on the report (default: SOURCE_DATE_EPOCH if set,", "else today, UTC)"),
            .value("--by", "COLUMN", "column compared within each unit (default commune)"),
            .value("--district", "NAME", "show this unit's communes question by question"),
            .value("--rejects", "FILE", "write rejected rows as CSV"),
            InvalidAnswerOutput.option,
            .flag("--strict", "any rejected row is a failure (exit 65)"),
            .value("--seed", "N", "seed of the rank simulation (default \(RankSimulation.defaultSeed))"),
            .value("--exclude-flagged", "RULES", "leave out forms the audit flags (as 'run'; see 'par-survey audit --help')"),
            .flag("--quiet", "no progress line on a terminal during long runs"),
        ]) + UncertaintyArguments.options + ReadOptionArguments.options
        + OptionTable([
            .note(
                "  --format html|markdown, --output FILE, --lang vi|en",
                "  --format xlsx|docx --output FILE   workbook of the report's tables / the annex in Word")
        ]) + AuditArguments.tuning
    static let outputOptions = OutputOptions.table(formats: ["html", "markdown", "xlsx", "docx"], context: " for a report")

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else {
            throw UsageError("give exactly one run folder (or survey.json)", vi: "nêu đúng một thư mục dữ liệu (hoặc tệp survey.json)")
        }
        let format = args.value("--format") ?? "html"
        guard ["html", "markdown", "xlsx", "docx"].contains(format) else {
            throw UsageError(
                "--format must be html, markdown, xlsx or docx for a report, not '\(format)'",
                vi: "--format của báo cáo phải là html, markdown, xlsx hoặc docx, không phải “\(format)”")
        }
        let date: ReportDate?
        switch ReportDate.resolve(option: args.value("--date"), environment: ProcessInfo.processInfo.environment) {
        case let .success(d): date = d ?? ReportDate.today()  // printed pages carry a date
        case let .failure(p): throw UsageError(p.localized.en, vi: p.localized.vi)
        }
        var seed = RankSimulation.defaultSeed
        if let s = args.value("--seed") {
            guard let v = UInt64(s) else {
                throw UsageError("--seed must be a whole number, not '\(s)'", vi: "--seed phải là số nguyên, không phải “\(s)”")
            }
            seed = v
        }
        let uncertainty = try UncertaintyArguments.options(args)
        let read = try ReadOptionArguments.parse(args)
        let audit = try RunAudit(args)
        let progress = ProgressDisplay(io: io, quiet: args.flag("--quiet"), language: output.style.language)
        defer { progress.finish() }
        progress.stage("reading")
        let result = try ParIndexRun.run(
            path: args.positionals[0], read: read, uncertainty: uncertainty, rankSeed: seed,
            progress: { progress.reading($0) }, prepare: audit?.prepare)
        progress.finish()
        let sensitivity = try audit?.report(
            path: args.positionals[0], read: read, uncertainty: uncertainty, seed: seed, after: result, output: output, io: io)
        let m = result.manifest
        let inputs =
            [m.path] + m.components.flatMap { [$0.questionnaire] + $0.batches + ($0.weighting.map { [$0] } ?? []) }
            + [m.selfAssessment, m.previous].compactMap { $0 }
        let rejects = result.rejects
        if let p = args.value("--rejects") {
            try OutputFile.write(AccountingReport.rejectsCSV(rejects, language: output.style.language), to: p, inputs: inputs)
        }
        try InvalidAnswerOutput.write(
            args, accounts: result.components.flatMap(\.accounts), language: output.style.language, inputs: inputs)
        if !rejects.isEmpty {
            io.err(
                "par-survey: \(rejects.count) row\(rejects.count == 1 ? "" : "s") rejected"
                    + (args.value("--rejects") == nil ? " (list them with --rejects FILE)" : "") + "\n")
            if args.flag("--strict") { throw StrictFailure(count: rejects.count) }
        }
        progress.stage("scoring")
        var model = try ReportModel.build(
            result,
            options: ReportOptions(
                date: date, groupBy: args.value("--by") ?? "commune", focusUnit: args.value("--district"),
                toolVersion: ParSurveyCommand.version, uncertainty: uncertainty))
        if let audit, let sensitivity { model.audit = AuditReport.sections(audit.audits, sensitivity: sensitivity) }
        model.invalidAnswers = result.components.compactMap { InvalidAnswerReport.section($0.accounts, questionnaire: $0.questionnaire) }
        progress.finish()
        if output.xlsx || output.docx {
            try OfficeOutput.write(result, model: model, uncertainty: uncertainty, output: output, inputs: inputs)
            return 0
        }
        let style = output.style.naming(total: m.totalLabel)
        let text = format == "html" ? HTMLReport.render(model, style: style) : MarkdownReport.render(model, style: style)
        try output.emit(text, io: io, inputs: inputs)
        return 0
    }
}
