import ParSurveyStatistics
import ParSurveyModel
/// What calibration-aware standard errors need to know about how the weights were made:
/// the categorical variables the design weights were calibrated to (post-stratification
/// cells or raking margins; margins raked within each unit are given crossed with the unit).
public struct CalibrationDesign: Sendable {
    /// Variable names (for messages), e.g. `["gender", "age_group", "commune"]`.
    public var names: [String]
    /// One code column per variable: `variables[k][row]` in `0..<levelCounts[k]`.
    public var variables: [[UInt32]]
    /// Number of levels of each variable.
    public var levelCounts: [Int]

    /// Creates a calibration description.
    public init(names: [String], variables: [[UInt32]], levelCounts: [Int]) {
        self.names = names
        self.variables = variables
        self.levelCounts = levelCounts
    }
}

/// Respondents with their final weights: what estimation reads. Built by a weighting step
/// (`WeightedResponses.designWeights(_:)` for the weight column as given; the weighting
/// engine for post-stratification, raking and trimming).
public struct WeightedResponses: Sendable {
    /// The accepted respondents.
    public let table: ResponseTable
    /// One final weight per row, positive and finite.
    public let weights: [Double]
    /// The design weights before calibration (what the variance needs).
    public let designWeights: [Double]
    /// The calibration the weights satisfy (nil: weights are treated as fixed design weights).
    public let calibration: CalibrationDesign?
    /// The weights as the last calibration left them, when a later step (trimming) changed
    /// them; nil when the final weights are the calibrated ones. R keeps the calibration's
    /// projection through `trimWeights()`: residuals zᵢ = wᵢeᵢ − cᵢxᵢᵀB with
    /// B = (XᵀDX)⁻ Σ dᵢ(wᵢ/cᵢ)eᵢxᵢ (c these weights, w the final ones; see docs/UNCERTAINTY.md).
    public let calibratedWeights: [Double]?
    /// The sampling design (clusters, stages, FPC, lonely-PSU rule) when one is given; its
    /// stage-1 strata are `strata`. Nil: one stage with replacement, rows the PSUs.
    public let surveyDesign: SurveyDesign?
    /// The sampling strata (default: each unit a stratum), for variance estimation.
    public let strata: CategoricalColumn
    /// A short description of how the weights were made, for reports (English; the plan's
    /// one string when it gives no other).
    public let method: String
    /// The same description in Vietnamese and English, for reports in either language.
    public let methodText: LocalizedText

    /// Creates weighted responses; `weights.count` must equal the table's rows.
    public init(
        table: ResponseTable, weights: [Double], designWeights: [Double]? = nil,
        calibration: CalibrationDesign? = nil, strata: CategoricalColumn? = nil, method: String,
        methodText: LocalizedText? = nil, calibratedWeights: [Double]? = nil, surveyDesign: SurveyDesign? = nil
    ) {
        precondition(weights.count == table.rowCount, "one weight per row")
        precondition(calibratedWeights.map { $0.count == weights.count } ?? true, "one calibrated weight per row")
        self.table = table
        self.weights = weights
        self.designWeights = designWeights ?? weights
        self.calibration = calibration
        self.calibratedWeights = calibration == nil || calibratedWeights == weights ? nil : calibratedWeights
        self.surveyDesign = surveyDesign
        if let surveyDesign {
            var column = CategoricalColumn(levels: surveyDesign.strataNames)
            column.codes = surveyDesign.strata
            self.strata = column
        } else {
            self.strata = strata ?? table.unit
        }
        self.method = method
        self.methodText = methodText ?? LocalizedText(vi: method, en: method)
    }

    /// The design weights as given (weight column, or 1 for every row): no calibration.
    public static func designWeights(_ table: ResponseTable) -> WeightedResponses {
        let w = table.weights
        return WeightedResponses(
            table: table, weights: w, method: table.designWeights == nil ? "unweighted" : "design weights",
            methodText: table.designWeights == nil
                ? LocalizedText(vi: "không gia quyền", en: "unweighted")
                : LocalizedText(vi: "trọng số thiết kế", en: "design weights"))
    }

    /// The design weights the calibration projection sums with: dᵢ, or dᵢwᵢ/cᵢ after trimming
    /// (R: `qr.resid(qr, x/(g√d))`, x built from the trimmed weights, g from the calibration).
    package var projectionWeights: [Double] {
        guard let c = calibratedWeights else { return designWeights }
        return weights.indices.map { designWeights[$0] * (weights[$0] / c[$0]) }
    }
}
