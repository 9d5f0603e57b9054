/// Weighted respondents and how the weights were made.
public struct WeightingResult: Sendable {
    /// What estimation reads: weights, design weights, calibration, strata.
    public var weighted: WeightedResponses
    /// Figures about the weights.
    public var diagnostics: WeightingDiagnostics
}
