import ParSurvey

/// `par-survey annex FOLDER`: the decision annex (Phụ lục kèm theo Quyết định), the run's
/// second product, in the official form the scheme's `annex` block describes.
enum AnnexCommand: Subcommand {
    static let help = """
        Usage: par-survey annex FOLDER [--format html|markdown|docx|xlsx] [--output FILE]
                                [--decision-number N] [--decision-date YYYY-MM-DD] [--lang vi|en]

        Runs FOLDER/survey.json as 'run' does and writes the annex a decision attaches: the
        heading (agency, national motto), the title and the decision line, then the tables
        the scheme's "annex" block lists (default: the index with grade and rank; the
        self-assessment by field; each survey by element), units under their official names
        ("UBND huyện Tây Sơn", by register type), STT, and an average row. Published figures
        only: no ±, no rank ranges, no P(rank) (they are in 'par-survey report').
        HTML (default) prints on A4 landscape; docx and xlsx need --output. See docs/ANNEX.md.

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--decision-number", "N", "the decision's number, e.g. 123/QĐ-UBND (default: dots)"),
            .value("--decision-date", "YYYY-MM-DD", "the decision's date (default: dots)"),
            .value("--seed", "N", "seed of the rank simulation (default \(RankSimulation.defaultSeed))"),
            .value("--rejects", "FILE", "write rejected rows as CSV"),
            .flag("--strict", "any rejected row is a failure (exit 65)"),
        ]) + ReadOptionArguments.options
        + OptionTable([
            .note(
                "  --format html|markdown   the annex as a print-ready page (default html) or Markdown",
                "  --format docx|xlsx --output FILE   the same annex in Word / one sheet per table",
                "  --output FILE, --lang vi|en")
        ])
    static let outputOptions = OutputOptions.table(formats: ["html", "markdown", "docx", "xlsx"], context: " for an annex")

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else {
            throw UsageError("give exactly one run folder (or survey.json)", vi: "nêu đúng một thư mục dữ liệu (hoặc tệp survey.json)")
        }
        let format = args.value("--format") ?? "html"
        let date = args.value("--decision-date")
        if let d = date, !isDate(d) {
            throw UsageError(
                "--decision-date must be a date YYYY-MM-DD, not '\(d)'",
                vi: "--decision-date phải là ngày dạng NNNN-TT-NN, không phải “\(d)”")
        }
        let number = args.value("--decision-number").map { TextKey.clean($0) }
        if let n = number, n.isEmpty {
            throw UsageError("--decision-number must not be empty", vi: "--decision-number không được để trống")
        }
        var seed = RankSimulation.defaultSeed
        if let s = args.value("--seed") {
            guard let v = UInt64(s) else {
                throw UsageError("--seed must be a whole number, not '\(s)'", vi: "--seed phải là số nguyên, không phải “\(s)”")
            }
            seed = v
        }
        var job = ParIndexJob(manifestPath: args.positionals[0])
        job.read = try ReadOptionArguments.parse(args)
        job.rankSeed = seed
        let result = try job.run()
        let m = result.manifest
        let inputs =
            [m.path] + m.components.flatMap { [$0.questionnaire] + $0.batches + ($0.weighting.map { [$0] } ?? []) }
            + [m.selfAssessment, m.previous, m.scheme, m.register].compactMap { $0 }
        let rejects = result.rejects
        if let p = args.value("--rejects") { try OutputFile.write(AccountingReport.rejectsCSV(rejects), to: p, inputs: inputs) }
        if !rejects.isEmpty {
            io.err(
                "par-survey: \(rejects.count) row\(rejects.count == 1 ? "" : "s") rejected"
                    + (args.value("--rejects") == nil ? " (list them with --rejects FILE)" : "") + "\n")
            if args.flag("--strict") { throw StrictFailure(count: rejects.count) }
        }
        let language = output.style.language
        let annex = try DecisionAnnex.build(run: result, decisionNumber: number, decisionDate: date, language: language)
        switch format {
        case "docx":
            try OutputFile.write(OfficeAnnex.document(annex, language: language), to: output.path!, inputs: inputs)
        case "xlsx":
            try OutputFile.write(OfficeAnnex.workbook(annex, language: language), to: output.path!, inputs: inputs)
        case "markdown":
            try output.emit(AnnexMarkdown.render(annex, language: language), io: io, inputs: inputs)
        default:
            try output.emit(AnnexHTML.render(annex, language: language), io: io, inputs: inputs)
        }
        return 0
    }

    /// `YYYY-MM-DD` with a month 1–12 and a day 1–31.
    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(b[i]) { return false }
        let m = (Int(b[5]) - 48) * 10 + Int(b[6]) - 48
        let d = (Int(b[8]) - 48) * 10 + Int(b[9]) - 48
        return (1...12).contains(m) && (1...31).contains(d)
    }
}
