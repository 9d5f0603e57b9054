import ParSurvey

/// `--format`, `--output`, `--lang`: how and where a command's result goes.
struct OutputOptions {
    static let valued: Set<String> = table().valued
    static let flags: Set<String> = table().flags

    /// Every `--format` value some command writes.
    static let allFormats = ["table", "csv", "json", "markdown", "html", "xlsx", "docx"]
    /// What most commands write.
    static let defaultFormats = ["table", "csv", "json", "markdown", "xlsx"]
    /// Formats only some commands write: where they go instead.
    static let formatsElsewhere = [
        "html": "--format html is for 'report', 'run' and 'annex'",
        "docx": "--format docx is written by 'run', 'report' and 'annex' (the decision annex)",
    ]

    /// The options of every command (also accepted before the command name); `--format`
    /// takes `formats` (the error for another value names them all, then `context`).
    static func table(formats: [String] = defaultFormats, context: String = "") -> OptionTable {
        OptionTable([
            .init(
                name: "--format", kind: .value, values: formats, elsewhere: formatsElsewhere.filter { !formats.contains($0.key) },
                valuesContext: context,
                help: [
                    "  --format table|csv|json|markdown   output format (default table)",
                    "  --format xlsx --output FILE.xlsx   the CSV table as an Excel workbook (numbers as numbers)",
                    "  --format html                      report and run: one HTML page with charts",
                ]),
            .flag(
                "--excel", "CSV for Excel: UTF-8 with BOM, ';' and decimal commas (default) or ',", width: 37,
                left: "  --excel [--delimiter ;|,]"),
            .quiet("--delimiter", .value),
            .value("--output", "FILE", "write the output to FILE (whole or not at all)", width: 37),
            .value("--lang", "vi|en", "language of labels and numbers (default vi: 84,11)", values: ["vi", "en"], width: 37),
            .flag("--help", "help for a command", width: 37),
        ])
    }

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
                throw UsageError(
                    "--format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(f)'",
                    vi:
                        "giá trị “\(f)” của --format không hợp lệ; giá trị được chấp nhận: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            style.format = format
        }
        if let l = args.value("--lang") {
            guard let lang = Language(rawValue: l) else {
                throw UsageError(
                    "--lang must be vi or en, not '\(l)'", vi: "giá trị “\(l)” của --lang không hợp lệ; giá trị được chấp nhận: vi, en",
                    kind: "cli.invalidValue")
            }
            style.language = lang
        }
        if args.flag("--excel") || args.value("--delimiter") != nil {
            if args.value("--format") == nil { style.format = .csv }
            guard style.format == .csv && !xlsx else {
                throw UsageError("--excel and --delimiter go with --format csv", vi: "--excel và --delimiter chỉ dùng cùng --format csv")
            }
            switch args.value("--delimiter") ?? ";" {
            case ";": excelDelimiter = ";"
            case ",": excelDelimiter = ","
            case let d:
                throw UsageError("--delimiter must be ';' or ',', not '\(d)'", vi: "--delimiter phải là ';' hoặc ',', không phải “\(d)”")
            }
        }
        self.style = style
        self.path = args.value("--output")
        if xlsx && (path == nil || path == "-") {
            throw UsageError(
                "--format xlsx writes a workbook: name it with --output FILE.xlsx",
                vi: "--format xlsx ghi ra sổ Excel: đặt tên tệp bằng --output TỆP.xlsx")
        }
        if docx && (path == nil || path == "-") {
            throw UsageError(
                "--format docx writes a Word document: name it with --output FILE.docx",
                vi: "--format docx ghi ra tệp Word: đặt tên tệp bằng --output TỆP.docx")
        }
    }

    /// Prints `text` to stdout or writes it whole to `--output`.
    func emit(_ text: String, io: CommandIO, inputs: [String]) throws {
        if docx {
            throw UsageError(
                "--format docx is written by 'run' and 'report' (the index annex)",
                vi: "--format docx chỉ dùng với lệnh 'run' và 'report' (phụ lục chỉ số)")
        }
        if xlsx, let p = path {
            try OutputFile.write(try SpreadsheetCSV.workbook(text, sheet: "par-survey"), to: p, inputs: inputs)
            return
        }
        if let d = excelDelimiter {
            let bytes = try SpreadsheetCSV.excel(text, delimiter: d)
            if let p = path, p != "-" {
                try OutputFile.write(bytes, to: p, inputs: inputs)
            } else {
                io.out(String(decoding: bytes, as: UTF8.self))
            }
            return
        }
        // table output: lines the tables could not keep within the width are wrapped
        let text = style.format == .table && style.width != nil ? TerminalText.fit(text, columns: style.width!) : text
        if let p = path, p != "-" {
            try OutputFile.write(text, to: p, inputs: inputs)
        } else {
            io.out(text)
        }
    }
}
