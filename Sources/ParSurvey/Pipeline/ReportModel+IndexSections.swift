import ParSurveyModel
import ParSurveyReports
import ParSurveyScoring
extension ReportModel {
    /// Adds the sections on the other 70 points: where each unit lost self-assessment points,
    /// and the leaders' survey by PAR area (per unit) and by respondent group (all units).
    mutating func addIndexSections(_ run: ParIndexRun, options: ReportOptions) {
        if let sa = run.selfAssessment { selfAssessment = SelfAssessmentLosses.of(sa, scheme: run.table.scheme, table: run.table) }
        guard let k = run.components.firstIndex(where: { $0.component == .leadership }) else { return }
        // Respondent groups across all units; none when the component maps no group column.
        let byGroup =
            k < run.responses.count ? ComponentScorer.scoreByRespondentGroup(run.responses[k], uncertainty: options.uncertainty) : nil
        leadership = LeadershipAreas.of(run.components[k], byGroup: byGroup, table: run.table)
    }
}
