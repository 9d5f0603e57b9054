import Foundation
import ParSurvey

/// `par-survey export-spss`: accepted responses as CSV + SPSS syntax with labels (runs in SPSS and GNU PSPP).
enum ExportSPSSCommand: Subcommand {
    static let help = """
        Usage: par-survey export-spss FOLDER --output-dir DIR [options]
               par-survey export-spss --questionnaire FILE BATCH... --output-dir DIR [options]

        Writes, per questionnaire, DIR/<id>.csv (the accepted responses: id, unit, group,
        weight, kept columns, one numeric column per question) and DIR/<id>.sps (SPSS syntax:
        GET DATA for the CSV, VARIABLE LABELS from the question texts, VALUE LABELS from the
        options, MISSING VALUES for "don't know" options). Codes that are whole numbers are
        kept (1..5, 9); letter codes (A..E) become their position (1..5) with the letter in
        the value label. Labels are in --lang (default vi).

        Options:
        \(options.help)

        """
    static let options =
        OptionTable([
            .value("--output-dir", "DIR", "where to write the files (created when missing)")
        ]) + BatchInput.options
        + OptionTable([
            .note("  --lang vi|en")
        ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard let dir = args.value("--output-dir") else {
            throw UsageError("--output-dir DIR is required", vi: "thiếu --output-dir THƯ_MỤC")
        }
        let input = try BatchInput(args)
        try input.handleRejects(args, io: io)
        AccountingNotice.emit(input.parts.map { ($0.questionnaire.title, $0.loaded.accounts) }, style: output.style, io: io, always: true)
        try OutputFile.makeFolder(dir)
        for p in input.parts {
            let csvName = p.questionnaire.id + ".csv"
            // The names come from the questionnaire id: confined to DIR (checked at load time too).
            let csvPath = try SafeFileName.path(in: dir, name: csvName)
            let spsPath = try SafeFileName.path(in: dir, name: p.questionnaire.id + ".sps")
            let export = SPSSExport.make(p.loaded.table, csvName: csvName, language: output.style.language)
            try OutputFile.write(export.csv, to: csvPath, inputs: input.inputs)
            try OutputFile.write(export.syntax, to: spsPath, inputs: input.inputs)
            io.err("par-survey export-spss: \(p.loaded.table.rowCount) responses → \(dir)/\(csvName), \(dir)/\(p.questionnaire.id).sps\n")
        }
        return 0
    }
}
