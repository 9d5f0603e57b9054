import Foundation
import ParSurvey

/// The weighting plan the benchmark applies: raking from the `weight` column to the
/// population margins of gender, age_group and commune (the margins file the generator
/// writes, `variable,level,total`, like gen.py's), as in the pandas baseline's `rake3`.
enum RakingPlan {
    /// Writes `<dir>/<data's name>_plan.json` (the margins as inline maps) and loads it.
    static func make(margins: String, data: String, dir: String, twoStage: Bool = false) throws -> WeightingPlan {
        let text = try String(contentsOfFile: margins, encoding: .utf8)
        var order: [String] = []
        var levels: [String: [(String, String)]] = [:]
        for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() where n > 0 {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, Double(f[2]) != nil else { throw BenchError("\(margins):\(n + 1): expected variable,level,total") }
            if levels[f[0]] == nil {
                order.append(f[0])
                levels[f[0]] = []
            }
            levels[f[0]]!.append((f[1], f[2]))
        }
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let marginJSON = order.map { v in
            "{\"variables\": [\(quoted(v))], \"totals\": {" + levels[v]!.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}}"
        }
        let plan = """
            {
              "description": "bench: raking of the weight column to gender, age_group and commune margins",
              "designWeights": "weight",
              "steps": [
                {"step": "rake", "tolerance": 1e-10, "maxSweeps": 100,
                 "margins": [
                   \(marginJSON.joined(separator: ",\n       "))]}
              ]\(twoStage ? ",\n  \"design\": {\"ids\": [\"commune\", \"village\"], \"fpc\": [\"communes_N\", \"villages_N\"]}" : "")
            }

            """
        let name = URL(fileURLWithPath: data).lastPathComponent
        let path = dir + "/" + (name.hasSuffix(".csv") ? String(name.dropLast(4)) : name) + "_plan.json"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        if (try? String(contentsOfFile: path, encoding: .utf8)) != plan {
            try plan.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try WeightingPlan.load(path: path)
    }
}
