import ParSurveyEstimation
import ParSurveyModel
import ParSurveyStatistics
/// A weighted crosstab of group (commune...) × answer category for one question: weighted
/// and unweighted counts per valid category, and the missing answers (blank cells and
/// "don't know" options) counted separately.
public struct Crosstab: Sendable {
    /// Groups with at least one row, in the group column's order.
    public let groups: [String]
    /// The valid (non-missing) options of the question's scale, in scale order.
    public let categories: [AnswerOption]
    /// `weighted[g][k]`: Σ w of group g's answers in category k.
    public let weighted: [[Double]]
    /// `counts[g][k]`: answers of group g in category k.
    public let counts: [[Int]]
    /// Σ w of group g's rows with a missing answer (blank or a missing option).
    public let missingWeighted: [Double]
    /// Rows of group g with a missing answer.
    public let missingCounts: [Int]
    /// Rows of each group.
    public let rows: [Int]
    /// Σ w of each group's rows.
    public let rowWeights: [Double]
    /// Stored answer byte of each category (its 1-based option position).
    let categoryBytes: [Int]
    /// Design domain (group column code) of each listed group.
    let groupDomains: [Int]

    /// Tabulates `sums` (one question over `design`, whose domains are the groups named
    /// `groupNames`) for `scale`; `scope` (domain indices) keeps only those groups.
    init(sums: ClassSums, design: VarianceDesign, groupNames: [String], scale: AnswerScale, scope: [Int]? = nil) {
        let present = (scope ?? Array(0..<design.domainCount)).filter { design.domainRows[$0] > 0 }
        groupDomains = present
        groups = present.map { groupNames[$0] }
        let bytes = scale.options.indices.filter { !scale.options[$0].missing }.map { $0 + 1 }
        categoryBytes = bytes
        categories = bytes.map { scale.options[$0 - 1] }
        var slot = [Int](repeating: -1, count: sums.stride)
        for (k, b) in bytes.enumerated() { slot[b] = k }
        var rowOf = [Int](repeating: -1, count: design.domainCount)
        for (g, d) in present.enumerated() { rowOf[d] = g }
        let ng = present.count
        let nk = bytes.count
        var w = [[Double]](repeating: [Double](repeating: 0, count: nk), count: ng)
        var n = [[Int]](repeating: [Int](repeating: 0, count: nk), count: ng)
        var mw = [Double](repeating: 0, count: ng)
        var mn = [Int](repeating: 0, count: ng)
        var rw = [Double](repeating: 0, count: ng)
        var rn = [Int](repeating: 0, count: ng)
        for a in 0..<design.atomCount {
            let g = rowOf[Int(design.atomDomain[a])]
            if g < 0 { continue }
            for b in 0..<sums.stride {
                let c = a * sums.stride + b
                let count = Int(sums.count[c])
                if count == 0 { continue }
                rw[g] += sums.weight[c]
                rn[g] += count
                if slot[b] >= 0 {
                    w[g][slot[b]] += sums.weight[c]
                    n[g][slot[b]] += count
                } else {
                    mw[g] += sums.weight[c]
                    mn[g] += count
                }
            }
        }
        weighted = w
        counts = n
        missingWeighted = mw
        missingCounts = mn
        rowWeights = rw
        rows = rn
    }

    /// Σ w of group g's valid answers.
    public func answeredWeight(_ g: Int) -> Double { weighted[g].reduce(0, +) }

    /// Valid answers of group g.
    public func answered(_ g: Int) -> Int { counts[g].reduce(0, +) }

    /// Category k's share of group g's valid answers (weighted), nil when g has none.
    public func rowShare(_ g: Int, _ k: Int) -> Double? {
        let t = answeredWeight(g)
        return t > 0 ? weighted[g][k] / t : nil
    }

    /// The missing answers' share of group g's rows (weighted).
    public func missingShare(_ g: Int) -> Double? { rowWeights[g] > 0 ? missingWeighted[g] / rowWeights[g] : nil }
}
