import ParSurveyEstimation
import ParSurveyModel
import ParSurveyScoring
import ParSurveyWeighting
/// Weighting one component's responses for scoring: with its plan (from the manifest's
/// `weighting` key or `--weighting FILE`), or with the design weights as given.
public enum ComponentWeighting {
    /// The weighted responses and, when a plan was applied, its diagnostics.
    public static func weigh(
        _ table: ResponseTable, columns: ColumnMapping,
        plan path: String?
    ) throws(WeightingError) -> (WeightedResponses, WeightingDiagnostics?) {
        guard let path else { return (WeightedResponses.designWeights(table), nil) }
        let result = try WeightingEngine.apply(try WeightingPlan.load(path: path), to: table, columns: columns)
        return (result.weighted, result.diagnostics)
    }

    /// Scores a component with its plan; the result carries the weighting diagnostics.
    public static func score(
        _ loaded: LoadedResponses, columns: ColumnMapping, plan: String?,
        groupBy: String? = nil, uncertainty: UncertaintyOptions = UncertaintyOptions()
    ) throws -> ComponentResult {
        try scoreKeepingWeights(loaded, columns: columns, plan: plan, groupBy: groupBy, uncertainty: uncertainty).result
    }

    /// `score`, also returning the weighted responses it scored (for comparisons and reports).
    public static func scoreKeepingWeights(
        _ loaded: LoadedResponses, columns: ColumnMapping, plan: String?, groupBy: String? = nil,
        uncertainty: UncertaintyOptions = UncertaintyOptions()
    ) throws -> (result: ComponentResult, weighted: WeightedResponses) {
        let (weighted, diagnostics) = try weigh(loaded.table, columns: columns, plan: plan)
        var result = try ComponentScorer.score(
            weighted, groupBy: groupBy, accounts: loaded.accounts, rejects: loaded.rejects,
            uncertainty: uncertainty)
        result.weightingDiagnostics = diagnostics
        try FiniteResults.check(result)
        return (result, weighted)
    }
}
