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

    /// Solves (L Lᵀ) X = B in place for B, `size × width` row-major (one right-hand side per
    /// column), L the lower Cholesky factor: forward then backward substitution, row by row,
    /// so every update is a contiguous row operation.
    package static func choleskySolve(_ l: [Double], _ b: inout [Double], size n: Int, width w: Int) {
        l.withUnsafeBufferPointer { lp in
            b.withUnsafeMutableBufferPointer { bp in
                let base = bp.baseAddress!
                for t in 0..<n {
                    let row = base + t * w
                    for s in 0..<t where lp[t * n + s] != 0 { subtract(lp[t * n + s], base + s * w, from: row, count: w) }
                    let pivot = lp[t * n + t]
                    for x in 0..<w { row[x] /= pivot }
                }
                for t in stride(from: n - 1, through: 0, by: -1) {
                    let row = base + t * w
                    for s in (t + 1)..<n where lp[s * n + t] != 0 { subtract(lp[s * n + t], base + s * w, from: row, count: w) }
                    let pivot = lp[t * n + t]
                    for x in 0..<w { row[x] /= pivot }
                }
            }
        }
    }

    /// y −= α x over `count` contiguous entries.
    @inline(__always)
    package static func subtract(_ alpha: Double, _ x: UnsafePointer<Double>, from y: UnsafeMutablePointer<Double>, count: Int) {
        for i in 0..<count { y[i] -= alpha * x[i] }
    }
}
