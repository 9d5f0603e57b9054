import ParSurveyModel

/// What one step of the plan did.
public struct WeightingStepReport: Sendable, Equatable {
    /// Key path in the plan (`steps[1]`).
    public var path: String
    /// `postStratify`, `rake`, `trim`, `groupShares`, `normalize`.
    public var kind: String
    /// A one-line description.
    public var summary: String
    /// The same in Vietnamese (`hậu phân tầng theo commune trong từng đơn vị`).
    public var vietnameseSummary: String = ""
    /// The English step line with the plan's variable names (empty: `summary`).
    public var englishSummary: String = ""
    /// Raking: sweeps run.
    public var sweeps: Int?
    /// Raking: largest relative margin error after the last sweep.
    public var maxMarginError: Double?
    /// Trimming: weights trimmed.
    public var trimmed: Int?
    /// Trimming: passes that trimmed something.
    public var passes: Int?
    /// Trimming with re-raking: the re-raking's sweeps and margin error.
    public var rerakeSweeps: Int?
    /// Trimming with re-raking: the re-raking's largest margin error.
    public var rerakeMaxMarginError: Double?
}

/// Diagnostics of a weighted run, per unit and overall: printed with every weighted result
/// and written in JSON (`effectiveSampleSize`, `designEffect`, ...).
public struct WeightingDiagnostics: Sendable {
    /// The plan file.
    public var plan: String
    /// The plan's description, or its step summary.
    public var description: String
    /// The description in Vietnamese and English (both the same when the plan gives one string).
    public var localizedDescription = LocalizedText(vi: "", en: "")
    /// One summary per unit that has respondents, in unit order.
    public var units: [WeightSummary]
    /// All respondents together.
    public var overall: WeightSummary
    /// One report per step.
    public var steps: [WeightingStepReport]
}
