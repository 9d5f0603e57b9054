import ParSurvey

/// `--sheet`, `--encoding`, `--approved-only`: how batch files are read.
enum ReadOptionArguments {
    static let options = OptionTable([
        .value("--sheet", "NAME", "sheet of .xlsx batches (default: the first sheet)"),
        .value(
            "--encoding", "NAME", "encoding of CSV batches that are not UTF-8: cp1258 (Vietnamese",
            "Windows \"CSV\"), cp1252, utf16 (Excel \"Unicode text\")"),
        .flag(
            "--approved-only", "KoBoToolbox/ODK exports: keep only submissions whose",
            "_validation_status / ReviewState is approved (others are", "counted as excluded)"),
    ])
    static var help: String { options.help }

    /// The options the arguments give (defaults where absent).
    static func parse(_ args: Arguments) throws(UsageError) -> BatchReadOptions {
        var o = BatchReadOptions(sheet: args.value("--sheet"), approvedOnly: args.flag("--approved-only"))
        if let e = args.value("--encoding") {
            guard let enc = TextEncoding(name: e) else {
                throw UsageError(
                    "--encoding must be one of \(TextEncoding.accepted), not '\(e)'",
                    vi: "bảng mã “\(e)” của --encoding không hợp lệ; bảng mã được chấp nhận: \(TextEncoding.accepted)")
            }
            o.encoding = enc
        }
        return o
    }
}
