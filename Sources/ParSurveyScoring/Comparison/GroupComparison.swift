import ParSurveyEstimation
import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting
/// One group's satisfied share and its difference from the pooled share.
public struct GroupShare: Sendable {
    /// The group (commune...).
    public var group: String
    /// Its share with SE and interval.
    public var share: ShareEstimate
    /// share − pooled share.
    public var difference: Double
    /// Standard error of the difference.
    public var differenceStandardError: Double
    /// Two-sided p-value of the difference (t test, design df); nil when its SE is 0.
    public var pValue: Double? = nil
    /// Holm-adjusted p-value over the groups.
    public var pValueHolm: Double? = nil
    /// Whether the share is significantly below the pooled share after Holm's correction.
    public var significantlyBelow: Bool = false
}

/// The comparison of one question across groups: distribution, shares and the test.
public struct QuestionComparison: Sendable {
    /// Position of the question in the questionnaire.
    public var questionIndex: Int
    /// The question.
    public var question: Question
    /// Weighted counts per group and category, missing answers apart.
    public var crosstab: Crosstab
    /// Share satisfied (or mean credit) per group with at least one valid answer.
    public var shares: [GroupShare]
    /// Everyone's share.
    public var pooled: ShareEstimate
    /// The Rao–Scott test of homogeneity (nil when it cannot be computed; see `warnings`).
    public var test: RaoScottTest?
    /// Sparse cells, small groups, a fallback taken, why no test.
    public var warnings: [ScoringNote]
}

/// `par-survey compare`: response distributions of questions across a grouping column.
public struct ComparisonResult: Sendable {
    /// The questionnaire.
    public var questionnaire: Questionnaire
    /// The grouping column.
    public var groupedBy: String
    /// Confidence level of intervals and of the flags (α = 1 − level).
    public var confidenceLevel: Double
    /// How the weights were made (English; for JSON and logs).
    public var weighting: String
    /// How the weights were made, in Vietnamese and English (for printed output).
    public var weightingText: LocalizedText? = nil
    /// How standard errors were computed.
    public var varianceMethod: LocalizedText
    /// One comparison per question asked for.
    public var questions: [QuestionComparison]
    /// Design-level warnings (strata with one respondent).
    public var warnings: [ScoringNote]
    /// Row accounting per batch.
    public var accounts: [BatchAccount] = []
}

/// Compares questions across the levels of a grouping column.
public enum GroupComparison {
    /// Groups with fewer valid answers than this get a "few answers" warning.
    public static let fewAnswers = 10

    /// Compares `questions` (indices) of `data` across `column`: a kept variable, or `unit`
    /// (the unit column), or `group` (the respondent-group column).
    public static func compare(
        _ data: WeightedResponses, by column: String, questions: [Int],
        options: UncertaintyOptions = UncertaintyOptions()
    ) throws(ComparisonError) -> ComparisonResult {
        let table = data.table
        let (groupColumn, name) = try groupingColumn(table, column)
        let design = VarianceDesign(data, domain: groupColumn, fixedWeights: options.fixedWeights)
        let q = table.questionnaire
        var out: [QuestionComparison] = []
        for qi in questions {
            let scale = q.scale(ofQuestion: qi)
            let sums = ClassSums(data, design: design, question: qi)
            let crosstab = Crosstab(sums: sums, design: design, groupNames: groupColumn.levels, scale: scale)
            let values = AnswerValues(scale: scale, method: q.scoring)
            let shares = GroupShares(
                sums: sums, design: design, groupNames: groupColumn.levels, values: values,
                logit: q.scoring == .shareSatisfied, level: options.level)
            var warnings: [ScoringNote] = []
            let test = homogeneityTest(crosstab, sums: sums, design: design, warnings: &warnings)
            out.append(
                QuestionComparison(
                    questionIndex: qi, question: q.questions[qi], crosstab: crosstab, shares: shares.groups,
                    pooled: shares.pooled, test: test, warnings: warnings))
        }
        var warnings: [ScoringNote] = []
        if !design.lonelyStrata.isEmpty {
            warnings.append(.lonelyStrata(design.lonelyStrata))
        }
        return ComparisonResult(
            questionnaire: q, groupedBy: name, confidenceLevel: options.level, weighting: data.method, weightingText: data.methodText,
            varianceMethod: options.method(for: data), questions: out, warnings: warnings)
    }

    /// The column named `column` (a kept variable, `unit` or `group`) and its name as reported.
    static func groupingColumn(_ table: ResponseTable, _ column: String) throws(ComparisonError) -> (CategoricalColumn, String) {
        if let key = table.variableOrder.first(where: { TextKey.key($0) == TextKey.key(column) }), let v = table.variables[key] {
            return (v, key)
        } else if TextKey.key(column) == "unit" {
            return (table.unit, "unit")
        } else if TextKey.key(column) == "group", let g = table.group {
            return (g, "group")
        }
        throw .unknownColumn(column: column, available: table.variableOrder)
    }

    /// The Rao–Scott test on the groups and categories that have answers, with warnings;
    /// `scope` gives the rows and degrees of freedom of the data tested when the crosstab
    /// covers part of the design (nil: the whole design).
    static func homogeneityTest(
        _ x: Crosstab, sums: ClassSums, design: VarianceDesign, scope: (rows: Int, degreesOfFreedom: Int)? = nil,
        warnings: inout [ScoringNote]
    ) -> RaoScottTest? {
        let rowsUsed = x.groups.indices.filter { x.answered($0) > 0 }
        let colsUsed = x.categories.indices.filter { k in x.groups.indices.contains { x.counts[$0][k] > 0 } }
        let empty = x.groups.indices.filter { x.answered($0) == 0 }.map { x.groups[$0] }
        if !empty.isEmpty { warnings.append(.groupsWithoutAnswers(empty)) }
        let few = rowsUsed.filter { x.answered($0) < fewAnswers }
        if !few.isEmpty {
            warnings.append(.fewAnswers(minimum: fewAnswers, groups: few.map { x.groups[$0] }, counts: few.map { x.answered($0) }))
        }
        var rowOfDomain = [Int](repeating: -1, count: design.domainCount)
        for (r, g) in rowsUsed.enumerated() { rowOfDomain[x.groupDomains[g]] = r }
        var colOfByte = [Int](repeating: -1, count: sums.stride)
        for (c, k) in colsUsed.enumerated() { colOfByte[x.categoryBytes[k]] = c }
        let r = rowsUsed.count
        let c = colsUsed.count
        let cells = CellProportions(design: design, sums: sums, rows: r, columns: c) { a, b in
            let row = rowOfDomain[Int(design.atomDomain[a])]
            let col = colOfByte[b]
            return row < 0 || col < 0 ? -1 : row + r * col
        }
        switch RaoScottTest.compute(cells, n: scope?.rows ?? design.rowCount, nu: scope?.degreesOfFreedom ?? design.degreesOfFreedom) {
        case let .success(test):
            if test.zeroCells > 0 { warnings.append(.emptyCells(empty: test.zeroCells, cells: r * c)) }
            if test.designEffectsFrom == .expectedProportions { warnings.append(.sparseTable) }
            return test
        case .failure(.tooSmall(let rows, let columns)):
            warnings.append(.noTest(groups: rows, categories: columns))
        case .failure(.noVariance):
            warnings.append(.noVariance)
        }
        return nil
    }
}
