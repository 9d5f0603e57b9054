import ParSurveyStatistics
import ParSurveyWeighting
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
    package func combinationVariances(_ data: WeightedResponses, coefficients: [[[Double]]], rowSegment: Int = 1 << 14) -> [[Double?]] {
        let nd = domainCount
        let groups = design.domainCount
        let everyone = nd > groups
        let nq = strides.count
        let nk = coefficients.first?.count ?? 0
        guard nk > 0 else { return [[Double?]](repeating: [], count: nd) }
        // Slots: combination k of the row's own domain (k), and of everyone (nk + k).
        let slots = everyone ? 2 * nk : nk
        var tables: [SlotTables] = []
        for q in 0..<nq {
            let s = strides[q]
            // Slots this question adds to, for the row's domain and for everyone.
            let groupSlots = (0..<nk).filter { k in (0..<groups).contains { coefficients[$0][k][q] != 0 } }
            let everyoneSlots = everyone ? (0..<nk).filter { coefficients[groups][$0][q] != 0 } : []
            var g = [Double](repeating: 0, count: groups * s * groupSlots.count)
            for (j, k) in groupSlots.enumerated() {
                for dom in 0..<groups where coefficients[dom][k][q] != 0 {
                    for b in 0..<s { g[(dom * s + b) * groupSlots.count + j] = coefficients[dom][k][q] * influenceTable[q][dom * s + b] }
                }
            }
            // Everyone: one table row, read by every row whatever its domain.
            var e = [Double](repeating: 0, count: s * everyoneSlots.count)
            for (j, k) in everyoneSlots.enumerated() {
                for b in 0..<s { e[b * everyoneSlots.count + j] = coefficients[groups][k][q] * influenceTable[q][groups * s + b] }
            }
            tables.append(SlotTables(groupSlots: groupSlots, group: g, everyoneSlots: everyoneSlots.map { nk + $0 }, everyone: e))
        }
        let ee = rowPass(data, tables: tables, slots: slots, rowSegment: rowSegment)
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
    /// for the row's (domain, answer) — or for its answer alone (everyone's slots).
    ///
    /// Rows are cut into segments whose bounds depend on the row and atom counts only; each
    /// segment is summed on its own (on any core) and the segments are added in order, so the
    /// result does not depend on the number of cores.
    private func rowPass(_ data: WeightedResponses, tables: [SlotTables], slots: Int, rowSegment: Int) -> [Double] {
        let n = design.rowCount
        let size = design.atomCount * slots
        // At most 16 segments, fewer when the per-segment sums would be large.
        let maxSegments = max(1, min(16, (4 << 20) / max(size, 1)))
        let segmentRows = max(max(1, rowSegment), (n + maxSegments - 1) / maxSegments)
        let domainOfRow = design.atomOfRow.map { design.atomDomain[Int($0)] }
        let segments = ParallelMap.segments(rows: n, segmentRows: segmentRows)
        let parts = ParallelMap.map(segments.count) { k in
            segmentPass(data, rows: segments[k], domainOfRow: domainOfRow, tables: tables, slots: slots)
        }
        guard var ee = parts.first else { return [Double](repeating: 0, count: size) }
        for part in parts.dropFirst() {
            for j in 0..<size { ee[j] += part[j] }
        }
        return ee
    }

    /// `rowPass` over one segment of rows, in blocks of 256 rows (their sums stay in the
    /// first-level cache).
    private func segmentPass(
        _ data: WeightedResponses, rows: Range<Int>, domainOfRow: [Int32],
        tables: [SlotTables], slots: Int
    ) -> [Double] {
        var ee = [Double](repeating: 0, count: design.atomCount * slots)
        let blockSize = 256
        var buffer = [Double](repeating: 0, count: slots * blockSize)
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = min(rows.upperBound, start + blockSize)
            buffer.withUnsafeMutableBufferPointer { buf in
                for j in 0..<buf.count { buf[j] = 0 }
                domainOfRow.withUnsafeBufferPointer { dom in
                    for q in 0..<tables.count {
                        data.table.answers[q].withUnsafeBufferPointer { col in
                            tables[q].add(to: buf, slots: slots, rows: start..<end, stride: strides[q], domainOfRow: dom, answers: col)
                        }
                    }
                }
                data.weights.withUnsafeBufferPointer { w in
                    design.atomOfRow.withUnsafeBufferPointer { atom in
                        ee.withUnsafeMutableBufferPointer { out in
                            for i in start..<end {
                                let a = Int(atom[i]) * slots
                                let ww = w[i] * w[i]
                                let r = i - start
                                for k in 0..<slots {
                                    let e = buf[r * slots + k]
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
