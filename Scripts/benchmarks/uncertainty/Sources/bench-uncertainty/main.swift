// Times scoring with and without standard errors, and `compare` over all questions, on a
// gen.py file (columns id, commune, gender, age_group, rtype, weight, q1..q22), by commune:
// CPU time of this thread, after loading, best of five.
import Foundation
import ParSurvey

func cpu() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func best(_ body: () throws -> Void) rethrows -> Double {
    var out = Double.infinity
    for _ in 0..<5 {
        let t0 = cpu()
        try body()
        out = min(out, cpu() - t0)
    }
    return out
}

let file = CommandLine.arguments.dropFirst().first ?? "/tmp/big.csv"
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../..").standardized.path
let questionnaire = try Questionnaire.load(path: root + "/Questionnaires/sipas-citizen.json")
let t0 = cpu()
let loaded = try LoadedResponses.load(questionnaire: questionnaire, batches: [file],
                                      mapping: ColumnMapping(id: "id", unit: "commune", weight: "weight"))
let table = loaded.table
print(String(format: "load: %.2f s CPU, %d rows", cpu() - t0, table.rowCount))
let data = WeightedResponses.designWeights(table)
let all = Array(questionnaire.questions.indices)
print(String(format: "score, point estimates only: %.3f s", try best { _ = try ComponentScorer.score(data, uncertainty: nil) }))
print(String(format: "score with SEs, intervals, deff: %.3f s", try best { _ = try ComponentScorer.score(data) }))
print(String(format: "compare, every question: %.3f s", try best { _ = try GroupComparison.compare(data, by: "unit", questions: all) }))
let gender = table.variable("gender")!, age = table.variable("age_group")!
let calibration = CalibrationDesign(names: ["gender", "age_group", "commune"], variables: [gender.codes, age.codes, table.unit.codes],
                                    levelCounts: [gender.levels.count, age.levels.count, table.unit.levels.count])
let raked = WeightedResponses(table: table, weights: table.weights, designWeights: table.weights, calibration: calibration,
                              method: "calibration structure for timing")
print(String(format: "score with SEs, calibrated (gender + age + commune): %.3f s", try best { _ = try ComponentScorer.score(raked) }))
print(String(format: "compare, every question, calibrated: %.3f s", try best { _ = try GroupComparison.compare(raked, by: "unit", questions: all) }))
