import ParSurvey

/// `--invalid-answers FILE`: the answers set to missing under `invalidAnswer: "missing"`, one
/// row per case with its reason in the run's language (`InvalidAnswerReport`), the table an
/// appraisal council files. Written (header only when there is none) whenever the option is given.
enum InvalidAnswerOutput {
    /// The option's line in a command's table.
    static let option = OptionTable.Option.value(
        "--invalid-answers", "FILE", "write answers set to missing (invalidAnswer: missing) as CSV")

    /// The run's language (`--lang`, default vi).
    static func language(_ args: Arguments) -> Language { args.value("--lang").flatMap(Language.init(rawValue:)) ?? .vi }

    /// Writes `--invalid-answers` when given.
    static func write(_ args: Arguments, accounts: [BatchAccount], language: Language, inputs: [String]) throws {
        guard let p = args.value("--invalid-answers") else { return }
        let cases = BatchAccount.total(accounts).invalidAnswers
        try OutputFile.write(InvalidAnswerReport.csv(cases, language: language), to: p, inputs: inputs)
    }
}
