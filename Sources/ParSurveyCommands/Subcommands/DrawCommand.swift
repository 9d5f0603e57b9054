import Foundation
import ParSurvey

/// `par-survey draw`: a reproducible stratified random sample from a frame, with a reserve
/// list, inclusion probabilities and design weights.
enum DrawCommand: Subcommand {
    static let help = """
        Usage: par-survey draw FRAME --id COLUMN --unit COLUMN (--size N | --sizes FILE) --seed N --output FILE [options]

        Draws a stratified simple random sample without replacement from FRAME (CSV or .xlsx, one
        row per completed transaction or household) and writes it to FILE (CSV): the frame's
        columns as they are, then reserve (0 = sample, 1, 2, … = replacements in order of use),
        inclusionProbability (n_h/N_h) and designWeight (N_h/n_h; a weighting plan reads it with
        "designWeights": "designWeight"). FILE.draw.json records the seed, the frame's SHA-256,
        the sizes and the counts. The same frame and seed give the same bytes on every machine.

        Options:
        \(options.help)

        """
    static let options = OptionTable([
        .value("--id", "COLUMN", "the frame's id column (ids must be unique)", width: 21),
        .value("--unit", "COLUMN", "the unit (commune, ward, department) column", width: 21),
        .value("--size", "N", "forms per unit, or", width: 21),
        .value(
            "--sizes", "FILE", "a table unit,n (e.g. 'par-survey sample-size --format csv'); with",
            "--allocation given: unit,STRATA,n, one row per stratum", width: 21),
        .value("--strata", "COLUMN", "strata within units (e.g. procedure field); default: the unit", width: 21),
        .value(
            "--allocation", "proportional|equal|given", "sharing a unit's n among strata (default proportional)",
            values: StratumAllocation.allCases.map(\.rawValue), width: 42),
        .value("--reserve", "K|F", "reserve per stratum: K rows, or a fraction F of n_h (rounded up)", width: 21),
        .value("--seed", "N", "the seed (a whole number, required; printed and recorded)", width: 21),
        .value("--sheet", "NAME", "the frame's sheet when it is a workbook", width: 21),
        .note("  --format table|csv|json|markdown   the summary on standard output; --lang vi|en"),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.count == 1 else {
            throw args.positionals.isEmpty
                ? UsageError("name the frame file", vi: "chưa nêu tệp danh sách chọn mẫu")
                : UsageError("unexpected argument '\(args.positionals[1])'", vi: "tham số thừa “\(args.positionals[1])”")
        }
        let framePath = args.positionals[0]
        guard let id = args.value("--id"), let unit = args.value("--unit") else {
            throw UsageError("--id COLUMN and --unit COLUMN are required", vi: "thiếu --id CỘT và --unit CỘT")
        }
        guard let seedText = args.value("--seed") else {
            throw UsageError(
                "--seed N is required (the draw is recorded and repeatable)",
                vi: "thiếu --seed N (lần rút mẫu được ghi lại và lặp lại được)")
        }
        guard let seed = UInt64(seedText) else {
            throw UsageError(
                "--seed must be a whole number from 0 to 18446744073709551615, not '\(seedText)'",
                vi: "--seed phải là số nguyên từ 0 đến 18446744073709551615, không phải “\(seedText)”")
        }
        guard let out = output.path, out != "-" else {
            throw UsageError("--output FILE is required (the sample file)", vi: "thiếu --output TỆP (tệp mẫu)")
        }
        if output.xlsx || output.excelDelimiter != nil {
            throw UsageError(
                "the sample is written as CSV; --format chooses the summary (table, csv, json, markdown)",
                vi: "mẫu được ghi dạng CSV; --format chọn dạng của bảng tóm tắt (table, csv, json, markdown)")
        }
        var options = FrameDraw.Options(idColumn: id, unitColumn: unit, strataColumn: args.value("--strata"), seed: seed)
        switch (args.value("--size"), args.value("--sizes")) {
        case let (n?, nil):
            guard let v = Int(n), v >= 1 else {
                throw UsageError(
                    "--size must be a whole number of at least 1, not '\(n)'",
                    vi: "--size phải là số nguyên từ 1 trở lên, không phải “\(n)”")
            }
            options.sizePerUnit = v
        case let (nil, f?): options.sizes = try SamplingTable.read(f)
        default: throw UsageError("give one of --size N or --sizes FILE", vi: "nêu một trong hai: --size N hoặc --sizes TỆP")
        }
        if let a = args.value("--allocation") {
            guard let v = StratumAllocation(rawValue: a) else {
                throw UsageError(
                    "--allocation must be proportional, equal or given, not '\(a)'",
                    vi: "--allocation phải là proportional, equal hoặc given, không phải “\(a)”")
            }
            options.allocation = v
        }
        if let r = args.value("--reserve") {
            if let k = Int(r), k >= 0 {
                options.reserve = .count(k)
            } else if let f = Double(r), f > 0, f < 1 {
                options.reserve = .fraction(f)
            } else {
                throw UsageError(
                    "--reserve must be a whole number (rows per stratum) or a fraction between 0 and 1, not '\(r)'",
                    vi: "--reserve phải là số nguyên (số phiếu mỗi tầng) hoặc phân số giữa 0 và 1, không phải “\(r)”")
            }
        }
        let frame = try SamplingTable.read(framePath, sheet: args.value("--sheet"))
        let draw = try FrameDraw(frame: frame, options: options)
        let sha = SHA256.hex(frame.bytes)
        let name = (framePath as NSString).lastPathComponent
        let inputs = [framePath] + [args.value("--sizes")].compactMap { $0 }
        try OutputFile.write(draw.sampleCSV(), to: out, inputs: inputs)
        try OutputFile.write(JSONWriter.write(draw.record(frameName: name, sha256: sha)), to: out + ".draw.json", inputs: inputs)
        io.out(draw.summary(style: output.style, frameName: name, sha256: sha, output: out))
        return 0
    }
}
