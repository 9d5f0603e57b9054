import ParSurvey

/// `run`/`report` with `--format xlsx` (a workbook, one sheet per table, built from the
/// report model) or `--format docx` (the decision annex in Word).
enum OfficeOutput {
    static func write(_ run: ParIndexRun, model: ReportModel?, uncertainty: UncertaintyOptions, output: OutputOptions, inputs: [String])
        throws
    {
        guard let path = output.path else { return }
        let annex = try DecisionAnnex.build(run: run, language: output.style.language)
        if output.docx {
            try OutputFile.write(OfficeAnnex.document(annex, language: output.style.language), to: path, inputs: inputs)
            return
        }
        let m = try model ?? ReportModel.build(run, options: ReportOptions(toolVersion: ParSurveyCommand.version, uncertainty: uncertainty))
        try OutputFile.write(
            OfficeWorkbook.workbook(m, annex: annex, style: output.style.naming(total: run.manifest.totalLabel)), to: path, inputs: inputs)
    }
}
