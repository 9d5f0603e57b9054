import ParSurveyEstimation
import ParSurveyStatistics
/// The satisfied share (or mean credit) of one question per group and pooled, and each
/// group's difference from the pooled share with a t test and Holm's correction over groups.
///
/// Difference test: the influence of p_g − p is e_g − e (both on the same design), so its SE
/// is the design SE of that contrast; t = (p_g − p)/SE with the design's df (rows − strata),
/// two-sided p. R: `svycontrast(svytotal(~Ng + Dg + N_q + D_q, design), quote(Ng/Dg - N_q/D_q))`,
/// `2 * pt(-abs(t), degf(design))`, `p.adjust(p, "holm")`. A group is flagged when its
/// Holm-adjusted p is below 1 − level and its share is below the pooled share.
struct GroupShares {
    /// Per group with at least one valid answer (design domain order).
    var groups: [GroupShare] = []
    /// Everyone's share.
    var pooled: ShareEstimate

    ///
    /// `scope` (domain indices, with its degrees of freedom) restricts everything to those
    /// groups: the pooled share is theirs, the tests use their df (R: the same on the subset).
    init(
        sums: ClassSums, design: VarianceDesign, groupNames: [String], values: AnswerValues, logit: Bool,
        level: Double, scope: (domains: [Int], degreesOfFreedom: Int)? = nil
    ) {
        let s = sums.stride
        let nd = design.domainCount
        var inScope = [Bool](repeating: scope == nil, count: nd)
        for d in scope?.domains ?? [] { inScope[d] = true }
        let df = scope?.degreesOfFreedom ?? design.degreesOfFreedom
        var sw = [Double](repeating: 0, count: nd)
        var swy = sw
        var n = [Int](repeating: 0, count: nd)
        for a in 0..<design.atomCount {
            let d = Int(design.atomDomain[a])
            if !inScope[d] { continue }
            for b in 1..<s where values.valid[b] {
                sw[d] += sums.weight[a * s + b]
                swy[d] += sums.weight[a * s + b] * values.value[b]
                n[d] += Int(sums.count[a * s + b])
            }
        }
        let total = sw.reduce(0, +)
        let pAll = total > 0 ? swy.reduce(0, +) / total : 0
        let allAtoms = scope.map { $0.domains.flatMap { design.atomsOfDomain[$0] }.sorted() } ?? (0..<design.atomCount).map { Int32($0) }
        func pooledE(_ b: Int) -> Double { values.valid[b] && total > 0 ? (values.value[b] - pAll) / total : 0 }
        var scratch = VarianceScratch(design)
        let pooledSums = sums.influence(atoms: allAtoms) { _, b in pooledE(b) }
        let vAll = design.variance(pooledSums, scratch: &scratch)
        // A group's difference has influence e − pooledE on its own atoms and −pooledE elsewhere:
        // the pooled sums negated (exactly), with the group's atoms recomputed, so each group
        // costs its own atoms rather than every atom.
        var position = [Int32](repeating: -1, count: design.atomCount)
        for (k, a) in allAtoms.enumerated() { position[Int(a)] = Int32(k) }
        var negated = pooledSums
        for k in negated.atoms.indices {
            negated.e1[k] = -negated.e1[k]
            negated.e2[k] = -negated.e2[k]
            negated.ed[k] = -negated.ed[k]
        }
        pooled = ShareEstimate(
            estimate: pAll, standardError: vAll.squareRoot(), degreesOfFreedom: df,
            answered: n.reduce(0, +), level: level, logit: logit)
        var pValues: [Double] = []
        for d in 0..<nd where sw[d] > 0 && inScope[d] {
            let p = swy[d] / sw[d]
            func e(_ b: Int) -> Double { values.valid[b] ? (values.value[b] - p) / sw[d] : 0 }
            let v = design.variance(sums.influence(atoms: design.atomsOfDomain[d]) { _, b in e(b) }, scratch: &scratch)
            let share = ShareEstimate(
                estimate: p, standardError: v.squareRoot(), degreesOfFreedom: design.domainDegreesOfFreedom[d],
                answered: n[d], level: level, logit: logit)
            var difference = negated
            let own = design.atomsOfDomain[d].filter { position[Int($0)] >= 0 }
            let ownSums = sums.influence(atoms: own) { _, b in e(b) - pooledE(b) }
            for (k, a) in own.enumerated() {
                let j = Int(position[Int(a)])
                difference.e1[j] = ownSums.e1[k]
                difference.e2[j] = ownSums.e2[k]
                difference.ed[j] = ownSums.ed[k]
                difference.ee[j] = ownSums.ee[k]
            }
            let vd = design.variance(difference, scratch: &scratch)
            var g = GroupShare(group: groupNames[d], share: share, difference: p - pAll, differenceStandardError: vd.squareRoot())
            if vd > 0 && df > 0 {
                let t = (p - pAll) / vd.squareRoot()
                g.pValue = min(1, 2 * StudentT.upperTail(abs(t), df: Double(df)))
                pValues.append(g.pValue!)
            }
            groups.append(g)
        }
        let adjusted = Holm.adjust(pValues)
        var k = 0
        for i in groups.indices where groups[i].pValue != nil {
            groups[i].pValueHolm = adjusted[k]
            groups[i].significantlyBelow = adjusted[k] < 1 - level && groups[i].difference < 0
            k += 1
        }
    }
}
