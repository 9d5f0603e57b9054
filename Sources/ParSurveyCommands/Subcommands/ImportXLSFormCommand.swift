import ParSurvey

/// `par-survey import-xlsform`: an XLSForm (workbook or CSV sheets) → questionnaire JSON.
enum ImportXLSFormCommand: Subcommand {
    static let help = """
        Usage: par-survey import-xlsform FORM.xlsx [--output QUESTIONNAIRE.json]
               par-survey import-xlsform --survey survey.csv --choices choices.csv [--settings settings.csv] [--output FILE]

        Writes the questionnaire JSON of an XLSForm (KoBoToolbox, ODK): groups become elements,
        select_one questions become questions, their choice lists become scales, and
        label::Tiếng Việt (vi) / label::English (en) the vi/en texts. What XLSForm cannot say
        (component, max_points, scoring; weight, points; credit, satisfied, missing) comes from
        extra columns described in Questionnaires/README.md ("XLSForm"); whatever is missing is
        listed and nothing is written (exit 65).

        What each survey row becomes is printed on stderr. The rule: a 'parsurvey_role' column
        (score, variable, ignore) decides when filled; otherwise a select_one outside any group,
        or whose choice list has no credit/satisfied choice (when other lists have), is a
        respondent variable (consent, gender, commune: the weighting reads them from the data);
        other select_one rows are scored questions of their innermost group; notes, metadata,
        text, integer, calculate and select_multiple rows are skipped.

        Options:
        \(options.help)

        """
    static let options = OptionTable([
        .quiet("--survey", .value), .quiet("--choices", .value), .quiet("--settings", .value),
        .note(
            "  --survey FILE, --choices FILE, --settings FILE   the sheets as CSV files (UTF-8)",
            "  --output FILE            write the JSON to FILE (whole or not at all)"),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        let sheets: XLSFormSheets
        var inputs: [String] = []
        if let s = args.value("--survey") {
            guard args.positionals.isEmpty else {
                throw UsageError(
                    "give either FORM.xlsx or --survey/--choices, not both",
                    vi: "chỉ nêu BIỂU_MẪU.xlsx hoặc --survey/--choices, không nêu cả hai")
            }
            guard let c = args.value("--choices") else { throw UsageError("--survey needs --choices", vi: "--survey cần có --choices") }
            sheets = try XLSFormSheets.load(survey: s, choices: c, settings: args.value("--settings"))
            inputs = [s, c] + [args.value("--settings")].compactMap { $0 }
        } else {
            guard args.positionals.count == 1 else {
                throw UsageError(
                    "give one XLSForm workbook (FORM.xlsx), or --survey and --choices CSV files",
                    vi: "nêu một sổ XLSForm (BIỂU_MẪU.xlsx), hoặc các tệp CSV --survey và --choices")
            }
            sheets = try XLSFormSheets.load(workbook: args.positionals[0])
            inputs = args.positionals
        }
        let result = try XLSFormImporter.convert(sheets)
        let q = result.questionnaire
        io.err(
            "par-survey import-xlsform: \(q.questions.count) scored questions in \(q.elements.count) elements (\(q.elements.map(\.id).joined(separator: ", "))), \(q.scales.count) scales\n"
        )
        if !result.variables.isEmpty {
            io.err(
                "par-survey import-xlsform: \(result.variables.count) respondent variable\(result.variables.count == 1 ? "" : "s") (kept from the data, not scored):\n"
            )
            for v in result.variables { io.err("  " + v.description + "\n") }
        }
        if !result.skipped.isEmpty {
            io.err(
                "par-survey import-xlsform: \(result.skipped.count) survey row\(result.skipped.count == 1 ? "" : "s") skipped (not scored questions):\n"
            )
            for s in result.skipped { io.err("  " + s + "\n") }
        }
        try output.emit(JSONWriter.write(result.json), io: io, inputs: inputs)
        return 0
    }
}
