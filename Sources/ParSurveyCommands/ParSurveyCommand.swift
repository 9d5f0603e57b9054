import ParSurvey

/// The `par-survey` command line: subcommands, shared options, exit codes.
public enum ParSurveyCommand {
    /// The tool's version.
    public static let version = "0.3.0"

    static let subcommands: [(name: String, summary: String)] = [
        ("run", "score everything a folder's survey.json names and print the ranked PAR Index table"),
        ("validate", "check survey batches against a questionnaire; row accounting and rejects"),
        ("score", "one survey component (satisfaction 30 or leadership 10) per unit or --by a column"),
        ("merge", "self-assessment + component results → the 100-point index table"),
        ("import-xlsform", "an XLSForm (KoBoToolbox/ODK form, .xlsx or CSV sheets) → questionnaire JSON"),
        ("export-xlsform", "a questionnaire JSON → XLSForm workbook to load into KoBoToolbox/ODK"),
        ("export-spss", "responses as CSV + SPSS syntax (.sps) with variable and value labels"),
        ("weight", "apply a weighting plan: each respondent's weight (id,weight CSV) and diagnostics"),
        ("compare", "answers across communes (or --by a column): shares, intervals, Rao–Scott test"),
        ("report", "the run as one HTML page with charts (or Markdown) to print and attach"),
        ("annex", "the decision annex (Phụ lục): official heading, names, grades, ranks; HTML/Markdown/Word/Excel"),
        ("sample-size", "forms needed per unit (Yamane or a target margin of error), or the margin n buys"),
        ("draw", "a reproducible stratified random sample from a frame, with reserve and design weights"),
        ("fieldwork", "forms received per unit against the drawn sample: response rate, margin so far"),
        ("audit", "data-quality flags: duplicates, straight-lining, timing, interviewers, frame, units"),
    ]

    static var usage: String {
        var s = """
            par-survey \(version) — PAR Index (Chỉ số CCHC) survey scoring

            Usage: par-survey <command> [arguments] [options]

            Commands:

            """
        for c in subcommands { s += "  " + c.name.padding(16) + c.summary + "\n" }
        s += """

            Options for every command:
            \(OutputOptions.table().help)
              (they may also come before the command: par-survey --lang en run FOLDER)
            Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing input, 73 cannot create output, 74 I/O error.
            Run 'par-survey <command> --help' for a command's options.

            """
        return s
    }

