import ParSurvey

/// `--format`, `--output`, `--lang`: how and where a command's result goes.
struct OutputOptions {
    static let valued: Set<String> = ["--format", "--output", "--lang"]

    var style: ReportStyle
    var path: String?

    init(_ args: Arguments) throws(UsageError) {
        var style = ReportStyle()
        if let f = args.value("--format") {
            guard let format = ReportFormat(rawValue: f) else {
                throw UsageError("--format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(f)'")
            }
            style.format = format
        }
        if let l = args.value("--lang") {
            guard let lang = Language(rawValue: l) else { throw UsageError("--lang must be vi or en, not '\(l)'") }
            style.language = lang
        }
        self.style = style
        self.path = args.value("--output")
    }

    /// Prints `text` to stdout or writes it whole to `--output`.
    func emit(_ text: String, io: CommandIO, inputs: [String]) throws {
        if let p = path, p != "-" {
            try OutputFile.write(text, to: p, inputs: inputs)
        } else {
            io.out(text)
        }
    }
}
