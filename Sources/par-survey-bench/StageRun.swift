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
        var wall = [Double](), cpu = [Double]()
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
            default:
                throw BenchError("--only takes read, weight, estimate, report or compare, not \(stage)")
            }
            wall.append(clock.lap()); cpu.append(cpuClock.lap())
        }
        print("\(stage): median \(BenchRun.seconds(BenchRun.median(wall))) s, min \(BenchRun.seconds(wall.min()!)) s, "
              + "cpu median \(BenchRun.seconds(BenchRun.median(cpu))) s over \(o.reps) runs (\(loader.table.rowCount) rows)")
    }
}
