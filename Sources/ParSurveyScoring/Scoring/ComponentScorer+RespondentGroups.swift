import ParSurveyEstimation
import ParSurveyModel
import ParSurveyWeighting
extension ComponentScorer {
    /// Scores `data` by its respondent-group column (the leaders' survey's `columns.group`:
    /// delegates, provincial leaders...), all units together; nil when no group column is
    /// mapped. Groups are domains of the same design (R: `svyby(~group, design, ...)`).
    public static func scoreByRespondentGroup(_ data: WeightedResponses, uncertainty: UncertaintyOptions? = UncertaintyOptions())
        -> ComponentResult?
    {
        guard let domain = data.table.group, !domain.levels.isEmpty else { return nil }
        let byGroup = DomainSums(data, domain: domain)
        let all = DomainSums(totalOf: byGroup)
        let q = data.table.questionnaire
        let groups = byGroup.domains.indices.compactMap { d -> GroupScore? in
            byGroup.respondents[d] == 0 || byGroup.domains[d].isEmpty ? nil : makeGroup(byGroup, d, q)
        }
        var result = ComponentResult(
            questionnaire: q, groupedBy: "group", groups: groups, overall: makeGroup(all, 0, q), accounts: [], rejects: [],
            weighting: data.method)
        result.weightingText = data.methodText
        result.byRespondentGroup = true
        if let options = uncertainty { ScoreUncertainty.attach(to: &result, data: data, domain: domain, options: options) }
        return result
    }
}
