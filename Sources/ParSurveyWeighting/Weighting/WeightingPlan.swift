import ParSurveyModel

/// A weighting plan (JSON): where the design weights come from and the steps that turn them
/// into final weights, applied in order. See `docs/WEIGHTING.md`.
public struct WeightingPlan: Sendable {
    /// Where the design (base) weights come from.
    public enum DesignWeights: Sendable, Equatable {
        /// The manifest's weight column (`columns.weight`), or 1 when none is mapped.
        case mapped
        /// Every respondent starts at 1.
        case one
        /// A batch column holding positive decimal weights.
        case column(String)
    }

    /// The plan file (for messages).
    public var path: String
    /// A free description for reports.
    public var description: String?
    /// The description in Vietnamese and English when the plan gives both
    /// (`"description": {"vi": ..., "en": ...}`); `description` then holds the English.
    public var localizedDescription: LocalizedText?
    /// Where the design weights come from.
    public var designWeights: DesignWeights
    /// The steps, in order.
    public var steps: [WeightingStep]
    /// A column naming the sampling strata for variance estimation (default: the unit).
    public var strata: String?
    /// How the sample was drawn (clusters, stages, FPC, lonely PSUs); nil: one stage with
    /// replacement, respondents the PSUs, `strata` the strata.
    public var design: DesignSpec?
    /// Names of the plan's variables for people (`variables`: column → {vi, en}), keyed by
    /// `TextKey.key` of the column; empty: step lines print the column names.
    public var variableNames: [String: LocalizedText] = [:]

    /// Creates a plan.
    public init(
        path: String, description: String? = nil, designWeights: DesignWeights = .mapped,
        steps: [WeightingStep], strata: String? = nil
    ) {
        self.path = path
        self.description = description
        self.designWeights = designWeights
        self.steps = steps
        self.strata = strata
    }

    /// A one-line summary of the steps (`postStratify(commune) → rake(commune; gender × age_group)`).
    public var summary: String {
        steps.map(\.summary).joined(separator: " → ")
    }
}
