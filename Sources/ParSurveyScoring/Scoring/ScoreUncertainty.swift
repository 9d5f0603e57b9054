import ParSurveyEstimation
import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting
/// Adds standard errors, confidence intervals and design effects to a component's scores:
/// criterion shares (logit intervals; Wald t intervals for mean credits), element and overall indices and points (Wald t
/// intervals), with degrees of freedom = rows of the group − its strata, as
/// `docs/UNCERTAINTY.md` describes.
public enum ScoreUncertainty {
    /// Fills the uncertainty fields of every group of `result` (grouped by `domain`) and of
    /// the overall score.
    public static func attach(
        to result: inout ComponentResult, data: WeightedResponses, domain: CategoricalColumn,
        options: UncertaintyOptions
    ) {
        let design = VarianceDesign(data, domain: domain, fixedWeights: options.fixedWeights)
        var groups = result.groups + [result.overall]
        fill(&groups, design: design, names: domain.levels, data: data, options: options)
        result.overall = groups.removeLast()
        result.groups = groups
        result.confidenceLevel = options.level
        result.varianceMethod = options.method(for: data)
        if !design.lonelyStrata.isEmpty {
            result.overall.warnings.append(.lonelyStrata(design.lonelyStrata))
        }
    }

    /// Fills `groups`: those named as the design's domains `names`, and the last one, which
    /// is everyone.
    static func fill(
        _ groups: inout [GroupScore], design: VarianceDesign, names: [String], data: WeightedResponses,
        options: UncertaintyOptions
    ) {
        let questionnaire = data.table.questionnaire
        let accumulator = InfluenceAccumulator(data, design: design, everyone: true)
        let coefficients = (0..<accumulator.domainCount).map { d -> [[Double]] in
            let agg = IndexAggregation(questionnaire: questionnaire, criteria: accumulator.index[d])
            return agg.elementCoefficients + [agg.overallCoefficients]
        }
        let combined = accumulator.combinationVariances(data, coefficients: coefficients, rowSegment: options.rowSegment)
        var domainOf: [String: Int] = [:]
        for (d, name) in names.enumerated() { domainOf[name] = d }
        let level = options.level
        for gi in groups.indices {
            guard let d = gi == groups.count - 1 ? design.domainCount : domainOf[groups[gi].group] else { continue }
            let df = design.degreesOfFreedom(ofDomain: d)
            // One t quantile per group: every interval of the group has its degrees of freedom.
            let t = df >= 1 ? ConfidenceInterval.tQuantile(level: level, degreesOfFreedom: df) : nil
            func logit(_ p: Double, _ se: Double) -> ConfidenceInterval? {
                t.flatMap { ConfidenceInterval.logit(estimate: p, standardError: se, t: $0) }
            }
            func wald(_ x: Double, _ se: Double) -> ConfidenceInterval? {
                t.flatMap { ConfidenceInterval.wald(estimate: x, standardError: se, t: $0) }
            }
            var g = groups[gi]
            g.degreesOfFreedom = df
            let sums = design.weightSums(ofDomain: d)
            if sums.sum > 0 { g.kishDesignEffect = Double(design.rows(ofDomain: d)) * sums.sumOfSquares / (sums.sum * sums.sum) }
            for q in g.criteria.indices {
                guard let p = g.criteria[q].index, let v = accumulator.variance[d][q] else { continue }
                let se = v.squareRoot()
                g.criteria[q].standardError = se
                g.criteria[q].confidenceInterval = questionnaire.scoring == .shareSatisfied ? logit(p, se) : wald(p, se)
                g.criteria[q].designEffect = accumulator.designEffect[d][q]
            }
            for e in g.elements.indices {
                guard let x = g.elements[e].index, let v = combined[d][e] else { continue }
                let se = v.squareRoot()
                g.elements[e].standardError = se
                g.elements[e].confidenceInterval = wald(x, se)
            }
            if let x = g.index, let v = combined[d][g.elements.count] {
                let se = v.squareRoot()
                g.standardError = se
                g.confidenceInterval = wald(x, se)
                g.pointsStandardError = se * questionnaire.maxPoints
                g.pointsConfidenceInterval = g.confidenceInterval?.scaled(by: questionnaire.maxPoints)
            }
            groups[gi] = g
        }
    }
}
