/// Small dense linear algebra on row-major `[Double]` matrices, for the Rao–Scott test.
package enum DenseMatrix {
    /// The lower Cholesky factor of the symmetric `size × size` matrix `a`, or nil when a
    /// pivot falls below 1e-10 of its diagonal entry (singular or not positive definite).
    package static func cholesky(_ a: [Double], size n: Int) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            var s = a[j * n + j]
            for k in 0..<j { s -= l[j * n + k] * l[j * n + k] }
            guard s > 1e-10 * a[j * n + j], s > 0 else { return nil }
            let root = s.squareRoot()
            l[j * n + j] = root
            for i in (j + 1)..<n {
                var x = a[i * n + j]
                for k in 0..<j { x -= l[i * n + k] * l[j * n + k] }
                l[i * n + j] = x / root
            }
        }
        return l
    }

    /// A (rows × inner) × B (inner × columns).
    package static func multiply(_ a: [Double], _ b: [Double], rows: Int, inner: Int, columns: Int) -> [Double] {
        var out = [Double](repeating: 0, count: rows * columns)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { op in
                    for i in 0..<rows {
                        for k in 0..<inner {
                            let x = ap[i * inner + k]
                            if x == 0 { continue }
                            for j in 0..<columns { op[i * columns + j] += x * bp[k * columns + j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Aᵀ B for A (rows × left) and B (rows × right).
    package static func multiplyTransposed(_ a: [Double], _ b: [Double], rows: Int, left: Int, right: Int) -> [Double] {
        var out = [Double](repeating: 0, count: left * right)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { op in
                    for r in 0..<rows {
                        for i in 0..<left {
                            let x = ap[r * left + i]
                            if x == 0 { continue }
                            for j in 0..<right { op[i * right + j] += x * bp[r * right + j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// L⁻¹ M L⁻ᵀ for a lower-triangular L and a square M (`size × size`).
    package static func congruence(_ l: [Double], _ m: [Double], size n: Int) -> [Double] {
        // X = L⁻¹ M (forward substitution, column by column), then S = L⁻¹ Xᵀ = (X L⁻ᵀ)ᵀ.
        func solveLower(_ b: [Double]) -> [Double] {
            var x = b
            for col in 0..<n {
                for i in 0..<n {
                    var s = x[i * n + col]
                    for k in 0..<i { s -= l[i * n + k] * x[k * n + col] }
                    x[i * n + col] = s / l[i * n + i]
                }
            }
            return x
        }
        let x = solveLower(m)
        var xt = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { xt[j * n + i] = x[i * n + j] } }
        return solveLower(xt)
    }
}
