import Foundation
import ParSurvey

/// `--only STAGE`: loads the data once and repeats one stage `reps` times (for profiling a
/// stage on its own; the full benchmark is `BenchRun`).
struct StageRun {
    let options: BenchOptions
    let stage: String

    func run() throws {
        let o = options
        let (data, margins) = try BenchRun(o).dataFiles()
        let questionnaire = try Questionnaire.load(path: Paths.repo("Questionnaires/sipas-citizen.json"))
        let plan = try RakingPlan.make(margins: margins, data: data, dir: o.dir)
        let mapping = ColumnMapping(id: "id", unit: "commune", weight: "weight")
        var tuning = BatchLoader.Tuning()
        if let w = o.workers { tuning.workers = w }
        if let c = o.chunk { tuning.chunkSize = c }
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
