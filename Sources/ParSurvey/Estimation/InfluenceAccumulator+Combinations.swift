extension InfluenceAccumulator {
    /// Variances of linear combinations of criterion indices, per domain:
    /// `coefficients[d][k][q]` is the weight of criterion q in combination k (an element or
    /// the overall index) for domain d (`domainCount` domains, everyone last when
    /// accumulated). Returns `[d][k]`, nil where every coefficient is 0.
    ///
    /// The influence of a combination is the same combination of criterion influences, so its
    /// Σwe, Σw²e and Σde per atom are combinations of the per-question atom sums. Only Σw²e²
    /// has cross-question terms: one more pass over the answer columns, in blocks of rows,
    /// adds each row's eᵢ for its own domain (and for everyone): table look-ups per question
    /// and row for the question's element and the overall index. R: `svycontrast(svytotal(
    /// ~N_q + D_q …), quote((N_q1/D_q1 + …)/k))`.
    func combinationVariances(_ data: WeightedResponses, coefficients: [[[Double]]]) -> [[Double?]] {
        let nd = domainCount, groups = design.domainCount
        let everyone = nd > groups
        let nq = strides.count
        let nk = coefficients.first?.count ?? 0
        guard nk > 0 else { return [[Double?]](repeating: [], count: nd) }
        // Slots: combination k of the row's own domain (k), and of everyone (nk + k).
        let slots = everyone ? 2 * nk : nk
        var tables: [[(slot: Int, table: [Double])]] = []
        for q in 0..<nq {
            let s = strides[q]
            var list: [(slot: Int, table: [Double])] = []
            for k in 0..<nk where (0..<groups).contains(where: { coefficients[$0][k][q] != 0 }) {
                var t = [Double](repeating: 0, count: groups * s)
                for dom in 0..<groups where coefficients[dom][k][q] != 0 {
                    for b in 0..<s { t[dom * s + b] = coefficients[dom][k][q] * influenceTable[q][dom * s + b] }
                }
                list.append((k, t))
            }
            if everyone {
                for k in 0..<nk where coefficients[groups][k][q] != 0 {
                    // Everyone: one table row, read by every row whatever its domain.
                    let t = (0..<s).map { coefficients[groups][k][q] * influenceTable[q][groups * s + $0] }
                    list.append((nk + k, t))
                }
            }
            tables.append(list)
        }
        let ee = rowPass(data, tables: tables, slots: slots, groupSlots: nk)
        var scratch = VarianceScratch(design)
        var out = [[Double?]](repeating: [Double?](repeating: nil, count: nk), count: nd)
        for dom in 0..<nd {
            let atoms = design.atoms(ofDomain: dom)
            let part = dom < groups ? 0 : 1
            for k in 0..<nk {
                let c = coefficients[dom][k]
                guard c.contains(where: { $0 != 0 }) else { continue }
                let slot = part == 0 ? k : nk + k
                var sums = AtomInfluence(atoms: atoms)
                for (j, a) in atoms.enumerated() {
                    let ai = Int(a)
                    for q in 0..<nq where c[q] != 0 {
                        sums.e1[j] += c[q] * atomSums[part][q].e1[ai]
                        sums.e2[j] += c[q] * atomSums[part][q].e2[ai]
                        sums.ed[j] += c[q] * atomSums[part][q].ed[ai]
                    }
                    sums.ee[j] = ee[ai * slots + slot]
                }
                out[dom][k] = design.variance(sums, scratch: &scratch)
            }
        }
        return out
    }

    /// Σ w² e² per atom and slot, where e is the sum over questions of the slot's table entry
    /// for the row's (domain, answer). Slots below `groupSlots` read the row's domain; the
    /// others read a one-domain table (everyone).
    private func rowPass(_ data: WeightedResponses, tables: [[(slot: Int, table: [Double])]], slots: Int,
                         groupSlots: Int) -> [Double] {
        let n = design.rowCount
        let domainOfRow = design.atomOfRow.map { design.atomDomain[Int($0)] }
        var ee = [Double](repeating: 0, count: design.atomCount * slots)
        let blockSize = 2048
        var buffer = [Double](repeating: 0, count: slots * blockSize)
        var start = 0
        while start < n {
            let end = min(n, start + blockSize)
            buffer.withUnsafeMutableBufferPointer { buf in
                for j in 0..<buf.count { buf[j] = 0 }
                domainOfRow.withUnsafeBufferPointer { dom in
                    for q in 0..<tables.count {
                        let s = strides[q]
                        data.table.answers[q].withUnsafeBufferPointer { col in
                            for entry in tables[q] {
                                entry.table.withUnsafeBufferPointer { t in
                                    let base = entry.slot * blockSize - start
                                    if entry.slot < groupSlots {
                                        for i in start..<end { buf[base + i] += t[Int(dom[i]) * s + Int(col[i])] }
                                    } else {
                                        for i in start..<end { buf[base + i] += t[Int(col[i])] }
                                    }
                                }
                            }
                        }
                    }
                }
                data.weights.withUnsafeBufferPointer { w in
                    design.atomOfRow.withUnsafeBufferPointer { atom in
                        ee.withUnsafeMutableBufferPointer { out in
                            for i in start..<end {
                                let a = Int(atom[i]) * slots, ww = w[i] * w[i], r = i - start
                                for k in 0..<slots {
                                    let e = buf[k * blockSize + r]
                                    out[a + k] += ww * e * e
                                }
                            }
                        }
                    }
                }
            }
            start = end
        }
        return ee
    }
}
