/// Iterative proportional fitting on cell totals, as R's `rake()` does it: each sweep
/// post-stratifies on every margin in order; the sweep after which no cell of the joint table
/// of all margins moved by `tolerance × Σ input weights` or more is the last.
///
/// The weights are summed once into the cells of the joint table (respondents with the same
/// category in every margin always get the same factor), the sweeps run on that small
/// table, and each respondent's weight is multiplied by its cell's factor at the end.
enum Raking {
    /// What a raking run gives.
    struct Outcome {
        /// The raked weights.
        var weights: [Double]
        /// Sweeps run.
        var sweeps: Int
        /// Whether the stopping rule was met before `maxSweeps`.
        var converged: Bool
        /// Largest relative margin error |Σw − target| / target after the last sweep.
        var maxMarginError: Double
        /// The category where it is.
        var worstCategory: String
        /// Per unit code: sweeps until the unit's cells stopped moving (within-unit raking).
        var unitSweeps: [Int]
        /// Per unit code: largest relative margin error of the unit's categories.
        var unitMarginError: [Double]
    }

    /// Rakes `weights` to `targets[m]` (one total per category of `margins[m]`).
    /// `unitCodes`/`unitCount` give per-unit figures when the margins are within unit.
    static func run(
        margins: [MarginCategories], targets: [[Double]], weights: [Double],
        unitCodes: [UInt32], unitCount: Int, tolerance: Double, maxSweeps: Int
    ) -> Outcome {
        let n = weights.count
        let joint = CellIndex(columns: margins.map(\.codes), levelCounts: margins.map(\.count), rowCount: n)
        let cells = joint.count
        var total = [Double](repeating: 0, count: cells)
        for i in 0..<n { total[Int(joint.cellOfRow[i])] += weights[i] }
        let category: [[Int]] = margins.map { m in joint.firstRow.map { Int(m.codes[$0]) } }
        let unitOfCell = joint.firstRow.map { Int(unitCodes[$0]) }
        var factor = [Double](repeating: 1, count: cells)
        let limit = tolerance * weights.reduce(0, +)

        var sweeps = 0
        var converged = false
        var unitSweeps = [Int](repeating: 0, count: unitCount)
        var old = total
        var sums: [[Double]] = margins.map { [Double](repeating: 0, count: $0.count) }
        while sweeps < maxSweeps {
            sweeps += 1
            for m in margins.indices {
                for k in sums[m].indices { sums[m][k] = 0 }
                let cat = category[m]
                for c in 0..<cells { sums[m][cat[c]] += total[c] }
                let ratio = sums[m].indices.map { targets[m][$0] / sums[m][$0] }
                for c in 0..<cells {
                    let r = ratio[cat[c]]
                    total[c] *= r
                    factor[c] *= r
                }
            }
            var delta = 0.0
            var unitDelta = [Double](repeating: 0, count: unitCount)
            for c in 0..<cells {
                let d = abs(total[c] - old[c])
                delta = max(delta, d)
                unitDelta[unitOfCell[c]] = max(unitDelta[unitOfCell[c]], d)
            }
            for u in 0..<unitCount where unitSweeps[u] == 0 && unitDelta[u] < limit { unitSweeps[u] = sweeps }
            old = total
            if delta < limit {
                converged = true
                break
            }
        }
        for u in 0..<unitCount where unitSweeps[u] == 0 { unitSweeps[u] = sweeps }

        var out = weights
        for i in 0..<n { out[i] *= factor[Int(joint.cellOfRow[i])] }

        // margin errors of the final table
        var worst = 0.0
        var worstLabel = ""
        var unitError = [Double](repeating: 0, count: unitCount)
        for m in margins.indices {
            var s = [Double](repeating: 0, count: margins[m].count)
            for c in 0..<cells { s[category[m][c]] += total[c] }
            for k in s.indices {
                let e = abs(s[k] - targets[m][k]) / targets[m][k]
                if e > worst || worstLabel.isEmpty {
                    worst = max(worst, e)
                    worstLabel = margins[m].labels[k]
                }
                let u = margins[m].unitOf[k]
                if u >= 0 { unitError[u] = max(unitError[u], e) }
            }
        }
        return Outcome(
            weights: out, sweeps: sweeps, converged: converged, maxMarginError: worst, worstCategory: worstLabel,
            unitSweeps: unitSweeps, unitMarginError: unitError)
    }
}
