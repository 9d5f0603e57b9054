import ParSurveyModel
/// Weighted sums over the valid answers of one question in one domain: what a criterion
/// index is made of.
public struct CriterionSums: Sendable, Equatable {
    /// Number of valid answers (not blank, not a missing option).
    public var answered: Int = 0
    /// Σ w over valid answers.
    public var weight: Double = 0
    /// Σ w·y over valid answers (y = 1 if satisfied, or the option's credit).
    public var weightedValue: Double = 0

    /// The index Σwy / Σw, or nil when no one answered.
    public var index: Double? { weight > 0 ? weightedValue / weight : nil }
}

/// Per-option value tables for a question: whether a stored byte is a valid answer and its
/// value y under the questionnaire's scoring method.
public struct AnswerValues: Sendable {
    /// `valid[b]` for stored byte b (0 = blank is never valid).
    public let valid: [Bool]
    /// `value[b]`: 1/0 for satisfied, or the credit; 0 where not valid.
    public let value: [Double]

    /// Builds the tables for `scale` under `method`.
    public init(scale: AnswerScale, method: ScoringMethod) {
        var valid = [Bool](repeating: false, count: 256)
        var value = [Double](repeating: 0, count: 256)
        for (i, o) in scale.options.enumerated() where !o.missing {
            valid[i + 1] = true
            switch method {
            case .shareSatisfied: value[i + 1] = o.satisfied ? 1 : 0
            case .meanCredit: value[i + 1] = o.credit ?? 0
            }
        }
        self.valid = valid
        self.value = value
    }
}
