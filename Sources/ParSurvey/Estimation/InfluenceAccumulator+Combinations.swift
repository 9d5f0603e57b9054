extension InfluenceAccumulator {
    /// Variances of linear combinations of criterion indices, per domain:
    /// `coefficients[d][k][q]` is the weight of criterion q in combination k (an element or
    /// the overall index) for domain d. Returns `[d][k]`, nil where every coefficient is 0.
    ///
    /// The influence of a combination is the same combination of criterion influences, so its
    /// Σwe, Σw²e and Σde per atom are combinations of the per-question atom sums. Only Σw²e²
    /// has cross-question terms: one more pass over the answer columns, in blocks of rows,
    /// adds each row's eᵢ for its own domain (two table look-ups per question and row: the
    /// question's element and the overall index). R: `svycontrast(svytotal(~N_q + D_q …),
    /// quote((N_q1/D_q1 + …)/k))`.
    func combinationVariances(_ data: WeightedResponses, coefficients: [[[Double]]]) -> [[Double?]] {
        let nd = design.domainCount, na = design.atomCount
        let nq = strides.count
        let nk = coefficients.first?.count ?? 0
        guard nk > 0 else { return [[Double?]](repeating: [], count: nd) }
        // Per question: the combinations it enters, each with its (domain, byte) table.
        var tables: [[(k: Int, table: [Double])]] = []
        for q in 0..<nq {
            let s = strides[q]
            var list: [(k: Int, table: [Double])] = []
            for k in 0..<nk where (0..<nd).contains(where: { coefficients[$0][k][q] != 0 }) {
                var t = [Double](repeating: 0, count: nd * s)
                for dom in 0..<nd {
                    let c = coefficients[dom][k][q]
                    if c == 0 { continue }
                    for b in 0..<s { t[dom * s + b] = c * influenceTable[q][dom * s + b] }
                }
                list.append((k, t))
            }
            tables.append(list)
        }
        let n = design.rowCount
        let domainOfRow = design.atomOfRow.map { design.atomDomain[Int($0)] }
        var ee = [Double](repeating: 0, count: na * nk)
        let blockSize = 2048
        var buffer = [Double](repeating: 0, count: nk * blockSize)
        let w = data.weights
        var start = 0
        while start < n {
            let end = min(n, start + blockSize), m = end - start
            for j in buffer.indices { buffer[j] = 0 }
            buffer.withUnsafeMutableBufferPointer { buf in
                domainOfRow.withUnsafeBufferPointer { dom in
                    for q in 0..<nq {
                        let s = strides[q]
                        data.table.answers[q].withUnsafeBufferPointer { col in
                            for entry in tables[q] {
                                entry.table.withUnsafeBufferPointer { t in
                                    let base = entry.k * blockSize - start
                                    for i in start..<end { buf[base + i] += t[Int(dom[i]) * s + Int(col[i])] }
                                }
                            }
                        }
                    }
                }
            }
            for r in 0..<m {
                let i = start + r
                let a = Int(design.atomOfRow[i]), ww = w[i] * w[i]
                for k in 0..<nk {
                    let e = buffer[k * blockSize + r]
                    ee[a * nk + k] += ww * e * e
                }
            }
            start = end
        }
        var scratch = VarianceScratch(design)
        var out = [[Double?]](repeating: [Double?](repeating: nil, count: nk), count: nd)
        for dom in 0..<nd {
            let atoms = design.atomsOfDomain[dom]
            for k in 0..<nk {
                let c = coefficients[dom][k]
                guard c.contains(where: { $0 != 0 }) else { continue }
                var sums = AtomInfluence(atoms: atoms)
                for (j, a) in atoms.enumerated() {
                    let ai = Int(a)
                    for q in 0..<nq where c[q] != 0 {
                        sums.e1[j] += c[q] * atomSums[q].e1[ai]
                        sums.e2[j] += c[q] * atomSums[q].e2[ai]
                        sums.ed[j] += c[q] * atomSums[q].ed[ai]
                    }
                    sums.ee[j] = ee[ai * nk + k]
                }
                out[dom][k] = design.variance(sums, scratch: &scratch)
            }
        }
        return out
    }
}
