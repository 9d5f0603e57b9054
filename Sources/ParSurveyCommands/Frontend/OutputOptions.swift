import ParSurvey

/// `--format`, `--output`, `--lang`: how and where a command's result goes.
struct OutputOptions {
    static let valued: Set<String> = ["--format", "--output", "--lang", "--delimiter"]
    static let flags: Set<String> = ["--excel"]

    var style: ReportStyle
    var path: String?
    /// `--format xlsx`: the CSV rendering written as a workbook (`run` and `report`: one
    /// sheet per table, from the values; see `OfficeOutput`).
    var xlsx = false
    /// `--format docx`: the decision annex as a Word document (`run` and `report`).
    var docx = false
    /// `--excel`: the CSV rendering with a BOM, this delimiter and (with `;`) decimal commas.
    var excelDelimiter: Character?
    /// `--format html` (the report command, and `run` as its alias).
    var html = false

    init(_ args: Arguments) throws(UsageError) {
        var style = ReportStyle()
        if args.value("--format") == "html" {
            style.format = .markdown
            html = true
        } else if args.value("--format") == "xlsx" {
            style.format = .csv
            xlsx = true
        } else if args.value("--format") == "docx" {
            style.format = .csv
            docx = true
        } else if let f = args.value("--format") {
            guard let format = ReportFormat(rawValue: f) else {
                throw UsageError("--format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(f)'")
            }
            style.format = format
        }
        if let l = args.value("--lang") {
            guard let lang = Language(rawValue: l) else { throw UsageError("--lang must be vi or en, not '\(l)'") }
            style.language = lang
        }
        if args.flag("--excel") || args.value("--delimiter") != nil {
            if args.value("--format") == nil { style.format = .csv }
            guard style.format == .csv && !xlsx else { throw UsageError("--excel and --delimiter go with --format csv") }
            switch args.value("--delimiter") ?? ";" {
            case ";": excelDelimiter = ";"
            case ",": excelDelimiter = ","
            case let d: throw UsageError("--delimiter must be ';' or ',', not '\(d)'")
            }
        }
        self.style = style
        self.path = args.value("--output")
        if xlsx && (path == nil || path == "-") { throw UsageError("--format xlsx writes a workbook: name it with --output FILE.xlsx") }
        if docx && (path == nil || path == "-") { throw UsageError("--format docx writes a Word document: name it with --output FILE.docx") }
    }

    /// Prints `text` to stdout or writes it whole to `--output`.
    func emit(_ text: String, io: CommandIO, inputs: [String]) throws {
        if docx { throw UsageError("--format docx is written by 'run' and 'report' (the index annex)") }
        if xlsx, let p = path {
            try OutputFile.write(try SpreadsheetCSV.workbook(text, sheet: "par-survey"), to: p, inputs: inputs)
            return
        }
        if let d = excelDelimiter {
            let bytes = try SpreadsheetCSV.excel(text, delimiter: d)
            if let p = path, p != "-" { try OutputFile.write(bytes, to: p, inputs: inputs) } else { io.out(String(decoding: bytes, as: UTF8.self)) }
            return
        }
        if let p = path, p != "-" {
            try OutputFile.write(text, to: p, inputs: inputs)
        } else {
            io.out(text)
        }
    }
}
