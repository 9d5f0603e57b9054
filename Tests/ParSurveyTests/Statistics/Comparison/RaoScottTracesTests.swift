import Testing
@testable import ParSurvey

/// `RaoScottTest.deltaTraces` (tr Δ, tr Δ² by projecting the main effects out) against a hand
/// derivation and against Δ formed densely as R's `svychisq` writes it (`DenseDeltaReference`,
/// kept here in the tests only).
@Suite struct RaoScottTracesTests {
    /// Simple random sampling: V = λ (diag(p) − p pᵀ)/N. Then Cᵀ D⁻¹ V D⁻¹ C = λ (Cᵀ D⁻¹ C − Cᵀ1 1ᵀC)/N
    /// and Cᵀ1 = 0 (interaction contrasts sum to zero), so Δ = λ I: tr Δ = λk, tr Δ² = λ²k with
    /// k = (r − 1)(c − 1) = 6 here; no empty cell, so r + c − 1 = 6 main effects are projected out.
    @Test func simpleRandomSamplingGivesDeltaLambdaTimesIdentity() throws {
        let (r, c, n, lambda) = (3, 4, 500, 1.7)
        let p = Self.proportions(r * c, seed: 7)
        var v = [Double](repeating: 0, count: p.count * p.count)
        for a in p.indices { for b in p.indices { v[a * p.count + b] = lambda * ((a == b ? p[a] : 0) - p[a] * p[b]) / Double(n) } }
        let t = try #require(RaoScottTest.deltaTraces(rows: r, columns: c, covariance: v, d: p, n: n))
        #expect(abs(t.trace / (lambda * 6) - 1) < 1e-12, "tr Δ \(t.trace)")
        #expect(abs(t.traceSquared / (lambda * lambda * 6) - 1) < 1e-12, "tr Δ² \(t.traceSquared)")
        #expect(t.mainEffectRank == 6)
    }

    /// Empty cells (0,0), (1,0), (2,1) of a 5 × 4 table form a tree in the rows–columns graph:
    /// Δ exists, and 5 + 4 − 1 − 3 = 5 main effects are projected out.
    @Test func emptyCellsWithoutCycleMatchDenseDelta() throws {
        let (r, c, n) = (5, 4, 321)
        let empty = [0, 1, 2 + r]
        let (p, v) = Self.table(rows: r, columns: c, empty: empty, seed: 11)
        let t = try #require(RaoScottTest.deltaTraces(rows: r, columns: c, covariance: v, d: p, n: n))
        let reference = try #require(DenseDeltaReference.traces(rows: r, columns: c, covariance: v, d: p, n: n))
        #expect(abs(t.trace / reference.trace - 1) < 1e-12, "tr Δ \(t.trace) vs \(reference.trace)")
        #expect(abs(t.traceSquared / reference.traceSquared - 1) < 1e-12, "tr Δ² \(t.traceSquared) vs \(reference.traceSquared)")
        #expect(t.mainEffectRank == 5)
    }

    /// No empty cell, a general covariance and D = any positive weights (as with the expected
    /// proportions of the sparse fallback): the same traces as the dense Δ.
    @Test func generalCovarianceMatchesDenseDelta() throws {
        let (r, c, n) = (6, 3, 1000)
        let (_, v) = Self.table(rows: r, columns: c, empty: [], seed: 3)
        let d = Self.proportions(r * c, seed: 5)
        let t = try #require(RaoScottTest.deltaTraces(rows: r, columns: c, covariance: v, d: d, n: n))
        let reference = try #require(DenseDeltaReference.traces(rows: r, columns: c, covariance: v, d: d, n: n))
        #expect(abs(t.trace / reference.trace - 1) < 1e-12)
        #expect(abs(t.traceSquared / reference.traceSquared - 1) < 1e-12)
        #expect(t.mainEffectRank == r + c - 1)
    }

    /// Empty cells (0,0), (0,1), (1,0), (1,1) close a cycle (row 0 – column 0 – row 1 –
    /// column 1 – row 0): Cᵀ D⁻¹ C is singular (R's `solve` stops), in the dense form too.
    @Test func cycleOfEmptyCellsIsSingular() {
        let (r, c, n) = (4, 3, 200)
        let (p, v) = Self.table(rows: r, columns: c, empty: [0, r, 1, 1 + r], seed: 13)
        #expect(RaoScottTest.deltaTraces(rows: r, columns: c, covariance: v, d: p, n: n) == nil)
        #expect(DenseDeltaReference.traces(rows: r, columns: c, covariance: v, d: p, n: n) == nil)
    }

