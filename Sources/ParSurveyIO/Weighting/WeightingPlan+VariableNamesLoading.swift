import ParSurveyModel
import ParSurveyWeighting

extension WeightingPlan {
    /// The optional `variables` block: `{"commune": {"vi": "xã, phường, thị trấn", "en":
    /// "commune"}, ...}`, column → name for the step lines. Each key must be a column a step
    /// names; errors name the key path (`variables.gendr`).
    static func variableNames(_ block: inout JSONObjectReader, of plan: WeightingPlan) throws(JSONShapeError) -> [String: LocalizedText] {
        if block.keys.isEmpty {
            throw JSONShapeError(
                path: block.path, message: "name at least one column (column → {\"vi\": ..., \"en\": ...}) or leave the key out")
        }
        let known = plan.stepVariables
        var names: [String: LocalizedText] = [:]
        for raw in block.keys {
            let column = TextKey.clean(raw)
            let key = TextKey.key(column)
            guard known.contains(where: { TextKey.key($0) == key }) else {
                let list = known.isEmpty ? "none" : known.map { TerminalText.escape($0) }.joined(separator: ", ")
                throw JSONShapeError(
                    path: block.path(raw),
                    message: "'\(TerminalText.escape(column))' is not a column of the plan's steps (columns: \(list))")
            }
            if names[key] != nil { throw JSONShapeError(path: block.path(raw), message: "'\(TerminalText.escape(column))' is named twice") }
            names[key] = try block.localized(raw)
        }
        try block.finish()
        return names
    }
}
