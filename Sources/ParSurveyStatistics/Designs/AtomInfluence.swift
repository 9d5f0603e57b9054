/// An estimate's influence, summed over atoms (see `VarianceDesign`): with eᵢ the unweighted
/// influence (zᵢ = wᵢ eᵢ when weights are fixed), for each listed atom
/// `e1` = Σ wᵢ eᵢ, `e2` = Σ wᵢcᵢ eᵢ, `ed` = Σ dᵢ eᵢ (design weights) and `ee` = Σ wᵢ² eᵢ²
/// (cᵢ = wᵢ and dᵢ as given unless trimmed after calibration: then cᵢ are the calibrated
/// weights and dᵢ is replaced by dᵢwᵢ/cᵢ, `VarianceDesign.Columns.calibratedWeights`).
/// Atoms not listed have eᵢ = 0 (rows outside the estimate's domain).
package struct AtomInfluence {
    /// The atoms, as indices into the design's atoms.
    package var atoms: [Int32]
    /// Σ w e per listed atom.
    package var e1: [Double]
    /// Σ w c e per listed atom (Σ w² e unless trimmed after calibration).
    package var e2: [Double]
    /// Σ d e per listed atom.
    package var ed: [Double]
    /// Σ w² e² per listed atom.
    package var ee: [Double]

    /// Zero sums over `atoms`.
    package init(atoms: [Int32]) {
        self.atoms = atoms
        e1 = [Double](repeating: 0, count: atoms.count)
        e2 = e1
        ed = e1
        ee = e1
    }
}

/// Reusable buffers for `VarianceDesign.variance`, so that thousands of estimates cost no
/// allocation each.
package struct VarianceScratch {
    var s1: [Double]
    var s2: [Double]
    var touched: [Bool]
    var touchedList: [Int32] = []
    var g: [Double]
    var b: [Double]
    var fitted: [Double]

    package init(_ design: VarianceDesign) {
        let h = design.stratumRows.count
        s1 = [Double](repeating: 0, count: h)
        s2 = s1
        touched = [Bool](repeating: false, count: h)
        let l = design.projection?.columnCount ?? 0
        g = [Double](repeating: 0, count: l)
        b = g
        fitted = [Double](repeating: 0, count: design.projection == nil ? 0 : design.atomCount)
    }
}

extension VarianceDesign {
    /// The variance of an estimate whose influence sums over atoms are `s`.
    ///
    /// Fixed weights: zᵢ = wᵢ eᵢ, so per stratum Σz = Σ e1 and Σz² = Σ ee.
    /// Calibrated (GREG, as R's `calibrate()`/`postStratify()`): zᵢ = wᵢ (eᵢ − xᵢᵀb) with
    /// b = (Xᵀ diag(d) X)⁻ Σ dᵢ eᵢ xᵢ, so with tₐ = xₐᵀb per atom,
    /// Σ_h z = Σ e1 − Σ_{a∈h} Wₐ tₐ and Σ_h z² = Σ (ee − 2 tₐ e2) + Σ_{a∈h} W2ₐ tₐ²,
    /// where the last sums run over every atom of the stratum (rows outside the domain get
    /// zᵢ = −wᵢ xᵢᵀb). Then V = Σ_h n_h/(n_h − 1) (Σ_h z² − (Σ_h z)²/n_h).
    package func variance(_ s: AtomInfluence, scratch: inout VarianceScratch) -> Double {
        if let cluster { return clusteredVariance(s, cluster: cluster, scratch: &scratch) }
        func touch(_ h: Int, _ x: inout VarianceScratch) {
            if !x.touched[h] {
                x.touched[h] = true
                x.touchedList.append(Int32(h))
            }
        }
        for k in s.atoms.indices {
            let h = Int(atomStratum[Int(s.atoms[k])])
            touch(h, &scratch)
            scratch.s1[h] += s.e1[k]
            scratch.s2[h] += s.ee[k]
        }
        if let projection {
            fitCalibration(s, projection: projection, scratch: &scratch)
            for a in 0..<atomCount {
                let t = scratch.fitted[a]
                let h = Int(atomStratum[a])
                touch(h, &scratch)
                scratch.s1[h] -= atomCalibratedWeight[a] * t
                scratch.s2[h] += atomCalibratedWeightSquared[a] * t * t
            }
            for k in s.atoms.indices {
                let a = Int(s.atoms[k])
                scratch.s2[Int(atomStratum[a])] -= 2 * scratch.fitted[a] * s.e2[k]
            }
        }
        var v = 0.0
        for h32 in scratch.touchedList {
            let h = Int(h32)
            if stratumFactor[h] > 0 {
                v += stratumFactor[h] * (scratch.s2[h] - scratch.s1[h] * scratch.s1[h] / stratumRows[h])
            }
            scratch.s1[h] = 0
            scratch.s2[h] = 0
            scratch.touched[h] = false
        }
        scratch.touchedList.removeAll(keepingCapacity: true)
        return max(v * averageFactor, 0)
    }

    /// The clustered variance: per atom Zₐ = Σ z over its rows (e1, minus Cₐtₐ when
    /// calibrated), summed to clusters, then `ClusterVariance`.
    func clusteredVariance(_ s: AtomInfluence, cluster: ClusterVariance, scratch: inout VarianceScratch) -> Double {
        var totals = [Double](repeating: 0, count: cluster.lastClusterCount)
        for k in s.atoms.indices { totals[Int(atomCluster[Int(s.atoms[k])])] += s.e1[k] }
        if let projection {
            fitCalibration(s, projection: projection, scratch: &scratch)
            for a in 0..<atomCount { totals[Int(atomCluster[a])] -= atomCalibratedWeight[a] * scratch.fitted[a] }
        }
        return max(cluster.covariance(&totals, m: 1)[0], 0)
    }

    /// The calibration fit of an estimate: g = Σ dᵢ eᵢ xᵢ over the listed atoms, b solving
    /// (Xᵀ diag(d) X) b = g, and per atom tₐ = xₐᵀb into `scratch.fitted`.
    func fitCalibration(_ s: AtomInfluence, projection: CalibrationProjection, scratch: inout VarianceScratch) {
        let nv = calibrationVariableCount
        for j in scratch.g.indices { scratch.g[j] = 0 }
        for k in s.atoms.indices {
            let a = Int(s.atoms[k])
            for v in 0..<nv { scratch.g[Int(atomLevels[a * nv + v])] += s.ed[k] }
        }
        scratch.g.withUnsafeBufferPointer { g in
            scratch.b.withUnsafeMutableBufferPointer { b in projection.solve(g, into: b) }
        }
        for a in 0..<atomCount {
            var t = 0.0
            for v in 0..<nv { t += scratch.b[Int(atomLevels[a * nv + v])] }
            scratch.fitted[a] = t
        }
    }
}
