import Foundation
import ParSurvey

/// `par-survey export-xlsform`: questionnaire JSON → XLSForm workbook or CSV sheets.
enum ExportXLSFormCommand: Subcommand {
    static let help = """
        Usage: par-survey export-xlsform QUESTIONNAIRE.json --output FORM.xlsx
               par-survey export-xlsform QUESTIONNAIRE.json --csv-dir DIR

        Writes the questionnaire as an XLSForm to load into KoBoToolbox or ODK: sheet 'survey'
        (a group per element, select_one per question), 'choices' (a list per scale, choice
        name = code), 'settings', with label::Tiếng Việt (vi) and label::English (en) columns
        and the extra columns import-xlsform reads back (weight, points, credit, satisfied,
        missing, list_label_vi/_en, form_title_en, component, max_points, scoring).

        Options:
        \(options.help)

        """
    static let options = OptionTable([
        .note("  --output FILE.xlsx       the workbook"),
        .value("--csv-dir", "DIR", "instead: DIR/survey.csv, DIR/choices.csv, DIR/settings.csv"),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else { throw UsageError("give one questionnaire JSON file", vi: "chỉ nêu một tệp bảng hỏi JSON") }
        let path = args.positionals[0]
        let q = try Questionnaire.load(path: path)
        if let dir = args.value("--csv-dir") {
            for f in XLSFormExporter.csvFiles(q) {
                try OutputFile.write(f.text, to: try SafeFileName.path(in: dir, name: f.name), inputs: [path])
            }
            return 0
        }
        guard let out = output.path, out != "-" else {
            throw UsageError(
                "name the workbook with --output FORM.xlsx (or use --csv-dir DIR)",
                vi: "đặt tên sổ Excel bằng --output BIỂU_MẪU.xlsx (hoặc dùng --csv-dir THƯ_MỤC)")
        }
        try OutputFile.write(XLSFormExporter.workbook(q), to: out, inputs: [path])
        return 0
    }
}
