import ParSurveyModel
import ParSurveyReports
import ParSurveyScoring

extension DecisionAnnex {
    /// The decision annex of a run, as its scheme's `annex` block says (or the standard
    /// annex): `decisionNumber` ("123/QĐ-UBND") and `decisionDate` (`YYYY-MM-DD`) fill the
    /// decision line, else the manifest's `decision`; nil leaves dots to fill by hand.
    public static func build(
        run: ParIndexRun, decisionNumber: String? = nil, decisionDate: String? = nil, language: Language
    ) throws(AnnexError) -> DecisionAnnex {
        let input = AnnexInput(
            table: run.table, selfAssessment: run.selfAssessment, components: run.components, unitTypes: run.unitTypes,
            year: run.manifest.year, title: run.manifest.title, decisionNumber: decisionNumber ?? run.manifest.decisionNumber,
            decisionDate: decisionDate ?? run.manifest.decisionDate)
        return try build(input, language: language)
    }
}
