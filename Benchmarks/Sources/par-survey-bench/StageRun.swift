import Foundation
import ParSurvey

/// `--only STAGE`: loads the data once and repeats one stage `reps` times (for profiling a
/// stage on its own; the full benchmark is `BenchRun`).
struct StageRun {
    let options: BenchOptions
    let stage: String

    func run() throws {
        let o = options
        let setup = try BenchRun(o).setup()
        let (data, questionnaire, plan, mapping, tuning) = (setup.data, setup.questionnaire, setup.plan, setup.mapping, setup.tuning)
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping)
        loader.tuning = tuning
        try loader.load(path: data)
        let weighting = try WeightingEngine.apply(plan, to: loader.table, columns: mapping)
        let scored = try ComponentScorer.score(weighting.weighted, accounts: loader.accounts, rejects: loader.rejects)
        var wall = [Double]()
        var cpu = [Double]()
        var audit: DataAudit?
        for _ in 0..<o.reps {
            var clock = Stopwatch()
            var cpuClock = CPUStopwatch()
            switch stage {
            case "read":
                var l = BatchLoader(questionnaire: questionnaire, mapping: mapping)
                l.tuning = tuning
                try l.load(path: data)
            case "weight":
                _ = try WeightingEngine.apply(plan, to: loader.table, columns: mapping)
            case "estimate":
                _ = try ComponentScorer.score(weighting.weighted, accounts: loader.accounts, rejects: loader.rejects)
            case "report":
                _ = ComponentReport.render(scored, style: ReportStyle(format: .json, language: .en))
            case "compare":
                _ = try GroupComparison.compare(weighting.weighted, by: "unit", questions: Array(questionnaire.questions.indices))
            case "audit":
                audit = try DataAudit.run(loader.table)
            default:
                throw BenchError("--only takes read, weight, estimate, report, compare or audit, not \(stage)")
            }
            wall.append(clock.lap())
            cpu.append(cpuClock.lap())
        }
        print(
            "\(stage): median \(BenchRun.seconds(BenchRun.median(wall))) s, min \(BenchRun.seconds(wall.min()!)) s, "
                + "cpu median \(BenchRun.seconds(BenchRun.median(cpu))) s over \(o.reps) runs (\(loader.table.rowCount) rows)")
        if let a = audit {  // what the audit found on the simulated (clean) data
            let forms = Set(a.flags.flatMap(\.rows)).count
            print(
                "audit: k = \(a.duplicates.k), \(a.duplicates.candidatesVerified) candidate pairs verified, \(forms) forms flagged: "
                    + a.counts().map { "\($0.rule.rawValue)/\($0.severity.rawValue) \($0.forms)" }.joined(separator: ", "))
            print(
                "audit: chance pairs "
                    + a.duplicates.chance.map {
                        "k=\($0.k) expected \($0.expected) given level \($0.expectedGivenLevel) observed \($0.observed.map(String.init) ?? "-")"
                    }.joined(separator: "; "))
        }
    }
}
