import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting
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
    public init(_ data: WeightedResponses, domain: CategoricalColumn?, allName: String = LocalizedText.allUnitsKey) {
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
        // One task per question (each sums its own column in row order: the same bits
        // whatever the number of cores).
        let perQuestion = ParallelMap.map(q.questions.count) { qi -> [CriterionSums] in
            let values = AnswerValues(scale: q.scales[q.questions[qi].scaleIndex], method: q.scoring)
            return Self.columnSums(table.answers[qi], values: values, weights: w, domain: domain?.codes, domains: nd)
        }
        var sums = [[CriterionSums]](repeating: [CriterionSums](repeating: CriterionSums(), count: q.questions.count), count: nd)
        for (qi, column) in perQuestion.enumerated() {
            for d in 0..<nd { sums[d][qi] = column[d] }
        }
        self.sums = sums
    }

    /// Lanes of partial sums: row i adds to lane i mod 4, so rows of the same domain in a row
    /// do not wait on each other's additions; the lanes are added at the end, in lane order.
    static let lanes = 4

    /// Count, Σw and Σwy of the valid answers of one column per domain (`domain` nil: all
    /// rows in domain 0). Branch-free: an invalid byte adds 0 and w × 0.
    static func columnSums(
        _ column: [UInt8], values: AnswerValues, weights: [Double], domain: [UInt32]?,
        domains nd: Int
    ) -> [CriterionSums] {
        let validCount = values.valid.map { $0 ? 1 : 0 }
        let validWeight = values.valid.map { $0 ? 1.0 : 0.0 }
        let lanes = Self.lanes
        var cnt = [Int](repeating: 0, count: nd * lanes)
        var sw = [Double](repeating: 0, count: nd * lanes)
        var swy = [Double](repeating: 0, count: nd * lanes)
        column.withUnsafeBufferPointer { col in
            validCount.withUnsafeBufferPointer { vc in
                validWeight.withUnsafeBufferPointer { vw in
                    values.value.withUnsafeBufferPointer { value in
                        weights.withUnsafeBufferPointer { wb in
                            cnt.withUnsafeMutableBufferPointer { cnt in
                                sw.withUnsafeMutableBufferPointer { sw in
                                    swy.withUnsafeMutableBufferPointer { swy in
                                        if let codes = domain {
                                            codes.withUnsafeBufferPointer { dc in
                                                for i in 0..<col.count {
                                                    let b = Int(col[i])
                                                    let k = Int(dc[i]) &* lanes &+ (i & (lanes - 1))
                                                    cnt[k] &+= vc[b]
                                                    sw[k] += wb[i] * vw[b]
                                                    swy[k] += wb[i] * value[b]
                                                }
                                            }
                                        } else {
                                            for i in 0..<col.count {
                                                let b = Int(col[i])
                                                let k = i & (lanes - 1)
                                                cnt[k] &+= vc[b]
                                                sw[k] += wb[i] * vw[b]
                                                swy[k] += wb[i] * value[b]
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
        return (0..<nd).map { d in
            var sums = CriterionSums()
            for l in 0..<lanes {
                sums.answered += cnt[d * lanes + l]
                sums.weight += sw[d * lanes + l]
                sums.weightedValue += swy[d * lanes + l]
            }
            return sums
        }
    }
}
