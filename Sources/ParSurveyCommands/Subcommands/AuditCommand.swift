import ParSurvey

/// `par-survey audit`: data-quality rules over the accepted forms (duplicates,
/// straight-lining, timing, interviewer effects, frame, unit anomalies), with flags, and
/// with `--exclude-flagged` the scores with and without the flagged forms.
enum AuditCommand: Subcommand {
    static let help = """
        Usage: par-survey audit FOLDER [--component satisfaction|leadership] [options]
               par-survey audit --questionnaire FILE BATCH... [options]

        Checks the accepted forms before anything is weighted, by the rules of docs/AUDIT.md:
        duplicate and near-duplicate answer vectors (with the number of pairs expected by
        chance), straight-lining, timing (fast forms, bursts from one device, interviewer or
        unit, forms outside --period) where the batches have times, interviewer effects
        (Rao–Scott test against the rest of the unit, Holm-corrected; intra-interviewer
        correlation) where an interviewer or device column exists, respondents missing from
        --frame, and units with an implausible satisfied share or spread. Each flag has a rule
        id, a severity (low, medium, high) and its evidence; JSON and CSV name every flagged form
        by respondent id, batch file and line.

        Options:
        \(options.help)

        Exit status 0 whatever is flagged (read the flags); 64 usage, 65 bad data, 66 no input.

        """
    static let options =
        AuditArguments.options + BatchInput.options
        + OptionTable([
            .note("  --format table|csv|json|markdown, --output FILE, --lang vi|en")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let options = try AuditArguments.options(args)
        let rules = try AuditArguments.rules(args)
        let progress = ProgressDisplay(io: io, quiet: args.flag("--quiet"), language: output.style.language)
        let input: BatchInput
        do {
            defer { progress.finish() }
            input = try BatchInput(args, progress: progress)
        }
        try input.handleRejects(args, io: io)
        var audits: [DataAudit] = []
        var exclusions: [AuditExclusion?] = []
        var sensitivities: [[AuditSensitivity]] = []
        for part in input.parts {
            let audit = try DataAudit.run(part.loaded.table, options: options)
            audits.append(audit)
            guard let rules else {
                exclusions.append(nil)
                sensitivities.append([])
                continue
            }
            let exclusion = AuditExclusion.apply(part.loaded, audit: audit, rules: rules)
            exclusions.append(exclusion)
            do {
                let before = try ComponentWeighting.score(part.loaded, columns: part.columns, plan: part.weighting)
                let after = try ComponentWeighting.score(exclusion.loaded, columns: part.columns, plan: part.weighting)
                sensitivities.append([AuditSensitivity.component(before: before, after: after)])
            } catch {
                io.err("par-survey: note: \(part.questionnaire.id): no sensitivity table (\(error))\n")
                sensitivities.append([])
            }
        }
        if let rules, args.value("--questionnaire") == nil, args.value("--component") == nil, args.value("--unit") == nil {
            // The whole index with and without the flagged forms, when the folder has everything it needs.
            let path = args.positionals[0]
            do {
                let before = try ParIndexRun.run(path: path)
                let after = try ParIndexRun.run(
                    path: path,
                    prepare: { _, loaded in
                        AuditExclusion.apply(loaded, audit: try DataAudit.run(loaded.table, options: options), rules: rules).loaded
                    })
                sensitivities[sensitivities.count - 1].append(AuditSensitivity.index(before: before.table, after: after.table))
            } catch {
                io.err("par-survey: note: no PAR Index sensitivity table (\(error))\n")
            }
        }
        let text: String
        if output.style.format == .json {
            let values = audits.indices.map { AuditReport.json(audits[$0], exclusion: exclusions[$0], sensitivity: sensitivities[$0]) }
            text = JSONWriter.write(values.count == 1 ? values[0] : .array(values))
        } else if output.style.format == .csv {
            text = audits.indices.map { AuditReport.render(audits[$0], style: output.style) }.joined()
        } else {
            text = audits.indices.map {
                AuditReport.render(audits[$0], exclusion: exclusions[$0], sensitivity: sensitivities[$0], style: output.style)
            }.joined(separator: "\n")
        }
        if output.style.format == .csv, exclusions.contains(where: { $0 != nil }) {
            AccountingNotice.emit(
                input.parts.indices.compactMap { i in exclusions[i].map { (input.parts[i].questionnaire.title, $0.loaded.accounts) } },
                style: output.style, io: io)
        }
        try output.emit(text, io: io, inputs: input.inputs)
        return 0
    }
}
