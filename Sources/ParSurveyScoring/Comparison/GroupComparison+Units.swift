import ParSurveyEstimation
import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting
/// One unit's comparison of its own groups (the communes of one district).
public struct UnitComparison: Sendable {
    /// The unit (district).
    public var unit: String
    /// The comparison of its groups: crosstabs, shares against the unit's pooled share, Holm
    /// flags over its groups, the Rao–Scott test of homogeneity among them.
    public var result: ComparisonResult
}

extension GroupComparison {
    /// Compares `questions` across the levels of `column` separately within each unit: for
    /// every unit, its groups only (a commune name shared by two districts is two groups).
    ///
    /// Each unit's comparison is what the unit's respondents alone give, as R's `svychisq`,
    /// `svyciprop` and `svycontrast` on a design of the unit's rows (one stratum; N = the unit's
    /// rows, df = its rows − its strata). Variances come from the whole design, which gives the
    /// same numbers when the weights are fixed or calibrated within each unit (a calibration across
    /// units would also be accounted for). One design and one pass over each question serve
    /// every unit.
    public static func compareWithinUnits(
        _ data: WeightedResponses, by column: String, questions: [Int],
        options: UncertaintyOptions = UncertaintyOptions()
    ) throws(ComparisonError) -> [UnitComparison] {
        let table = data.table
        let (groups, name) = try groupingColumn(table, column)
        let units = table.unit
        // Domains: (unit, group) pairs in order of first appearance.
        let width = max(groups.levels.count, 1)
        var pairCode: [Int: UInt32] = [:]
        var domain = CategoricalColumn()
        var codes = [UInt32](repeating: 0, count: table.rowCount)
        var unitOfDomain: [Int] = []
        var groupNames: [String] = []
        for i in 0..<table.rowCount {
            let u = Int(units.codes[i])
            let g = Int(groups.codes[i])
            let key = u * width + g
            if let c = pairCode[key] {
                codes[i] = c
                continue
            }
            let c = domain.code(for: "\(u)/\(g)")
            pairCode[key] = c
            unitOfDomain.append(u)
            groupNames.append(groups.levels[g])
            codes[i] = c
        }
        domain.codes = codes
        let design = VarianceDesign(data, domain: domain, fixedWeights: options.fixedWeights)
        let q = table.questionnaire
        var scopes: [(unit: Int, domains: [Int], rows: Int, df: Int)] = []
        for u in units.levels.indices {
            let ds = unitOfDomain.indices.filter { unitOfDomain[$0] == u }
            if ds.isEmpty { continue }
            let rows = ds.reduce(0) { $0 + design.domainRows[$1] }
            let strata = Set(ds.flatMap { design.atomsOfDomain[$0].map { design.atomStratum[Int($0)] } })
            scopes.append((u, ds, rows, rows - strata.count))
        }
        var perUnit = [[QuestionComparison]](repeating: [], count: scopes.count)
        for qi in questions {
            let scale = q.scale(ofQuestion: qi)
            let sums = ClassSums(data, design: design, question: qi)
            let values = AnswerValues(scale: scale, method: q.scoring)
            for (k, scope) in scopes.enumerated() {
                let crosstab = Crosstab(sums: sums, design: design, groupNames: groupNames, scale: scale, scope: scope.domains)
                let shares = GroupShares(
                    sums: sums, design: design, groupNames: groupNames, values: values,
                    logit: q.scoring == .shareSatisfied, level: options.level,
                    scope: (scope.domains, scope.df))
                var warnings: [ScoringNote] = []
                let test = homogeneityTest(crosstab, sums: sums, design: design, scope: (scope.rows, scope.df), warnings: &warnings)
                perUnit[k].append(
                    QuestionComparison(
                        questionIndex: qi, question: q.questions[qi], crosstab: crosstab,
                        shares: shares.groups, pooled: shares.pooled, test: test, warnings: warnings))
            }
        }
        return scopes.enumerated().map { k, scope in
            let lonely = design.lonelyStrata.filter { $0 == units.levels[scope.unit] }
            return UnitComparison(
                unit: units.levels[scope.unit],
                result: ComparisonResult(
                    questionnaire: q, groupedBy: name, confidenceLevel: options.level, weighting: data.method,
                    weightingText: data.methodText,
                    varianceMethod: options.method(for: data), questions: perUnit[k],
                    warnings: lonely.isEmpty
                        ? [] : [.lonelyStrata(lonely)]))
        }
    }
}
