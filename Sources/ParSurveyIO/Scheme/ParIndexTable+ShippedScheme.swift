import ParSurveyModel
import ParSurveyScoring

extension ParIndexTable {
    /// Merges the components. `units` fixes the order (nil: the self-assessment's order).
    /// Every unit must have all three components. Uses the shipped Bình Định 2021 district scheme.
    public static func merge(
        selfAssessment: SelfAssessment, satisfaction: [UnitPoints], leadership: [UnitPoints],
        previous: [PreviousYearRow] = [], units: [String]? = nil
    ) throws(MergeError) -> ParIndexTable {
        try merge(
            scheme: .binhDinh2021District, selfAssessment: selfAssessment, satisfaction: satisfaction, leadership: leadership,
            previous: previous, units: units)
    }

}
