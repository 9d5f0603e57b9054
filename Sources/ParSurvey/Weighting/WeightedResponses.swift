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
    /// A short description of how the weights were made, for reports.
    public let method: String

    /// Creates weighted responses; `weights.count` must equal the table's rows.
    public init(table: ResponseTable, weights: [Double], designWeights: [Double]? = nil, method: String) {
        precondition(weights.count == table.rowCount, "one weight per row")
        self.table = table
        self.weights = weights
        self.designWeights = designWeights ?? weights
        self.method = method
    }

    /// The design weights as given (weight column, or 1 for every row): no calibration.
    public static func designWeights(_ table: ResponseTable) -> WeightedResponses {
        let w = table.weights
        return WeightedResponses(table: table, weights: w, method: table.designWeights == nil ? "unweighted" : "design weights")
    }
}
