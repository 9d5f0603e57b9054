extension RaoScottTest {
    /// tr Δ and tr Δ² of one table, and the rank of the main-effect space projected out.
    package struct DeltaTraces {
        /// tr Δ.
        package var trace: Double
        /// tr Δ².
        package var traceSquared: Double
        /// q, the dimension of the main effects projected out (`MainEffectBasis.rank`).
        package var mainEffectRank: Int
    }

    /// tr Δ and tr Δ² for D = diag(d), without forming Δ.
    ///
    /// With W = D⁻¹ (1/0 read as 0), H = W^½ C and U = W^½ V W^½, Δ = N (HᵀH)⁻¹ Hᵀ U H, so
    /// tr Δ = N tr(Π U) and tr Δ² = N² tr(Π U Π U), Π the orthogonal projector on the columns of
    /// H. The columns of C span the interactions (row and column sums zero), so the complement
    /// of H's columns is the empty cells' unit vectors (where U is zero) and the main effects
    /// that vanish on empty cells, scaled by √d: `MainEffectBasis` B, q ≤ r + c − 1 columns with
    /// two entries per row. Hence Π U = U − B (BᵀB)⁻¹ Bᵀ U = X, tr Δ = N tr X and
    /// tr Δ² = N² Σ Xₐᵦ Xᵦₐ: O(m² + q² m) for m = r·c cells instead of O(m³).
    /// Nil when Cᵀ D⁻¹ C is singular (a cycle of empty cells, see `MainEffectBasis`).
    /// `covariance` is V, row-major (r·c)², cell = row + r × column; `n` = N.
    package static func deltaTraces(rows r: Int, columns c: Int, covariance: [Double], d: [Double], n: Int) -> DeltaTraces? {
        let m = r * c
        guard let basis = MainEffectBasis(rows: r, columns: c, d: d),
            let lower = DenseMatrix.cholesky(basis.gram, size: basis.rank)
        else { return nil }
        let q = basis.rank
        let scale = d.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        var x = [Double](repeating: 0, count: m * m)  // U, then X = Π U
        var projected = [Double](repeating: 0, count: q * m)  // Bᵀ U, then (BᵀB)⁻¹ Bᵀ U
        covariance.withUnsafeBufferPointer { v in
            x.withUnsafeMutableBufferPointer { xp in
                projected.withUnsafeMutableBufferPointer { pp in
                    let u = xp.baseAddress!
                    let p = pp.baseAddress!
                    for a in 0..<m where scale[a] != 0 {
                        for b in 0..<m { u[a * m + b] = scale[a] * v[a * m + b] * scale[b] }
                    }
                    for j in 0..<m {
                        let s = basis.root[j]
                        if basis.rowVector[j] >= 0 { DenseMatrix.subtract(-s, u + j * m, from: p + basis.rowVector[j] * m, count: m) }
                        if basis.columnVector[j] >= 0 { DenseMatrix.subtract(s, u + j * m, from: p + basis.columnVector[j] * m, count: m) }
                    }
                }
            }
        }
        DenseMatrix.choleskySolve(lower, &projected, size: q, width: m)
        var tr = 0.0
        var tr2 = 0.0
        x.withUnsafeMutableBufferPointer { xp in
            projected.withUnsafeBufferPointer { pp in
                let u = xp.baseAddress!
                let p = pp.baseAddress!
                for j in 0..<m {
                    let s = basis.root[j]
                    if basis.rowVector[j] >= 0 { DenseMatrix.subtract(s, p + basis.rowVector[j] * m, from: u + j * m, count: m) }
                    if basis.columnVector[j] >= 0 { DenseMatrix.subtract(-s, p + basis.columnVector[j] * m, from: u + j * m, count: m) }
                }
                for a in 0..<m {
                    tr += u[a * m + a]
                    tr2 += u[a * m + a] * u[a * m + a]
                    for b in (a + 1)..<m { tr2 += 2 * u[a * m + b] * u[b * m + a] }
                }
            }
        }
        let rows = Double(n)
        return DeltaTraces(trace: rows * tr, traceSquared: rows * rows * tr2, mainEffectRank: q)
    }
}
