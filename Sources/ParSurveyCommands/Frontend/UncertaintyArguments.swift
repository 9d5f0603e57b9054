import ParSurvey

/// `--level` and `--fixed-weights`: how standard errors and intervals are computed.
enum UncertaintyArguments {
    /// `--level` alone (for `merge`, whose intervals come from the score files' standard errors).
    static let levelOption = OptionTable([
        .value("--level", "L", "confidence level of intervals (default 0.95; 90 and 99 are read as percentages)")
    ])
    static let options =
        levelOption
        + OptionTable([
            .flag(
                "--fixed-weights", "standard errors with the final weights treated as fixed",
                "(default after post-stratification or raking: calibration-aware)")
        ])
    static var help: String { options.help }

    /// The options the arguments ask for.
    static func options(_ args: Arguments) throws(UsageError) -> UncertaintyOptions {
        var o = UncertaintyOptions(fixedWeights: args.flag("--fixed-weights"))
        if let text = args.value("--level") {
            guard var level = Double(String(text.map { $0 == "," ? "." : $0 })), level.isFinite else {
                throw UsageError(
                    "--level must be a number such as 0.95, not '\(text)'", vi: "--level phải là một số như 0.95, không phải “\(text)”")
            }
            if level >= 50 && level < 100 { level /= 100 }
            guard level > 0 && level < 1 else {
                throw UsageError(
                    "--level must lie between 0 and 1 (or 50 and 100 as a percentage), not '\(text)'",
                    vi: "--level phải nằm giữa 0 và 1 (hoặc giữa 50 và 100 nếu là phần trăm), không phải “\(text)”")
            }
            guard level <= NumberRanges.level.upperBound else {
                throw UsageError(
                    "--level \(text) is too close to 1 (at most 0.9999, i.e. 99.99 %)",
                    vi: "--level \(text) quá gần 1 (tối đa 0.9999, tức 99,99 %)")
            }
            o.level = level
        }
        return o
    }
}
