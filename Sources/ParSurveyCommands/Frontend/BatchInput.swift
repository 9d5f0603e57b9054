import Foundation
import ParSurvey

/// The batches a command reads: either a run folder (its `survey.json` names them) or a
/// questionnaire and batch files given on the command line.
struct BatchInput {
    static let options =
        OptionTable([
            .value("--questionnaire", "FILE", "questionnaire JSON (when batches are given as files)"),
            .value("--id", "COLUMN", "respondent id column (default id)"),
            .value("--unit", "COLUMN", "unit column (district or commune); without it all rows are one unit"),
            .value("--group", "COLUMN", "respondent group column (leaders' survey)"),
            .value("--weight", "COLUMN", "design weight column"),
            .value("--units", "\"A,B,…\"", "the valid unit names (others are rejected)"),
            .value(
                "--component", "NAME", "with a folder: satisfaction or leadership (default: every component)",
                values: Component.allCases.map(\.rawValue)),
            .value("--rejects", "FILE", "write rejected rows (file, line, column, value, reason) as CSV"),
            InvalidAnswerOutput.option,
            .flag("--strict", "any rejected row is a failure (exit 65)"),
        ]) + ReadOptionArguments.options
        + OptionTable([
            .flag("--quiet", "no progress line on a terminal during long runs")
        ])
    static var help: String { options.help }

    struct Part {
        var questionnaire: Questionnaire
        var loaded: LoadedResponses
        /// The column mapping the batches were read with.
        var columns = ColumnMapping()
        /// The manifest's weighting plan for this component, if any.
        var weighting: String?

        /// The column mapped as the unit, if any.
        var unitColumn: String? { columns.unit }
        /// The column mapped as the respondent group, if any.
        var groupColumn: String? { columns.group }
    }

    var parts: [Part] = []
    var inputs: [String] = []
    /// The manifest's name of the all-units total (nil: the default, or batches given as files).
    var totalLabel: LocalizedText?

    /// Loads what the arguments name, telling `progress` how reading goes.
    init(_ args: Arguments, progress: ProgressDisplay? = nil) throws {
        progress?.stage("reading")
        let report: ((BatchProgress) -> Void)? = progress.map { p in { p.reading($0) } }
        guard !args.positionals.isEmpty else {
            throw UsageError(
                "name a run folder, or batch files with --questionnaire",
                vi: "chưa nêu thư mục dữ liệu, hoặc các tệp phiếu cùng --questionnaire")
        }
        let first = args.positionals[0]
        let read = try ReadOptionArguments.parse(args)
        var isDir: ObjCBool = false
        let isFolder = FileManager.default.fileExists(atPath: first, isDirectory: &isDir) && isDir.boolValue
        if args.value("--questionnaire") == nil && (isFolder || first.hasSuffix("survey.json")) {
            if args.positionals.count > 1 {
                throw UsageError(
                    "give one run folder (extra argument '\(args.positionals[1])')",
                    vi: "chỉ nêu một thư mục dữ liệu (tham số thừa “\(args.positionals[1])”)")
            }
            let manifest = try SurveyManifest.load(path: first)
            inputs.append(manifest.path)
            totalLabel = manifest.totalLabel
            var wanted: Component?
            if let c = args.value("--component") {
                guard let comp = Component(rawValue: c) else {
                    throw UsageError(
                        "--component must be satisfaction or leadership, not '\(c)'",
                        vi: "--component phải là satisfaction (hài lòng) hoặc leadership (lãnh đạo), không phải “\(c)”")
                }
                wanted = comp
            }
            for spec in manifest.components {
                let q = try Questionnaire.load(path: spec.questionnaire)
                if let w = wanted, q.component != w { continue }
                var mapping = spec.columns
                if let u = args.value("--unit") { mapping.unit = u }
                let loaded = try LoadedResponses.load(
                    questionnaire: q, batches: spec.batches, mapping: mapping, units: manifest.units,
                    options: spec.read.overridden(by: read), progress: report)
                parts.append(Part(questionnaire: q, loaded: loaded, columns: mapping, weighting: spec.weighting))
                inputs += [spec.questionnaire] + spec.batches + [spec.weighting].compactMap { $0 }
            }
            if parts.isEmpty {
                throw UsageError(
                    "the manifest has no \(args.value("--component") ?? "") component",
                    vi: "survey.json không có thành phần \(args.value("--component") ?? "")")
            }
        } else {
            guard let qp = args.value("--questionnaire") else {
                throw UsageError(
                    "'\(first)' is not a run folder; give batch files with --questionnaire FILE",
                    vi: "“\(first)” không phải thư mục dữ liệu; nêu các tệp phiếu cùng --questionnaire TỆP")
            }
            if args.value("--component") != nil {
                throw UsageError(
                    "--component goes with a run folder, not with --questionnaire",
                    vi: "--component dùng với thư mục dữ liệu, không dùng với --questionnaire")
            }
            let q = try Questionnaire.load(path: qp)
            let mapping = ColumnMapping(
                id: args.value("--id") ?? "id", unit: args.value("--unit"),
                group: args.value("--group"), weight: args.value("--weight"))
            let units = args.value("--units").map { $0.split(separator: ",").map { TextKey.clean(String($0)) } }
            let loaded = try LoadedResponses.load(
                questionnaire: q, batches: args.positionals, mapping: mapping, units: units,
                options: read, progress: report)
            parts.append(Part(questionnaire: q, loaded: loaded, columns: mapping))
            inputs += [qp] + args.positionals
        }
    }

    var allRejects: [Reject] { parts.flatMap(\.loaded.rejects) }

    /// Writes `--rejects`, tells about rejects on stderr, and fails under `--strict`.
    func handleRejects(_ args: Arguments, io: CommandIO, quietList: Bool = false) throws {
        let rejects = allRejects
        let language = InvalidAnswerOutput.language(args)
        if let p = args.value("--rejects") {
            try OutputFile.write(AccountingReport.rejectsCSV(rejects, language: language), to: p, inputs: inputs)
        }
        try InvalidAnswerOutput.write(args, accounts: parts.flatMap(\.loaded.accounts), language: language, inputs: inputs)
        if !rejects.isEmpty && !quietList {
            io.err(CommandMessages.rejectedHeading(rejects.count).text(language) + "\n")
            for r in rejects.prefix(10) { io.err("  " + TerminalText.escape(RejectMessages.message(r, language)) + "\n") }
            if rejects.count > 10 {
                io.err(
                    "  " + CommandMessages.moreRejected(rejects.count - 10, listed: args.value("--rejects") != nil).text(language) + "\n")
            }
        }
        if args.flag("--strict") && !rejects.isEmpty {
            throw StrictFailure(count: rejects.count)
        }
    }
}

/// `--strict` and some rows were rejected.
struct StrictFailure: ParSurveyError {
    var count: Int
    var kind: ErrorKind { "cli.strict" }
    var description: String { "--strict: \(count) row\(count == 1 ? "" : "s") rejected" }
}
