/// The cell proportions of an r × c table (group × answer category, among valid answers) and
/// their design covariance: what the Rao–Scott test needs. R: `svymean(mm, design,
/// na.rm = TRUE)` with `mm` the cell indicators, as inside `svychisq`.
///
/// The influence of cell j's proportion on a row with a valid answer in cell k is
/// eᵢ = (δ_jk − p_j)/W (W = Σw of valid answers), 0 for a missing answer; it is constant on a
/// class (atom × answer byte), so the covariance is a sum over classes:
/// V = Σ_h n_h/(n_h − 1) [Σ_{c∈h} W2_c u_c u_cᵀ − S1_h S1_hᵀ/n_h], S1_h = Σ_{c∈h} W_c u_c,
/// u = e − tₐ (tₐ = the calibration fit xₐᵀB of each cell's influence; 0 with fixed weights).
package struct CellProportions {
    /// Number of table rows (r) and columns (c); cell j = row + r × column.
    let rows: Int, columns: Int
    /// Cell proportions p̂ among valid answers.
    let proportions: [Double]
    /// Their covariance, row-major (r·c)².
    let covariance: [Double]

    /// `cellOf(atom, byte)` gives a class's cell, or −1 for a missing answer.
    package init(design: VarianceDesign, sums: ClassSums, rows r: Int, columns c: Int, cellOf: (Int, Int) -> Int) {
        rows = r
        columns = c
        let m = r * c
        let s = sums.stride
        let na = design.atomCount
        let nh = design.stratumRows.count
        var total = 0.0
        var p = [Double](repeating: 0, count: m)
        for a in 0..<na {
            for b in 0..<s where cellOf(a, b) >= 0 {
                p[cellOf(a, b)] += sums.weight[a * s + b]
                total += sums.weight[a * s + b]
            }
        }
        for j in 0..<m { p[j] /= total }
        proportions = p
        if let cluster = design.cluster {
            covariance = Self.clustered(design: design, cluster: cluster, sums: sums, p: p, total: total, cellOf: cellOf)
            return
        }
        var v = [Double](repeating: 0, count: m * m)
        var aBar = [Double](repeating: 0, count: m)
        var aTotal = 0.0
        var s1 = [Double](repeating: 0, count: nh * m)
        var validWeight = [Double](repeating: 0, count: nh)
        for a in 0..<na {
            let h = Int(design.atomStratum[a])
            let f = design.stratumFactor[h]
            for b in 0..<s {
                let j = cellOf(a, b)
                if j < 0 { continue }
                let cls = a * s + b
                aBar[j] += f * sums.weightSquared[cls]
                aTotal += f * sums.weightSquared[cls]
                s1[h * m + j] += sums.weight[cls]
                validWeight[h] += sums.weight[cls]
            }
        }
        for h in 0..<nh { for j in 0..<m { s1[h * m + j] = (s1[h * m + j] - validWeight[h] * p[j]) / total } }
        let w2 = total * total
        for j in 0..<m {
            for k in 0..<m { v[j * m + k] = (-aBar[j] * p[k] - p[j] * aBar[k] + aTotal * p[j] * p[k]) / w2 }
            v[j * m + j] += aBar[j] / w2
        }
        if let projection = design.projection {
            Self.addCalibration(&v, &s1, design: design, projection: projection, sums: sums, p: p, total: total, cellOf: cellOf)
        }
        // − Σ_h f_h/n_h S1_h S1_hᵀ row by row of V, strata in order within a row (each entry gets
        // the same operations in the same order as stratum by stratum): one pass over V, not nh.
        let strata = (0..<nh).filter { design.stratumFactor[$0] > 0 }
        let g = strata.map { design.stratumFactor[$0] / design.stratumRows[$0] }
        v.withUnsafeMutableBufferPointer { vp in
            s1.withUnsafeBufferPointer { sp in
                for j in 0..<m {
                    for (t, h) in strata.enumerated() {
                        let x = g[t] * sp[h * m + j]
                        if x == 0 { continue }
                        DenseMatrix.subtract(x, sp.baseAddress! + h * m, from: vp.baseAddress! + j * m, count: m)
                    }
                }
            }
        }
        for j in v.indices { v[j] *= design.averageFactor }
        covariance = v
    }

    /// The clustered covariance: per atom and cell Zₐⱼ = (W_{a,j} − W_{a,valid} p_j)/W, minus
    /// Cₐtₐⱼ when calibrated, summed to clusters, then `ClusterVariance` (R's `svyrecvar`).
    private static func clustered(
        design: VarianceDesign, cluster: ClusterVariance, sums: ClassSums, p: [Double],
        total: Double, cellOf: (Int, Int) -> Int
    ) -> [Double] {
        let m = p.count
        let s = sums.stride
        let na = design.atomCount
        var totals = [Double](repeating: 0, count: cluster.lastClusterCount * m)
        var bMatrix: [Double] = []
        var l = 0
        var nv = design.calibrationVariableCount
        if let projection = design.projection {
            l = projection.columnCount
            var g = [Double](repeating: 0, count: m * l)
            var dCell = [Double](repeating: 0, count: m)
            for a in 0..<na {
                var dAll = 0.0
                for j in 0..<m { dCell[j] = 0 }
                for b in 0..<s {
                    let j = cellOf(a, b)
                    if j < 0 { continue }
                    dAll += sums.designWeight[a * s + b]
                    dCell[j] += sums.designWeight[a * s + b]
                }
                for j in 0..<m {
                    let dv = (dCell[j] - dAll * p[j]) / total
                    if dv == 0 { continue }
                    for x in 0..<nv { g[j * l + Int(design.atomLevels[a * nv + x])] += dv }
                }
            }
            bMatrix = solveRows(g, rows: m, projection: projection)
        } else {
            nv = 0
        }
        for a in 0..<na {
            let c = Int(design.atomCluster[a])
            var wAll = 0.0
            for b in 0..<s {
                let j = cellOf(a, b)
                if j < 0 { continue }
                wAll += sums.weight[a * s + b]
                totals[c * m + j] += sums.weight[a * s + b] / total
            }
            for j in 0..<m {
                totals[c * m + j] -= wAll * p[j] / total
                if nv > 0 {
                    var t = 0.0
                    for x in 0..<nv { t += bMatrix[j * l + Int(design.atomLevels[a * nv + x])] }
                    totals[c * m + j] -= design.atomCalibratedWeight[a] * t
                }
            }
        }
        return cluster.covariance(&totals, m: m)
    }

    /// B = (XᵀDX)⁻ G row by row: each of the `rows` rows of `g` (length `projection.columnCount`)
    /// solved through the calibration projection, in place of the same row of the result.
    private static func solveRows(_ g: [Double], rows m: Int, projection: CalibrationProjection) -> [Double] {
        let l = projection.columnCount
        var b = [Double](repeating: 0, count: m * l)
        g.withUnsafeBufferPointer { gp in
            b.withUnsafeMutableBufferPointer { bp in
                for j in 0..<m {
                    projection.solve(
                        UnsafeBufferPointer(rebasing: gp[(j * l)..<((j + 1) * l)]),
                        into: UnsafeMutableBufferPointer(rebasing: bp[(j * l)..<((j + 1) * l)]))
                }
            }
        }
        return b
    }

    /// The calibration terms: per atom, tₐ = xₐᵀB with B = (XᵀDX)⁻ XᵀD E (one solve per cell),
    /// S1_h −= Σ Wₐ tₐ, and V += f_h (−Fₐtₐᵀ − tₐFₐᵀ + W2ₐ tₐtₐᵀ), Fₐ = Σ_{c∈a} W2_c e_c.
    private static func addCalibration(
        _ v: inout [Double], _ s1: inout [Double], design: VarianceDesign,
        projection: CalibrationProjection, sums: ClassSums, p: [Double], total: Double,
        cellOf: (Int, Int) -> Int
    ) {
        let m = p.count
        let s = sums.stride
        let na = design.atomCount
        let nv = design.calibrationVariableCount
        let l = projection.columnCount
        var g = [Double](repeating: 0, count: m * l)  // row j: XᵀD e_j
        var f = [Double](repeating: 0, count: na * m)
        for a in 0..<na {
            var dAll = 0.0
            var w2All = 0.0
            var dCell = [Int: Double]()
            var w2Cell = [Int: Double]()
            for b in 0..<s {
                let j = cellOf(a, b)
                if j < 0 { continue }
                dAll += sums.designWeight[a * s + b]
                w2All += sums.crossWeight[a * s + b]
                dCell[j, default: 0] += sums.designWeight[a * s + b]
                w2Cell[j, default: 0] += sums.crossWeight[a * s + b]
            }
            for j in 0..<m {
                let dv = ((dCell[j] ?? 0) - dAll * p[j]) / total
                f[a * m + j] = ((w2Cell[j] ?? 0) - w2All * p[j]) / total
                if dv == 0 { continue }
                for x in 0..<nv { g[j * l + Int(design.atomLevels[a * nv + x])] += dv }
            }
        }
        let bMatrix = solveRows(g, rows: m, projection: projection)
        var t = [Double](repeating: 0, count: m)
        for a in 0..<na {
            for j in 0..<m {
                var x = 0.0
                for k in 0..<nv { x += bMatrix[j * l + Int(design.atomLevels[a * nv + k])] }
                t[j] = x
            }
            let h = Int(design.atomStratum[a])
            let fh = design.stratumFactor[h]
            let wa = design.atomCalibratedWeight[a]
            let w2a = design.atomCalibratedWeightSquared[a]
            for j in 0..<m {
                s1[h * m + j] -= wa * t[j]
                if fh == 0 { continue }
                for k in 0..<m {
                    v[j * m + k] += fh * (-f[a * m + j] * t[k] - t[j] * f[a * m + k] + w2a * t[j] * t[k])
                }
            }
        }
    }
}
