import ParSurveyModel

extension WeightingPlan {
    /// Column `column` as step lines print it in `language`: the plan's `variables` label, or
    /// the column name when the plan gives none.
    public func variableName(_ column: String, _ language: Language) -> String {
        variableNames[TextKey.key(column)]?.text(language) ?? column
    }

    /// The columns the steps name (post-stratification cells, raking margins), in plan order:
    /// the only columns a `variables` label may name.
    public var stepVariables: [String] {
        var seen = Set<String>()
        var out: [String] = []
        for step in steps {
            let vars: [String]
            switch step {
            case let .postStratify(s): vars = s.margin.variables
            case let .rake(s): vars = s.margins.flatMap(\.variables)
            case .trim, .groupShares, .normalize: vars = []
            }
            for v in vars where seen.insert(TextKey.key(v)).inserted { out.append(v) }
        }
        return out
    }
}
