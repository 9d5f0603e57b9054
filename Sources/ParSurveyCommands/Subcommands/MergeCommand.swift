import ParSurvey

/// `par-survey merge`: self-assessment + component results (from `score --format json`).
enum MergeCommand: Subcommand {
    static let help = """
    Usage: par-survey merge --self-assessment FILE --satisfaction FILE --leadership FILE [options]

    Adds the appraised self-assessment (60) to the satisfaction (30) and leadership (10)
    points per unit and ranks units by the rounded total (ties share a rank).
    --satisfaction and --leadership take the JSON written by 'par-survey score --format json'.

    Options:
      --self-assessment FILE   CSV unit,criterion,score,max
      --satisfaction FILE      score JSON of the satisfaction component
      --leadership FILE        score JSON of the leadership component
      --previous FILE          previous year's table (unit,selfAssessment,satisfaction,leadership,total,rank)
      --units "A,B,…"          unit order (default: the self-assessment's order)
      --title TEXT             table title
      --seed N                 seed of the rank simulation (default \(RankSimulation.defaultSeed)); rank
                               intervals need pointsStandardError in both score files
      --format, --output, --lang as for every command

    """
    static let valued: Set<String> = ["--self-assessment", "--satisfaction", "--leadership", "--previous", "--units", "--title", "--seed"]
    static let flags: Set<String> = []

    static func run(_ args: Arguments, output: OutputOptions, io: CommandIO) throws -> Int32 {
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument '\(args.positionals[0])'") }
        guard let saPath = args.value("--self-assessment"), let satPath = args.value("--satisfaction"),
              let leadPath = args.value("--leadership")
        else { throw UsageError("--self-assessment, --satisfaction and --leadership are required") }
        let sa = try SelfAssessment.load(path: saPath)
        let sat = try ComponentPointsFile.load(path: satPath, expect: .satisfaction)
        let lead = try ComponentPointsFile.load(path: leadPath, expect: .leadership)
        let prev = try args.value("--previous").map { try PreviousYear.load(path: $0) } ?? []
        let units = args.value("--units").map { $0.split(separator: ",").map { TextKey.clean(String($0)) } }
        var table: ParIndexTable
        do {
            table = try ParIndexTable.merge(selfAssessment: sa, satisfaction: sat, leadership: lead, previous: prev, units: units)
        } catch {
            // name the file the unit is missing from (or comes from)
            switch error {
            case let .missing(_, component) where component.hasPrefix("satisfaction"), let .unexpectedUnit(_, component) where component.hasPrefix("satisfaction"):
                throw MergeError.badComponent(file: satPath, message: error.description)
            case let .missing(_, component) where component.hasPrefix("leaders"), let .unexpectedUnit(_, component) where component.hasPrefix("leaders"):
                throw MergeError.badComponent(file: leadPath, message: error.description)
            default:
                throw MergeError.badComponent(file: saPath, message: error.description)
            }
        }
        var seed = RankSimulation.defaultSeed
        if let s = args.value("--seed") {
            guard let v = UInt64(s) else { throw UsageError("--seed must be a whole number, not '\(s)'") }
            seed = v
        }
        table.simulateRanks(seed: seed)
        let title = args.value("--title").map { LocalizedText(vi: $0, en: $0) } ?? LocalizedText(vi: "", en: "")
        let inputs = [saPath, satPath, leadPath] + [args.value("--previous")].compactMap { $0 }
        try output.emit(IndexReport.render(table, title: title, components: [], style: output.style), io: io, inputs: inputs)
        return 0
    }
}
