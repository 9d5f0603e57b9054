import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting
/// One criterion's result in a group.
public struct CriterionScore: Sendable, Equatable {
    /// Question id.
    public var id: String
    /// Index 0..1 (share satisfied or mean credit), nil when no one answered.
    public var index: Double?
    /// Valid answers.
    public var answered: Int
    /// Σ w over valid answers.
    public var weightedAnswered: Double
    /// Standard error of the index (nil when not computed or no one answered).
    public var standardError: Double? = nil
    /// Logit confidence interval of the index.
    public var confidenceInterval: ConfidenceInterval? = nil
    /// Design effect against simple random sampling with replacement.
    public var designEffect: Double? = nil
}

/// One element's result in a group.
public struct ElementScore: Sendable, Equatable {
    /// Element id.
    public var id: String
    /// Index 0..1, nil when none of its questions was answered.
    public var index: Double?
    /// Standard error of the index.
    public var standardError: Double? = nil
    /// Wald (t) confidence interval of the index.
    public var confidenceInterval: ConfidenceInterval? = nil
}

/// A component's result for one group (a unit, a commune, or everyone).
public struct GroupScore: Sendable {
    /// The group's name (unit, commune...).
    public var group: String
    /// Respondents in the group.
    public var respondents: Int
    /// Σ of their weights.
    public var sumOfWeights: Double
    /// Per criterion.
    public var criteria: [CriterionScore]
    /// Per element.
    public var elements: [ElementScore]
    /// The overall index 0..1 (unrounded), nil when nothing was answered.
    public var index: Double?
    /// maxPoints × index, unrounded.
    public var points: Double?
    /// Points as published: rounded half-up to 2 decimals, in hundredths.
    public var publishedHundredths: Int?
    /// Coefficients of the overall index over the criterion indices (for standard errors).
    public var indexCoefficients: [Double]
    /// Problems worth telling (questions no one answered...).
    public var warnings: [ScoringNote]
    /// Standard error of the overall index.
    public var standardError: Double? = nil
    /// Wald (t) confidence interval of the overall index.
    public var confidenceInterval: ConfidenceInterval? = nil
    /// Standard error of the points (maxPoints × the index's).
    public var pointsStandardError: Double? = nil
    /// Confidence interval of the (unrounded) points.
    public var pointsConfidenceInterval: ConfidenceInterval? = nil
    /// Degrees of freedom of the intervals: rows of the group minus its strata.
    public var degreesOfFreedom: Int? = nil
    /// Kish's design effect of weighting, n Σw² / (Σw)².
    public var kishDesignEffect: Double? = nil
}

/// A whole component (satisfaction 30 or leadership 10): per group and for all together.
public struct ComponentResult: Sendable {
    /// The questionnaire scored.
    public var questionnaire: Questionnaire
    /// What the groups are (`unit`, or the `--by` column).
    public var groupedBy: String
    /// Whether the groups are the respondent groups of the mapped group column (their
    /// names come from the questionnaire's `respondentGroups`).
    public var byRespondentGroup: Bool = false
    /// One score per group, in the group column's order.
    public var groups: [GroupScore]
    /// Everyone together.
    public var overall: GroupScore
    /// Row accounting per batch.
    public var accounts: [BatchAccount]
    /// Rejected rows.
    public var rejects: [Reject]
    /// How the weights were made (English; for JSON and logs).
    public var weighting: String
    /// How the weights were made, in Vietnamese and English (for the printed report).
    public var weightingText: LocalizedText? = nil
    /// Diagnostics of the weighting plan, when one was applied.
    public var weightingDiagnostics: WeightingDiagnostics? = nil
    /// Confidence level of the intervals (nil: no standard errors computed).
    public var confidenceLevel: Double? = nil
    /// How the standard errors were computed (design, calibration).
    public var varianceMethod: LocalizedText? = nil

    /// The component scored.
    public var component: Component { questionnaire.component }
    /// The component's maximum points.
    public var maxPoints: Double { questionnaire.maxPoints }
}
