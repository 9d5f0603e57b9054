import ParSurveyModel

extension DomainSums {
    /// One domain holding every row, added up from the domains of `parts` (which must cover
    /// every row, as a column's levels do): the same sums as `DomainSums(data, domain: nil)`
    /// without another pass over the answers (they may differ in the last bits, the additions
    /// being made in another order).
    public init(totalOf parts: DomainSums, allName: String = LocalizedText.allUnitsKey) {
        domains = [allName]
        respondents = [parts.respondents.reduce(0, +)]
        weightTotals = [parts.weightTotals.reduce(0, +)]
        let nq = parts.sums.first?.count ?? 0
        var total = [CriterionSums](repeating: CriterionSums(), count: nq)
        for d in parts.sums.indices {
            for q in 0..<nq {
                total[q].answered += parts.sums[d][q].answered
                total[q].weight += parts.sums[d][q].weight
                total[q].weightedValue += parts.sums[d][q].weightedValue
            }
        }
        sums = [total]
    }
}