    /// Runs the command line `args` (without the program name); returns the exit code.
    public static func main(_ args: [String], io: CommandIO) -> Int32 {
        // Options of every command may come before the command's name.
        let (leading, args) = splitLeadingOptions(args)
        let language = UsageText.language(leading + args)
        guard let first = args.first else {
            io.err(UsageText.usage(language))
            return ExitCode.usage.rawValue
        }
        if first == "--help" || first == "-h" || first == "help" {
            io.out(UsageText.usage(language))
            return 0
        }
        if first == "--version" {
            io.out("par-survey \(version)\n")
            return 0
        }
        let rest = leading + Array(args.dropFirst())
        let command: Subcommand.Type
        switch first {
        case "run": command = asksForHTML(rest) ? ReportCommand.self : RunCommand.self
        case "validate": command = ValidateCommand.self
        case "score": command = ScoreCommand.self
        case "merge": command = MergeCommand.self
        case "import-xlsform": command = ImportXLSFormCommand.self
        case "export-xlsform": command = ExportXLSFormCommand.self
        case "export-spss": command = ExportSPSSCommand.self
        case "weight": command = WeightCommand.self
        case "compare": command = CompareCommand.self
        case "report": command = ReportCommand.self
        case "annex": command = AnnexCommand.self
        case "sample-size": command = SampleSizeCommand.self
        case "draw": command = DrawCommand.self
        case "fieldwork": command = FieldworkCommand.self
        case "audit": command = AuditCommand.self
        default:
            let near =
                first.hasPrefix("-")
                ? OutputOptions.table().suggestion(for: optionName(first))
                : OptionTable.nearest(to: first, among: subcommands.map(\.name))
            let message =
                language == .vi
                ? "par-survey: không có lệnh “\(first)”" + (near.map { " (có phải là \($0)?)" } ?? "")
                : "par-survey: unknown command '\(first)'" + (near.map { " (did you mean \($0)?)" } ?? "")
            io.err(message + "\n\n" + UsageText.usage(language))
            return ExitCode.usage.rawValue
        }
        if rest.contains("--help") || rest.contains("-h") {
            io.out(HelpCatalogue.render(command.help, language))
            return 0
        }
        do {
            let parsed = try Arguments(rest, table: command.options + command.outputOptions)
            var output = try OutputOptions(parsed)
            // the commands whose table output fits the terminal (not reports, syntax or forms)
            let fitting: [Subcommand.Type] = [
                RunCommand.self, ScoreCommand.self, MergeCommand.self, CompareCommand.self, WeightCommand.self, ValidateCommand.self,
                SampleSizeCommand.self, FieldworkCommand.self, AuditCommand.self,
            ]
            if fitting.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(command) }) { output.style.width = io.width }
            if output.html && first != "report" && first != "run" && first != "annex" {
                throw UsageError(
                    "--format html is for 'report', 'run' and 'annex'", vi: "--format html chỉ dùng với lệnh 'report', 'run' và 'annex'")
            }
            try OutputSafety.checkDistinctOutputs(parsed)
            let language = output.style.language
            let notices = RunNotices(localized: { [io] m in
                io.err(CommandMessages.warningPrefix.text(language) + TerminalText.escape(m.text(language)) + "\n")
            })
            return try InputRegistry.$current.withValue(InputRegistry()) {
                try RunNotices.$current.withValue(notices) { try command.run(parsed, output: output, io: io) }
            }
        } catch let e as UsageError {
            io.err(ErrorRenderer.renderUsage(e, command: first, language: ErrorRenderer.language(leading + args)))
            return ExitCode.usage.rawValue
        } catch let e as any ParSurveyError {
            io.err(ErrorRenderer.render(e, language: ErrorRenderer.language(leading + args)))
            return e.exitCode.rawValue
        } catch {
            io.err("par-survey: error: \(error)\n")
            return ExitCode.failure.rawValue
        }
    }
}

/// Whether `args` hold `--format html` (then `run` is `report`).
func asksForHTML(_ args: [String]) -> Bool {
    args.contains("--format=html") || zip(args, args.dropFirst()).contains { $0 == "--format" && $1 == "html" }
}

/// `--name=value` → `--name`.
func optionName(_ arg: String) -> String { arg.firstIndex(of: "=").map { String(arg[..<$0]) } ?? arg }

/// The options of every command found before the command's name (`--lang en run …`), and the
/// arguments from the command's name on.
func splitLeadingOptions(_ args: [String]) -> (leading: [String], rest: [String]) {
    let table = OutputOptions.table()
    var i = 0
    while i < args.count, args[i] != "--help" {
        let name = optionName(args[i])
        if table.flags.contains(name) {
            i += 1
        } else if table.valued.contains(name) {
            if args[i].contains("=") { i += 1 } else if i + 1 < args.count { i += 2 } else { break }
        } else {
            break
        }
    }
    return (Array(args[..<i]), Array(args[i...]))
}

/// A subcommand: its options, help text and work.
protocol Subcommand {
    static var help: String { get }
    /// The command's own options (parsing, validation and the option lines of `help`).
    static var options: OptionTable { get }
    /// The options of every command, with the `--format` values this command writes.
    static var outputOptions: OptionTable { get }
    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32
}

extension Subcommand {
    static var outputOptions: OptionTable { OutputOptions.table() }
    /// The command's options that take a value.
    static var valued: Set<String> { options.valued }
    /// The command's options that take none.
    static var flags: Set<String> { options.flags }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}
