import ParSurvey

/// `--weighting FILE|none`: which weighting plan a command applies to its batches.
enum WeightingOption {
    static let options = OptionTable([
        .value(
            "--weighting", "FILE|none", "weighting plan (default: each component's \"weighting\" in the",
            "manifest); none = the design weights as given")
    ])
    static var help: String { options.help }

    /// The plan path for each part of `input` (nil: design weights).
    static func plans(_ args: Arguments, input: inout BatchInput) throws -> [String?] {
        guard let given = args.value("--weighting") else { return input.parts.map(\.weighting) }
        if given == "none" { return input.parts.map { _ in nil } }
        if input.parts.count > 1 {
            throw UsageError(
                "--weighting FILE applies to one component; add --component satisfaction or --component leadership",
                vi: "--weighting TỆP áp dụng cho một thành phần; thêm --component satisfaction hoặc --component leadership")
        }
        input.inputs.append(given)
        return [given]
    }
}
