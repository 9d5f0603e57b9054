import ParSurveyEstimation
import ParSurveyModel
import ParSurveyWeighting
/// Turns weighted responses into a component's indices and points, per group and overall.
public enum ComponentScorer {
    /// Scores `data` by `groupBy` (nil: by unit). Throws if the column does not exist.
    /// Standard errors and intervals follow `uncertainty` (nil: point estimates only).
    public static func score(
        _ data: WeightedResponses, groupBy column: String? = nil,
        accounts: [BatchAccount] = [], rejects: [Reject] = [],
        uncertainty: UncertaintyOptions? = UncertaintyOptions()
    ) throws(ScoringError) -> ComponentResult {
        let table = data.table
        let domain: CategoricalColumn
        let name: String
        var byRespondentGroup = false
        if let c = column, TextKey.key(c) == "group", let g = table.group,
            !table.variableOrder.contains(where: { TextKey.key($0) == "group" })
        {
            // `--by group`: the mapped respondent-group column (`columns.group`).
            domain = g
            name = "group"
            byRespondentGroup = true
        } else if let c = column {
            guard let key = table.variableOrder.first(where: { TextKey.key($0) == TextKey.key(c) }), let v = table.variables[key] else {
                throw .unknownColumn(column: c, available: table.variableOrder)
            }
            domain = v
            name = key
        } else {
            domain = table.unit
            name = "unit"
        }
        let byGroup = DomainSums(data, domain: domain)
        // Every row has a level: the overall sums add up the groups (no second pass).
        let all = domain.levels.isEmpty ? DomainSums(data, domain: nil) : DomainSums(totalOf: byGroup)
        let groups = byGroup.domains.indices.compactMap { d -> GroupScore? in
            byGroup.respondents[d] == 0 ? nil : makeGroup(byGroup, d, table.questionnaire)
        }
        var result = ComponentResult(
            questionnaire: table.questionnaire, groupedBy: name, groups: groups,
            overall: makeGroup(all, 0, table.questionnaire), accounts: accounts, rejects: rejects,
            weighting: data.method)
        result.weightingText = data.methodText
        result.byRespondentGroup = byRespondentGroup
        if let options = uncertainty { ScoreUncertainty.attach(to: &result, data: data, domain: domain, options: options) }
        return result
    }

    static func makeGroup(_ s: DomainSums, _ d: Int, _ q: Questionnaire) -> GroupScore {
        let criteria = q.questions.indices.map { i in
            CriterionScore(
                id: q.questions[i].id, index: s.sums[d][i].index, answered: s.sums[d][i].answered,
                weightedAnswered: s.sums[d][i].weight)
        }
        let agg = IndexAggregation(questionnaire: q, criteria: criteria.map(\.index))
        let points = agg.overall.map { $0 * q.maxPoints }
        var warnings: [ScoringNote] = []
        if !agg.unanswered.isEmpty { warnings.append(.unanswered(group: s.domains[d], questions: agg.unanswered)) }
        return GroupScore(
            group: s.domains[d], respondents: s.respondents[d], sumOfWeights: s.weightTotals[d],
            criteria: criteria,
            elements: q.elements.indices.map { ElementScore(id: q.elements[$0].id, index: agg.elements[$0]) },
            index: agg.overall, points: points,
            publishedHundredths: points.map { DecimalText.roundedScaled($0) },
            indexCoefficients: agg.overallCoefficients, warnings: warnings)
    }
}

/// Why a component could not be scored.
public enum ScoringError: ParSurveyError, Equatable {
    /// `--by` names a column the batches do not have.
    case unknownColumn(column: String, available: [String])

    public var kind: ErrorKind { "scoring.unknownColumn" }

    public var description: String {
        switch self {
        case let .unknownColumn(c, available):
            return "no column '\(c)' to group by (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        }
    }
}
