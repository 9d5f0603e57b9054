/// The weighted least-squares projection behind calibration-aware (GREG) standard errors:
/// b = (Xᵀ diag(d) X)⁻ Xᵀ diag(d) e, X the indicator columns of every calibration variable,
/// d the design weights before calibration.
///
/// Stacked full indicator sets are rank deficient (each variable's columns sum to the same
/// intercept; margins crossed with the unit share the unit totals). The Cholesky factorisation
/// of Xᵀ diag(d) X drops, in column order, every column whose residual diagonal is below
/// 1e-9 of its own diagonal, i.e. every column that is a combination of earlier ones: the kept
/// columns span the same space, so the fitted values Xb — all the variance needs — are those
/// of R's `model.matrix` parametrisation (intercept, first level of each variable dropped) or
/// of any generalised inverse.
package struct CalibrationProjection: Sendable {
    /// Total number of indicator columns (Σ levels).
    package let columnCount: Int
    /// Column offset of each variable.
    let offsets: [Int]
    /// Lower Cholesky factor, row-major `columnCount × columnCount` (zero columns where dropped).
    private let factor: [Double]
    /// Whether each column was dropped as dependent.
    let dropped: [Bool]

    /// Builds the normal matrix from per-atom design-weight sums; `levels[a * V + v]` is the
    /// global column (offset included) of variable v in atom a.
    package init(levelCounts: [Int], atomLevels: [Int32], atomDesignWeights: [Double]) {
        var offsets: [Int] = []
        var total = 0
        for c in levelCounts {
            offsets.append(total)
            total += c
        }
        self.offsets = offsets
        columnCount = total
        let v = levelCounts.count
        var m = [Double](repeating: 0, count: total * total)
        for a in atomDesignWeights.indices {
            let d = atomDesignWeights[a]
            for i in 0..<v {
                let li = Int(atomLevels[a * v + i])
                for j in 0..<v { m[li * total + Int(atomLevels[a * v + j])] += d }
            }
        }
        var l = [Double](repeating: 0, count: total * total)
        var dropped = [Bool](repeating: false, count: total)
        for j in 0..<total {
            var s = m[j * total + j]
            for k in 0..<j { s -= l[j * total + k] * l[j * total + k] }
            if !(s > 1e-9 * m[j * total + j]) {
                dropped[j] = true
                continue
            }
            let root = s.squareRoot()
            l[j * total + j] = root
            for i in (j + 1)..<total {
                var x = m[i * total + j]
                for k in 0..<j { x -= l[i * total + k] * l[j * total + k] }
                l[i * total + j] = x / root
            }
        }
        factor = l
        self.dropped = dropped
    }

    /// Solves (Xᵀ diag(d) X) b = g on the kept columns; dropped columns get b = 0.
    /// `g` and `b` have `columnCount` entries.
    package func solve(_ g: UnsafeBufferPointer<Double>, into b: UnsafeMutableBufferPointer<Double>) {
        let n = columnCount
        factor.withUnsafeBufferPointer { l in
            for j in 0..<n {
                if dropped[j] {
                    b[j] = 0
                    continue
                }
                var x = g[j]
                for k in 0..<j { x -= l[j * n + k] * b[k] }
                b[j] = x / l[j * n + j]
            }
            for j in stride(from: n - 1, through: 0, by: -1) {
                if dropped[j] { continue }
                var x = b[j]
                for k in (j + 1)..<n { x -= l[k * n + j] * b[k] }
                b[j] = x / l[j * n + j]
            }
        }
    }
}
