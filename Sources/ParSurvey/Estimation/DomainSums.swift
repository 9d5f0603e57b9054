/// Weighted sums for every question in every domain (unit, commune...), from one pass over
/// each answer column.
public struct DomainSums: Sendable {
    /// Domain names, in order.
    public let domains: [String]
    /// Rows in each domain.
    public let respondents: [Int]
    /// Σ w in each domain.
    public let weightTotals: [Double]
    /// `sums[d][q]`.
    public let sums: [[CriterionSums]]

    /// Computes the sums. `domain` gives each row's domain code (nil: one domain holding all
    /// rows, named `allName`).
    public init(_ data: WeightedResponses, domain: CategoricalColumn?, allName: String = "Tất cả / All") {
        let table = data.table
        let q = table.questionnaire
        let nd = domain?.levels.count ?? 1
        domains = domain?.levels ?? [allName]
        var resp = [Int](repeating: 0, count: nd)
        var wt = [Double](repeating: 0, count: nd)
        let w = data.weights
        if let dom = domain {
            for i in 0..<table.rowCount {
                resp[Int(dom.codes[i])] += 1
                wt[Int(dom.codes[i])] += w[i]
            }
        } else {
            resp[0] = table.rowCount
            wt[0] = w.reduce(0, +)
        }
        respondents = resp
        weightTotals = wt
        var sums = [[CriterionSums]](repeating: [CriterionSums](repeating: CriterionSums(), count: q.questions.count), count: nd)
        for (qi, question) in q.questions.enumerated() {
            let values = AnswerValues(scale: q.scales[question.scaleIndex], method: q.scoring)
            var cnt = [Int](repeating: 0, count: nd)
            var sw = [Double](repeating: 0, count: nd)
            var swy = [Double](repeating: 0, count: nd)
            table.answers[qi].withUnsafeBufferPointer { col in
                values.valid.withUnsafeBufferPointer { valid in
                    values.value.withUnsafeBufferPointer { value in
                        w.withUnsafeBufferPointer { wb in
                            if let dom = domain {
                                dom.codes.withUnsafeBufferPointer { dc in
                                    for i in 0..<col.count {
                                        let b = Int(col[i])
                                        if valid[b] {
                                            let d = Int(dc[i])
                                            cnt[d] += 1
                                            sw[d] += wb[i]
                                            swy[d] += wb[i] * value[b]
                                        }
                                    }
                                }
                            } else {
                                for i in 0..<col.count {
                                    let b = Int(col[i])
                                    if valid[b] {
                                        cnt[0] += 1
                                        sw[0] += wb[i]
                                        swy[0] += wb[i] * value[b]
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for d in 0..<nd {
                sums[d][qi] = CriterionSums(answered: cnt[d], weight: sw[d], weightedValue: swy[d])
            }
        }
        self.sums = sums
    }
}
