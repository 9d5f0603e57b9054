/// The multistage variance of totals given per atom (R's `svyrecvar` → `multistage` →
/// `onestage` → `onestrat`), over plain arrays.
///
/// Each atom lies in one cluster of the last stage used. With Tᶜ the total of cluster c
/// (sum over its atoms, or over its sub-clusters), stage s adds for each of its strata h
/// (stage-1 strata, then the clusters of stage s − 1)
///   m_h · f_h · n_h/(n_h − 1) · Σ_{c∈h} (Tᶜ − T̄_h)(Tᶜ − T̄_h)ᵀ,
/// n_h the sampled clusters of h in the whole design (clusters without rows of the domain
/// have Tᶜ = 0 and still count, as R's zero padding of a subset), f_h = (N_h − n_h)/N_h
/// (1 without FPC), and m_h the product of the sampling fractions n/N of the strata above
/// (stage s + 1 is added only when stage s has an FPC, as R). A stratum with one PSU follows
/// the lonely-PSU rule: certainty/remove add nothing, adjust adds f·TTᵀ (centred at 0),
/// average leaves it out and scales stage 1 by strata / strata with ≥ 2 PSUs.
package struct ClusterVariance: Sendable {
    /// Stages used (1 … design stages).
    package let stageCount: Int
    /// `parent[s][c]`: the stratum at stage s of cluster c of stage s.
    let parent: [[Int32]]
    /// Number of strata at each stage.
    let stratumCount: [Int]
    /// `sampled[s][h]` as a Double.
    let sampled: [[Double]]
    /// `scale[s][h]`: m_h f_h n_h/(n_h − 1), or the lonely rule's factor.
    let scale: [[Double]]
    /// `centred[s][h]`: whether the stratum is centred at its mean (false: lonely "adjust").
    let centred: [[Bool]]
    /// Stage-1 factor strata / strata not left out (lonely "average"), 1 otherwise.
    let averageFactor: Double

    /// The variance core of `design`, using its `varianceStages`.
    package init(_ design: SurveyDesign) {
        let k = design.varianceStages
        stageCount = k
        var parent: [[Int32]] = []
        var counts: [Int] = []
        var sampled: [[Double]] = []
        var scale: [[Double]] = []
        var centred: [[Bool]] = []
        var multiplier = [Double](repeating: 1, count: design.strataNames.count)
        var left = 0
        var total = 0
        for s in 0..<k {
            let st = design.stages[s]
            parent.append(st.clusterStratum)
            counts.append(st.sampled.count)
            sampled.append(st.sampled.map(Double.init))
            var sc = [Double](repeating: 0, count: st.sampled.count)
            var ce = [Bool](repeating: true, count: st.sampled.count)
            for h in st.sampled.indices {
                let n = Double(st.sampled[h])
                let stratumSize = st.population[h]
                let f = stratumSize.isFinite ? (stratumSize - n) / stratumSize : 1
                if s == 0 && st.sampled[h] > 0 { total += 1 }
                if f < 1e-7 || st.sampled[h] == 0 { continue }
                if st.sampled[h] > 1 {
                    sc[h] = multiplier[h] * f * n / (n - 1)
                } else {
                    switch design.lonely {
                    case .adjust:
                        sc[h] = multiplier[h] * f
                        ce[h] = false
                    case .average: if s == 0 { left += 1 }
                    case .certainty, .remove, .fail: break
                    }
                }
            }
            scale.append(sc)
            centred.append(ce)
            // the next stage's strata are this stage's clusters
            if s + 1 < k {
                multiplier = st.clusterStratum.map { h in
                    let stratumSize = st.population[Int(h)]
                    return stratumSize.isFinite ? multiplier[Int(h)] * Double(st.sampled[Int(h)]) / stratumSize : 0
                }
            }
        }
        self.parent = parent
        stratumCount = counts
        self.sampled = sampled
        self.scale = scale
        self.centred = centred
        averageFactor = left > 0 && total > left ? Double(total) / Double(total - left) : 1
    }

    /// Number of clusters of the last stage used (what atoms are keyed by).
    package var lastClusterCount: Int { parent[stageCount - 1].count }

    /// The m × m covariance (row-major) of totals whose per-cluster (last stage used) values
    /// are `totals` (`lastClusterCount × m`, row-major). `totals` is consumed (overwritten).
    package func covariance(_ totals: inout [Double], m: Int) -> [Double] {
        var v = [Double](repeating: 0, count: m * m)
        var t = totals
        for s in stride(from: stageCount - 1, through: 0, by: -1) {
            let nh = stratumCount[s]
            var s1 = [Double](repeating: 0, count: nh * m)
            var s2 = [Double](repeating: 0, count: nh * m * m)
            let par = parent[s]
            let sc = scale[s]
            t.withUnsafeBufferPointer { t in
                s1.withUnsafeMutableBufferPointer { s1 in
                    s2.withUnsafeMutableBufferPointer { s2 in
                        for c in par.indices {
                            let h = Int(par[c])
                            let tc = t.baseAddress! + c * m
                            var any = false
                            for j in 0..<m where tc[j] != 0 {
                                any = true
                                s1[h * m + j] += tc[j]
                            }
                            if !any || sc[h] == 0 { continue }
                            let base = s2.baseAddress! + h * m * m
                            for j in 0..<m {
                                let x = tc[j]
                                if x == 0 { continue }
                                let row = base + j * m
                                for l in 0..<m { row[l] += x * tc[l] }
                            }
                        }
                    }
                }
            }
            var vs = [Double](repeating: 0, count: m * m)
            for h in 0..<nh where sc[h] != 0 {
                let n = sampled[s][h]
                for j in 0..<m {
                    for l in 0..<m {
                        var x = s2[(h * m + j) * m + l]
                        if centred[s][h] { x -= s1[h * m + j] * s1[h * m + l] / n }
                        vs[j * m + l] += sc[h] * x
                    }
                }
            }
            let factor = s == 0 ? averageFactor : 1
            for j in 0..<(m * m) { v[j] += factor * vs[j] }
            t = s1
        }
        totals = t
        return v
    }
}
