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
    /// The sampling strata (default: each unit a stratum), for variance estimation.
    public let strata: CategoricalColumn
    /// A short description of how the weights were made, for reports.
    public let method: String

    /// Creates weighted responses; `weights.count` must equal the table's rows.
    public init(table: ResponseTable, weights: [Double], designWeights: [Double]? = nil,
                calibration: CalibrationDesign? = nil, strata: CategoricalColumn? = nil, method: String) {
        precondition(weights.count == table.rowCount, "one weight per row")
        self.table = table
        self.weights = weights
        self.designWeights = designWeights ?? weights
        self.calibration = calibration
        self.strata = strata ?? table.unit
        self.method = method
    }

    /// The design weights as given (weight column, or 1 for every row): no calibration.
    public static func designWeights(_ table: ResponseTable) -> WeightedResponses {
        let w = table.weights
        return WeightedResponses(table: table, weights: w, method: table.designWeights == nil ? "unweighted" : "design weights")
    }
}