    /// `count` positive proportions summing to 1, from a fixed linear congruential sequence.
    static func proportions(_ count: Int, seed: UInt64) -> [Double] {
        var g = seed
        let x = (0..<count).map { _ in 0.2 + Self.uniform(&g) }
        let total = x.reduce(0, +)
        return x.map { $0 / total }
    }

    /// Proportions with the `empty` cells 0 and a positive semi-definite covariance
    /// Σₛ zₛ zₛᵀ/900 over 40 random vectors that are 0 on the empty cells (a cell without answers
    /// has no variance).
    static func table(rows r: Int, columns c: Int, empty: [Int], seed: UInt64) -> ([Double], [Double]) {
        let m = r * c
        var p = proportions(m, seed: seed)
        for j in empty { p[j] = 0 }
        let total = p.reduce(0, +)
        p = p.map { $0 / total }
        var g = seed &+ 101
        var v = [Double](repeating: 0, count: m * m)
        for _ in 0..<40 {
            let z = (0..<m).map { empty.contains($0) ? 0 : Self.uniform(&g) - 0.5 }
            for a in 0..<m { for b in 0..<m { v[a * m + b] += z[a] * z[b] / 900 } }
        }
        return (p, v)
    }

    /// A uniform number in [0, 1) (Knuth's MMIX linear congruential generator, top 53 bits).
    static func uniform(_ g: inout UInt64) -> Double {
        g = g &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(g >> 11) / Double(UInt64(1) << 53)
    }
}

/// Δ = (Cᵀ D⁻¹ C / N)⁻¹ (Cᵀ D⁻¹ V D⁻¹ C) formed densely, as R's `svychisq` does (C the
/// interaction contrasts residualised on the main effects, 1/0 read as 0), solved by Gaussian
/// elimination with partial pivoting: the slow reference for `RaoScottTest.deltaTraces`.
enum DenseDeltaReference {
    static func traces(rows r: Int, columns c: Int, covariance v: [Double], d: [Double], n: Int) -> (trace: Double, traceSquared: Double)? {
        let m = r * c
        let k = (r - 1) * (c - 1)
        // G = D⁻¹ C (m × k): C[(i,j),(a,b)] = (δ_{i,a+1} − 1/r)(δ_{j,b+1} − 1/c).
        var g = [Double](repeating: 0, count: m * k)
        for cell in 0..<m where d[cell] > 0 {
            let (i, j) = (cell % r, cell / r)
            for b in 0..<(c - 1) {
                for a in 0..<(r - 1) {
                    let value = ((i == a + 1 ? 1.0 : 0.0) - 1 / Double(r)) * ((j == b + 1 ? 1.0 : 0.0) - 1 / Double(c))
                    g[cell * k + b * (r - 1) + a] = value / d[cell]
                }
            }
        }
        var lhs = [Double](repeating: 0, count: k * k)  // Gᵀ D G / N = Cᵀ D⁻¹ C / N
        var rhs = [Double](repeating: 0, count: k * k)  // Gᵀ V G
        for a in 0..<k {
            for b in 0..<k {
                var x = 0.0
                for cell in 0..<m { x += g[cell * k + a] * d[cell] * g[cell * k + b] }
                lhs[a * k + b] = x / Double(n)
                var y = 0.0
                for s in 0..<m {
                    if g[s * k + a] == 0 { continue }
                    for t in 0..<m { y += g[s * k + a] * v[s * m + t] * g[t * k + b] }
                }
                rhs[a * k + b] = y
            }
        }
        // Solve lhs Δ = rhs.
        let scale = (0..<k).map { abs(lhs[$0 * k + $0]) }.max() ?? 1
        for col in 0..<k {
            var pivot = col
            for row in (col + 1)..<k where abs(lhs[row * k + col]) > abs(lhs[pivot * k + col]) { pivot = row }
            if abs(lhs[pivot * k + col]) < 1e-10 * scale { return nil }
            if pivot != col {
                for x in 0..<k {
                    lhs.swapAt(col * k + x, pivot * k + x)
                    rhs.swapAt(col * k + x, pivot * k + x)
                }
            }
            for row in 0..<k where row != col {
                let f = lhs[row * k + col] / lhs[col * k + col]
                if f == 0 { continue }
                for x in 0..<k {
                    lhs[row * k + x] -= f * lhs[col * k + x]
                    rhs[row * k + x] -= f * rhs[col * k + x]
                }
            }
        }
        for row in 0..<k { for x in 0..<k { rhs[row * k + x] /= lhs[row * k + row] } }
        var tr = 0.0
        var tr2 = 0.0
        for a in 0..<k {
            tr += rhs[a * k + a]
            for b in 0..<k { tr2 += rhs[a * k + b] * rhs[b * k + a] }
        }
        return (tr, tr2)
    }
}
