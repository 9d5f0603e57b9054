/// Sums over the rows of one question's *classes* — rows with the same atom (domain, stratum,
/// calibration cell; see `VarianceDesign`) and the same stored answer byte: count, Σw, Σw²
/// and Σd (design weights). One pass over the answer column; everything an estimate of that
/// question needs (point estimates, influence sums, crosstabs) follows from these.
package struct ClassSums {
    /// Bytes per atom: the scale's options + 1 (byte 0 is a blank cell).
    package let stride: Int
    /// Rows per class, `[atom * stride + byte]`.
    package private(set) var count: [Double]
    /// Σ w per class.
    package private(set) var weight: [Double]
    /// Σ w² per class.
    package private(set) var weightSquared: [Double]
    /// Σ d per class (zeros unless the design is calibrated: only the projection reads it;
    /// Σ d w/c after trimming, see `VarianceDesign.rowProjectionWeights`).
    private(set) var designWeight: [Double]
    /// Σ w c per class, c the calibrated weights: the same array as `weightSquared` unless
    /// the weights were trimmed after calibrating.
    private(set) var crossWeight: [Double]
    /// How many lanes the rows were added in (4 for a small table, 1 for a large one): a probe
    /// for the tests, which must see both ways run.
    package let lanes: Int

    /// Sums a column of answer codes (`codes[i]` in `0..<codeCount`, 0 a blank cell) with
    /// final weights `weights` over the atoms of `design`.
    package init(codes: [UInt8], codeCount: Int, weights: [Double], design: VarianceDesign) {
        let s = codeCount
        stride = s
        let size = design.atomCount * s
        // Row i adds to lane i mod L, so consecutive rows of one class do not wait on each
        // other's additions; the lanes are added in lane order at the end. L depends on the
        // table size only (one lane for very many classes, to bound memory).
        let lanes = size <= 1 << 16 ? 4 : 1
        self.lanes = lanes
        var cn = [Double](repeating: 0, count: size * lanes)
        var cw = cn
        var cw2 = cn
        var cd = cn
        let calibrated = design.isCalibrated
        codes.withUnsafeBufferPointer { col in
            design.atomOfRow.withUnsafeBufferPointer { atom in
                weights.withUnsafeBufferPointer { w in
                    design.rowProjectionWeights.withUnsafeBufferPointer { d in
                        cn.withUnsafeMutableBufferPointer { cn in
                            cw.withUnsafeMutableBufferPointer { cw in
                                cw2.withUnsafeMutableBufferPointer { cw2 in
                                    cd.withUnsafeMutableBufferPointer { cd in
                                        let mask = lanes - 1
                                        if calibrated {
                                            for i in 0..<col.count {
                                                let c = (Int(atom[i]) &* s &+ Int(col[i])) &* lanes &+ (i & mask)
                                                cn[c] += 1
                                                cw[c] += w[i]
                                                cw2[c] += w[i] * w[i]
                                                cd[c] += d[i]
                                            }
                                        } else {
                                            for i in 0..<col.count {
                                                let c = (Int(atom[i]) &* s &+ Int(col[i])) &* lanes &+ (i & mask)
                                                cn[c] += 1
                                                cw[c] += w[i]
                                                cw2[c] += w[i] * w[i]
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if lanes > 1 {
            func fold(_ x: [Double]) -> [Double] {
                (0..<size).map { c in
                    var t = x[c * lanes]
                    for l in 1..<lanes { t += x[c * lanes + l] }
                    return t
                }
            }
            cn = fold(cn)
            cw = fold(cw)
            cw2 = fold(cw2)
            cd = fold(cd)
        }
        count = cn
        weight = cw
        weightSquared = cw2
        designWeight = cd
        crossWeight = cw2
        if let c = design.rowCalibratedWeights {
            var x = [Double](repeating: 0, count: size)
            let col = codes
            let atom = design.atomOfRow
            let w = weights
            for i in 0..<col.count { x[Int(atom[i]) * s + Int(col[i])] += w[i] * c[i] }
            crossWeight = x
        }
    }

    /// The influence sums over `atoms` of an estimate whose unweighted influence on the rows
    /// of atom a with answer byte b is `e(a, b)` (0 for rows it does not concern).
    package func influence(atoms: [Int32], _ e: (Int, Int) -> Double) -> AtomInfluence {
        var sums = AtomInfluence(atoms: atoms)
        for (k, a32) in atoms.enumerated() {
            let a = Int(a32)
            for b in 0..<stride {
                let x = e(a, b)
                if x == 0 { continue }
                let c = a * stride + b
                sums.e1[k] += weight[c] * x
                sums.e2[k] += crossWeight[c] * x
                sums.ed[k] += designWeight[c] * x
                sums.ee[k] += weightSquared[c] * x * x
            }
        }
        return sums
    }
}
