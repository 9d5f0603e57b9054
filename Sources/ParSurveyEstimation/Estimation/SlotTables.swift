/// One question's share of the combination influences: for each slot it adds to, its
/// coefficient × criterion influence by (domain, answer byte) — interleaved so that one
/// look-up position serves every slot of a row.
struct SlotTables {
    /// Slots read by the row's domain.
    let groupSlots: [Int]
    /// `group[(domain * stride + byte) * groupSlots.count + j]`.
    let group: [Double]
    /// Slots of everyone (read by the answer alone).
    let everyoneSlots: [Int]
    /// `everyone[byte * everyoneSlots.count + j]`.
    let everyone: [Double]

    /// Adds this question's terms for `rows` to `buf`, row-major: `buf[(i − rows.lowerBound)
    /// × slots + slot]`. For each slot the questions are added in question order, whatever
    /// the layout.
    func add(
        to buf: UnsafeMutableBufferPointer<Double>, slots: Int, rows: Range<Int>, stride s: Int,
        domainOfRow dom: UnsafeBufferPointer<Int32>, answers col: UnsafeBufferPointer<UInt8>
    ) {
        let start = rows.lowerBound
        let m = groupSlots.count
        let me = everyoneSlots.count
        let out = buf.baseAddress!
        group.withUnsafeBufferPointer { gb in
            everyone.withUnsafeBufferPointer { eb in
                let g = gb.baseAddress
                let e = eb.baseAddress
                if m == 2 && me == 2, let g, let e {
                    // The common case: the question's element and the overall index.
                    let b0 = groupSlots[0]
                    let b1 = groupSlots[1]
                    let e0 = everyoneSlots[0]
                    let e1 = everyoneSlots[1]
                    var r = out
                    for i in rows {
                        let x = (Int(dom[i]) &* s &+ Int(col[i])) &* 2
                        let y = Int(col[i]) &* 2
                        r[b0] += g[x]
                        r[b1] += g[x &+ 1]
                        r[e0] += e[y]
                        r[e1] += e[y &+ 1]
                        r += slots
                    }
                    return
                }
                for (j, slot) in groupSlots.enumerated() {
                    for i in rows { out[(i &- start) &* slots &+ slot] += gb[(Int(dom[i]) &* s &+ Int(col[i])) &* m &+ j] }
                }
                for (j, slot) in everyoneSlots.enumerated() {
                    for i in rows { out[(i &- start) &* slots &+ slot] += eb[Int(col[i]) &* me &+ j] }
                }
            }
        }
    }
}
