import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting

extension VarianceDesign {
    /// The design of `data` for the domains `domain` (nil: one domain, everyone). With
    /// `fixedWeights`, or when the data carry no calibration, the final weights are treated as
    /// fixed design weights.
    public init(_ data: WeightedResponses, domain: CategoricalColumn?, fixedWeights: Bool = false) {
        let calibration = fixedWeights ? nil : data.calibration
        self.init(
            Columns(
                weights: data.weights, designWeights: data.designWeights, strata: data.strata.codes, strataNames: data.strata.levels,
                domain: domain.map { ($0.codes, $0.levels.count) },
                calibration: calibration.map { ($0.variables, $0.levelCounts) },
                calibratedWeights: calibration == nil ? nil : data.calibratedWeights,
                projectionWeights: calibration == nil ? [] : data.projectionWeights, survey: data.surveyDesign))
    }
}
