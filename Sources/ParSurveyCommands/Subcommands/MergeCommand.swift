import ParSurvey

/// `par-survey merge`: self-assessment + component results (from `score --format json`).
enum MergeCommand: Subcommand {
    static let help = """
        Usage: par-survey merge --self-assessment FILE --satisfaction FILE --leadership FILE [options]

        Adds the appraised self-assessment (60) to the satisfaction (30) and leadership (10)
        points per unit and ranks units by the rounded total (ties share a rank).
        --satisfaction and --leadership take the JSON written by 'par-survey score --format json'.

        Options:
        \(options.help)

        """
    static let options =
        ownOptions + UncertaintyArguments.levelOption + OptionTable([.note("  --format, --output, --lang as for every command")])
    static let ownOptions = OptionTable([
        .value("--self-assessment", "FILE", "CSV or .xlsx (first sheet): unit,criterion,score,max"),
        .value("--satisfaction", "FILE", "score JSON of the satisfaction component"),
        .value("--leadership", "FILE", "score JSON of the leadership component"),
        .value(
            "--scheme", "FILE", "index scheme (JSON, docs/SCHEMES.md; default: the shipped Bình Định 2021",
            "district scheme, 60 + 30 + 10)"),
        .value(
            "--register", "FILE", "unit register (CSV or .xlsx: id,name,type,parent,validFrom,validTo):",
            "units may be named by id or name and must be valid in --year;", "needed when the scheme ranks by unit type"),
        .value("--year", "N", "survey year, with --register (units valid on 31 December)"),
        .value(
            "--previous", "FILE", "previous year's table, CSV or .xlsx",
            "(unit,selfAssessment,satisfaction,leadership,total,rank)"),
        .value("--units", "\"A,B,…\"", "unit order (default: the self-assessment's order)"),
        .value("--title", "TEXT", "table title"),
        .value(
            "--seed", "N", "seed of the rank simulation (default \(RankSimulation.defaultSeed)); rank",
            "intervals need pointsStandardError in both score files"),
    ])

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.isEmpty else {
            throw UsageError("unexpected argument '\(args.positionals[0])'", vi: "tham số thừa “\(args.positionals[0])”")
        }
        guard let saPath = args.value("--self-assessment"), let satPath = args.value("--satisfaction"),
            let leadPath = args.value("--leadership")
        else {
            throw UsageError(
                "--self-assessment, --satisfaction and --leadership are required",
                vi: "thiếu --self-assessment, --satisfaction và --leadership")
        }
        // the level of the year-over-year change intervals (the legend names it)
        let level = try UncertaintyArguments.options(args).level
        var year: Int?
        if let y = args.value("--year") {
            guard let v = Int(y), (1900...2999).contains(v) else {
                throw UsageError("--year must be a year such as 2025, not '\(y)'", vi: "--year phải là một năm như 2025, không phải “\(y)”")
            }
            guard args.value("--register") != nil else {
                throw UsageError("--year goes with --register", vi: "--year chỉ dùng cùng --register")
            }
            year = v
        } else if args.value("--register") != nil {
            throw UsageError("--register needs --year (the survey year)", vi: "--register cần có --year (năm khảo sát)")
        }
        let scheme = try args.value("--scheme").map { p throws(SchemeError) in try IndexScheme.load(path: p) } ?? .binhDinh2021District
        var sa = try SelfAssessment.load(path: saPath, scheme: scheme)
        var sat = try ComponentPointsFile.load(path: satPath, expect: .satisfaction)
        var lead = try ComponentPointsFile.load(path: leadPath, expect: .leadership)
        var unitTypes: [String: String] = [:]
        if let regPath = args.value("--register"), let year {
            let register = try UnitRegister.load(path: regPath)
            let date = UnitRegister.referenceDate(year: year)
            var aliases: [String: String] = [:]
            for u in register.valid(on: date) {
                aliases[TextKey.key(u.id)] = u.name
                aliases[TextKey.key(u.name)] = u.name
                unitTypes[TextKey.key(u.name)] = u.type
            }
            sa = try ParIndexRun.resolveUnits(sa, register: register, date: date, file: saPath, aliases: aliases)
            func named(_ list: [UnitPoints], _ file: String) throws(MergeError) -> [UnitPoints] {
                var out = list
                for i in out.indices {
                    switch register.resolve(out[i].unit, on: date) {
                    case let .success(u): out[i].unit = u.name
                    case let .failure(p): throw .badComponent(file: file, message: p.message)
                    }
                }
                return out
            }
            sat = try named(sat, satPath)
            lead = try named(lead, leadPath)
        }
        let prev = try args.value("--previous").map { try PreviousYear.load(path: $0) } ?? []
        let units = args.value("--units").map { $0.split(separator: ",").map { TextKey.clean(String($0)) } }
        var table: ParIndexTable
        do {
            table = try ParIndexTable.merge(
                scheme: scheme, selfAssessment: sa, satisfaction: sat, leadership: lead, previous: prev, units: units, unitTypes: unitTypes)
        } catch {
            // name the file the unit is missing from (or comes from)
            switch error {
            case let .missing(_, component) where component.hasPrefix("satisfaction"),
                let .unexpectedUnit(_, component) where component.hasPrefix("satisfaction"):
                throw MergeError.badComponent(file: satPath, message: error.description)
            case let .missing(_, component) where component.hasPrefix("leaders"),
                let .unexpectedUnit(_, component) where component.hasPrefix("leaders"):
                throw MergeError.badComponent(file: leadPath, message: error.description)
            default:
                throw MergeError.badComponent(file: saPath, message: error.description)
            }
        }
        var seed = RankSimulation.defaultSeed
        if let s = args.value("--seed") {
            guard let v = UInt64(s) else {
                throw UsageError("--seed must be a whole number, not '\(s)'", vi: "--seed phải là số nguyên, không phải “\(s)”")
            }
            seed = v
        }
        table.level = level
        table.simulateRanks(seed: seed)
        let title = args.value("--title").map { LocalizedText(vi: $0, en: $0) } ?? LocalizedText(vi: "", en: "")
        let inputs =
            [saPath, satPath, leadPath] + [args.value("--previous"), args.value("--scheme"), args.value("--register")].compactMap { $0 }
        try output.emit(IndexReport.render(table, title: title, components: [], style: output.style), io: io, inputs: inputs)
        return 0
    }
}
