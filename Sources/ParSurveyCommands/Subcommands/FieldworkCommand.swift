import Foundation
import ParSurvey

/// `par-survey fieldwork`: forms received so far against the drawn sample, per unit.
enum FieldworkCommand: Subcommand {
    static let help = """
        Usage: par-survey fieldwork FOLDER [options]

        Compares the batches of each component whose manifest entry names a drawn sample
        ("sample": {"file": "draw.csv", "id": COLUMN, "unit": COLUMN, "batchColumn": COLUMN};
        see docs/SAMPLING.md) with that sample, per unit: forms planned (drawn, reserve
        excluded), received, accepted, rejected; forms from the sample, from the reserve and not
        in the sample; the response rate (from the sample ÷ planned); the margin of error the
        accepted forms buy on the satisfied share; units below --min or above --target flagged.

        Options:
        \(options.help)

        """
    static let options = OptionTable([
        .value(
            "--component", "NAME", "satisfaction or leadership (default: every component with a sample)",
            values: Component.allCases.map(\.rawValue), width: 21),
        .value("--target", "M", "margin of error aimed at (0 < M < 1), e.g. 0.05", width: 21),
        .value("--min", "N", "accepted forms a unit needs at least", width: 21),
        .value("--p", "P", "the share for the margin (default 0.5, the worst case)", width: 21),
        .value("--deff", "D", "anticipated design effect (default 1)", width: 21),
        .value("--confidence", "C", "confidence level (default 0.95)", width: 21),
        .note("  --format table|csv|json|markdown, --output FILE, --lang vi|en"),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else {
            throw args.positionals.isEmpty
                ? UsageError("name a run folder", vi: "chưa nêu thư mục dữ liệu")
                : UsageError("unexpected argument '\(args.positionals[1])'", vi: "tham số thừa “\(args.positionals[1])”")
        }
        let manifest = try SurveyManifest.load(path: args.positionals[0])
        let target = try args.value("--target").map { t throws(UsageError) in try SampleSizeCommand.fraction(t, option: "--target") }
        let minimum = try args.value("--min").map { t throws(UsageError) in try SampleSizeCommand.count(t, option: "--min") }
        let share = try args.value("--p").map { t throws(UsageError) in try SampleSizeCommand.fraction(t, option: "--p") } ?? 0.5
        let deff =
            try args.value("--deff").map { t throws(UsageError) -> Double in
                guard let v = Double(t), v.isFinite, v > 0 else {
                    throw UsageError("--deff must be a positive number, not '\(t)'", vi: "--deff phải là số dương, không phải “\(t)”")
                }
                return v
            } ?? 1
        let z = SampleSizeFormula.z(
            confidence: try args.value("--confidence").map { t throws(UsageError) in
                try SampleSizeCommand.fraction(t, option: "--confidence")
            } ?? 0.95)
        var wanted: Component?
        if let c = args.value("--component") {
            guard let comp = Component(rawValue: c) else {
                throw UsageError(
                    "--component must be satisfaction or leadership, not '\(c)'",
                    vi: "--component phải là satisfaction (hài lòng) hoặc leadership (lãnh đạo), không phải “\(c)”")
            }
            wanted = comp
        }
        var results: [(Questionnaire, FieldworkProgress, [BatchAccount])] = []
        var inputs = [manifest.path]
        for spec in manifest.components {
            guard let s = spec.sample else { continue }
            let q = try Questionnaire.load(path: spec.questionnaire)
            if let w = wanted, q.component != w { continue }
            guard
                let (ordered, accounts) = try FieldworkProgress.of(
                    manifest: manifest, component: spec, questionnaire: q, target: target, minimum: minimum,
                    z: z, share: share, designEffect: deff)
            else { continue }
            results.append((q, ordered, accounts))
            inputs += [spec.questionnaire, s.file] + spec.batches
        }
        if results.isEmpty {
            throw ManifestError.incomplete(
                file: manifest.path,
                message:
                    "no component\(wanted.map { " (\($0.rawValue))" } ?? "") names a drawn sample (key \"sample\"; see docs/SAMPLING.md)")
        }
        let style = output.style
        let text: String
        switch style.format {
        case .json:
            text = JSONWriter.write(
                .object([
                    (
                        "components",
                        .array(
                            results.map { q, p, a in
                                .object([
                                    ("questionnaire", .string(q.id)), ("component", .string(q.component.rawValue)),
                                    ("accounting", AccountingReport.json(a)), ("fieldwork", FieldworkReport.json(p)),
                                ])
                            })
                    )
                ]))
        case .csv:
            text =
                results.count == 1
                ? FieldworkReport.table(results[0].1, style: style).csv()
                : results.map { q, p, _ in "# \(q.id)\n" + FieldworkReport.table(p, style: style).csv() }.joined()
        case .markdown:
            text = results.map { q, p, _ in
                "## " + MarkupEscaping.markdownCell(q.title.text(style.language)) + "\n\n" + FieldworkReport.heading(p, style: style)
                    + "\n\n"
                    + FieldworkReport.table(p, style: style).markdown()
                    + (p.outside.isEmpty ? "" : "\n" + FieldworkReport.outsideLines(p, style: style))
            }.joined(separator: "\n")
        case .table:
            text = results.map { q, p, _ in
                q.title.text(style.language) + "\n" + FieldworkReport.heading(p, style: style) + "\n"
                    + FieldworkReport.table(p, style: style).text(width: style.width) + FieldworkReport.outsideLines(p, style: style)
            }.joined(separator: "\n")
        }
        try output.emit(text, io: io, inputs: inputs)
        return 0
    }
}
