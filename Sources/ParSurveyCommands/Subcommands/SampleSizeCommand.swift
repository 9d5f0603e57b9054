import Foundation
import ParSurvey

/// `par-survey sample-size`: forms needed per unit (Yamane or a target margin of error), or
/// the margin of error that a number of forms buys.
enum SampleSizeCommand: Subcommand {
    static let help = """
        Usage: par-survey sample-size (--frame FILE --unit COLUMN | --population FILE) [rule] [options]

        Forms to send per unit. N per unit comes from a frame (CSV or .xlsx, one row per
        transaction or household; rows counted per --unit) or a table with columns unit,N.
        \(options.help)
        Sizes round up to whole forms (285.71 → 286). The CSV's unit and n columns feed
        'par-survey draw --sizes'. See docs/SAMPLING.md.

        """
    static let options = OptionTable([
        .note("Rules (one; default --error 0.05):"),
        .value("--error", "E", "Yamane / the ministry: n = N / (1 + N·e²), 0 < E < 1", width: 21),
        .value(
            "--margin", "M", "margin of error M on the satisfied share (0 < M < 1):",
            "n₀ = z²·p(1−p)·deff / M², n = n₀ / (1 + (n₀ − 1)/N)", width: 21),
        .quiet("--n", .value), .quiet("--sizes", .value),
        .note(
            "  --n N | --sizes FILE   the inverse: the margin of error (share and 30-point score)",
            String(repeating: " ", count: 21) + "that N forms (or the table's unit,n) buy"),
        .note("Options:"),
        .value("--confidence", "C", "confidence level of z (default 0.95 → z = 1.960)", width: 21),
        .value(
            "--p", "P|FILE", "the share planned for: 0.5 (worst case, default) or last year's",
            "share, one number or a table unit,p", width: 21),
        .value(
            "--deff", "D|FILE", "anticipated design effect (default 1), e.g. last year's Kish deff",
            "from 'par-survey weight --format json'; a number or a table unit,deff", width: 21),
        .value("--response-rate", "R", "expected share of forms returned (0 < R ≤ 1): respondents ÷ R", width: 21),
        .quiet("--min", .value), .quiet("--max", .value),
        .note("  --min N, --max N   forms per unit at least / at most (never more than N: census)"),
        .value("--unit", "COLUMN", "the unit column of the frame or tables (default unit)", width: 21),
        .note("  --format table|csv|json|markdown|xlsx, --output FILE, --lang vi|en"),
        // Named in the usage line and the text above.
        .quiet("--frame", .value), .quiet("--population", .value), .quiet("--sheet", .value),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.isEmpty else {
            throw UsageError("unexpected argument '\(args.positionals[0])'", vi: "tham số thừa “\(args.positionals[0])”")
        }
        let unitColumn = args.value("--unit") ?? "unit"
        var inputs: [String] = []
        // N per unit
        var units: [SampleSizePlan.UnitInput]
        switch (args.value("--frame"), args.value("--population")) {
        case let (f?, nil):
            let t = try SamplingTable.read(f, sheet: args.value("--sheet"))
            units = try UnitNumbers.frameCounts(t, unit: unitColumn).map { .init(unit: $0.unit, population: $0.count) }
            inputs.append(f)
        case let (nil, p?):
            let t = try SamplingTable.read(p, sheet: args.value("--sheet"))
            units = try UnitNumbers.read(t, unit: unitColumn, value: "N", kind: .count).map {
                .init(unit: $0.unit, population: Int($0.value))
            }
            inputs.append(p)
        default:
            throw UsageError(
                "give one of --frame FILE (with --unit COLUMN) or --population FILE (columns unit,N)",
                vi: "nêu một trong hai: --frame TỆP (cùng --unit CỘT) hoặc --population TỆP (các cột unit,N)")
        }
        // the rule
        let rules = ["--error", "--margin", "--n", "--sizes"].filter { args.value($0) != nil }
        if rules.count > 1 {
            throw UsageError(
                "choose one of --error, --margin, --n, --sizes (given: \(rules.joined(separator: ", ")))",
                vi: "chỉ chọn một trong --error, --margin, --n, --sizes (đã nêu: \(rules.joined(separator: ", ")))")
        }
        let rule: SampleSizePlan.Rule
        if let m = args.value("--margin") {
            rule = .margin(try fraction(m, option: "--margin"))
        } else if let n = args.value("--n") {
            let v = try count(n, option: "--n")
            for i in units.indices {
                guard v <= units[i].population else {
                    throw SamplingError.invalid(
                        file: inputs[0], line: 0, message: "--n \(v) is larger than N = \(units[i].population) of unit '\(units[i].unit)'")
                }
                units[i].forms = v
            }
            rule = .given
        } else if let s = args.value("--sizes") {
            let t = try SamplingTable.read(s)
            let rows = try UnitNumbers.read(t, unit: unitColumn, value: "n", kind: .count)
            try PerUnit.apply(rows, to: &units, file: s, what: "n") { $0.forms = Int($1) }
            for r in rows {
                let u = units.first { TextKey.key($0.unit) == TextKey.key(r.unit) }!
                if Int(r.value) > u.population {
                    throw SamplingError.invalid(
                        file: s, line: r.line, message: "n \(Int(r.value)) of unit '\(r.unit)' is larger than its N = \(u.population)")
                }
            }
            if let missing = units.first(where: { $0.forms == nil }) {
                throw SamplingError.invalid(file: s, line: 0, message: "no n for unit '\(missing.unit)'")
            }
            inputs.append(s)
            rule = .given
        } else {
            rule = .yamane(error: try fraction(args.value("--error") ?? "0.05", option: "--error"))
        }
        // per-unit or common parameters
        if let p = args.value("--p") {
            try PerUnit.numberOrTable(p, option: "--p", column: "p", kind: .share, unit: unitColumn, units: &units, inputs: &inputs) {
                $0.share = $1
            }
        }
        if let d = args.value("--deff") {
            try PerUnit.numberOrTable(
                d, option: "--deff", column: "deff", kind: .positive, unit: unitColumn, units: &units, inputs: &inputs
            ) { $0.designEffect = $1 }
        }
        var plan = SampleSizePlan(rule: rule)
        if let c = args.value("--confidence") { plan.z = SampleSizeFormula.z(confidence: try fraction(c, option: "--confidence")) }
        if let r = args.value("--response-rate") {
            let v = try fraction(r, option: "--response-rate", allowOne: true)
            plan.responseRate = v
        }
        if let m = args.value("--min") { plan.minimum = try count(m, option: "--min") }
        if let m = args.value("--max") { plan.maximum = try count(m, option: "--max") }
        if let lo = plan.minimum, let hi = plan.maximum, lo > hi {
            throw UsageError("--min \(lo) is larger than --max \(hi)", vi: "--min \(lo) lớn hơn --max \(hi)")
        }
        let sizes = plan.sizes(units)
        try output.emit(SampleSizeReport.render(plan, sizes, style: output.style), io: io, inputs: inputs)
        return 0
    }

    /// A number strictly between 0 and 1 (or up to 1 with `allowOne`).
    static func fraction(_ text: String, option: String, allowOne: Bool = false) throws(UsageError) -> Double {
        guard let v = Double(text), v.isFinite, v > 0, v < 1 || (allowOne && v == 1) else {
            throw UsageError(
                "\(option) must be a number between 0 and 1 (\(allowOne ? "0 < x ≤ 1" : "0 < x < 1")), not '\(text)'",
                vi: "\(option) phải là một số giữa 0 và 1 (\(allowOne ? "0 < x ≤ 1" : "0 < x < 1")), không phải “\(text)”")
        }
        return v
    }

    /// A whole number of at least 1.
    static func count(_ text: String, option: String) throws(UsageError) -> Int {
        guard let v = Int(text), v >= 1 else {
            throw UsageError(
                "\(option) must be a whole number of at least 1, not '\(text)'",
                vi: "\(option) phải là số nguyên từ 1 trở lên, không phải “\(text)”")
        }
        return v
    }
}

/// Per-unit parameters from a table, matched to the units by name.
enum PerUnit {
    /// Sets each unit's value from `rows`; a unit of the table that is not among `units` is an error.
    static func apply(
        _ rows: [(unit: String, value: Double, line: Int)], to units: inout [SampleSizePlan.UnitInput], file: String,
        what: String, set: (inout SampleSizePlan.UnitInput, Double) -> Void
    ) throws(SamplingError) {
        var index: [String: Int] = [:]
        for (i, u) in units.enumerated() { index[TextKey.key(u.unit)] = i }
        for r in rows {
            guard let i = index[TextKey.key(r.unit)] else {
                throw .invalid(file: file, line: r.line, message: "unit '\(r.unit)' has no frame rows (it is not among the units of N)")
            }
            set(&units[i], r.value)
        }
    }

    /// A number for every unit, or a table unit,COLUMN with a value for each unit.
    static func numberOrTable(
        _ text: String, option: String, column: String, kind: UnitNumbers.Kind, unit: String,
        units: inout [SampleSizePlan.UnitInput], inputs: inout [String],
        set: (inout SampleSizePlan.UnitInput, Double) -> Void
    ) throws {
        if case let .success(v) = UnitNumbers.parse(text, kind) {
            for i in units.indices { set(&units[i], v) }
            return
        }
        guard FileManager.default.fileExists(atPath: text) else {
            if case let .failure(why) = UnitNumbers.parse(text, kind) {
                throw SamplingError.option(name: option, message: why.text + ", and no such file")
            }
            return
        }
        let t = try SamplingTable.read(text)
        let rows = try UnitNumbers.read(t, unit: unit, value: column, kind: kind)
        try apply(rows, to: &units, file: text, what: column, set: set)
        if rows.count < units.count {
            let have = Set(rows.map { TextKey.key($0.unit) })
            let missing = units.first { !have.contains(TextKey.key($0.unit)) }!
            throw SamplingError.invalid(file: text, line: 0, message: "no \(column) for unit '\(missing.unit)'")
        }
        inputs.append(text)
    }
}
