/// How many pairs of forms would agree on all but at most k answers by chance: answers
/// independent across questions and forms, each form's answers drawn from its unit's
/// observed distribution per question (blank counted as an answer).
///
/// For forms of units u and v, question q agrees with probability a_q = Σ_c p_uqc p_vqc; the
/// number of differing answers D is a sum of independent Bernoulli(1 − a_q) (Poisson
/// binomial), so P(D ≤ k) comes from a dynamic programme over the questions. The expected
/// count is Σ_{u<v} n_u n_v P_uv(D ≤ k) + Σ_u n_u(n_u − 1)/2 P_uu(D ≤ k). With more than
/// `maxUnits` units, pairs across units use the pooled distribution (stated in the report).
public enum ChancePairs {
    /// Above this many units, pairs across units use the pooled distribution.
    public static let maxUnits = 200

    /// Expected chance pairs within 0…`maxK` differences among `rows`, forms of one class
    /// (`classOf[row]` < `classes`) sharing the class's distribution per question.
    static func expected(_ input: AuditInput, rows: [Int32], maxK: Int, classOf: [UInt32], classes: Int) -> [Double] {
        expectedWithModel(input, rows: rows, maxK: maxK, classOf: classOf, classes: classes).expected
    }

    /// The class distributions behind `expected`: `p[(class × questions + q) × width + code]`
    /// and forms per class.
    struct Model {
        let p: [Double], n: [Double], width: Int, questions: Int, classes: Int

        /// Forms expected by chance within `d` answers of row `row`'s vector: Σ over classes of
        /// (forms of the class, less the row itself) × P(D ≤ d), question q agreeing with
        /// probability p(class, q, the row's code).
        func partners(_ input: AuditInput, row: Int, rowClass: Int, within d: Int) -> Double {
            var total = 0.0
            for c in 0..<classes where n[c] > 0 {
                var dist = [Double](repeating: 0, count: d + 1)
                dist[0] = 1
                for q in 0..<questions {
                    let agree = p[(c * questions + q) * width + Int(input.codes[row * questions + q])]
                    let differ = max(0, 1 - agree)
                    if d >= 1 { for k in stride(from: d, through: 1, by: -1) { dist[k] = dist[k] * agree + dist[k - 1] * differ } }
                    dist[0] *= agree
                }
                total += (n[c] - (c == rowClass ? 1 : 0)) * dist.reduce(0, +)
            }
            return total
        }
    }

    /// `expected` and its model.
    static func expectedWithModel(_ input: AuditInput, rows: [Int32], maxK: Int, classOf: [UInt32], classes: Int) -> (
        expected: [Double], model: Model
    ) {
        let nq = input.questionCount
        let table = input.table
        let width = (table.questionnaire.scales.map(\.options.count).max() ?? 0) + 1
        let nu = classes
        var counts = [Double](repeating: 0, count: (nu + 1) * nq * width)  // last block: pooled
        var n = [Double](repeating: 0, count: nu + 1)
        for r32 in rows {
            let r = Int(r32)
            let u = Int(classOf[r])
            n[u] += 1
            n[nu] += 1
            for q in 0..<nq {
                let c = Int(input.codes[r * nq + q])
                counts[(u * nq + q) * width + c] += 1
                counts[(nu * nq + q) * width + c] += 1
            }
        }
        for u in 0...nu where n[u] > 0 {
            for i in (u * nq * width)..<((u + 1) * nq * width) { counts[i] /= n[u] }
        }
        func tail(_ a: Int, _ b: Int) -> [Double] {
            // P(D = d), d = 0…maxK, then cumulated.
            var dist = [Double](repeating: 0, count: maxK + 1)
            dist[0] = 1
            for q in 0..<nq {
                var agree = 0.0
                for c in 0..<width { agree += counts[(a * nq + q) * width + c] * counts[(b * nq + q) * width + c] }
                let differ = max(0, 1 - agree)
                for d in stride(from: maxK, through: 1, by: -1) { dist[d] = dist[d] * agree + dist[d - 1] * differ }
                dist[0] *= agree
            }
            if maxK >= 1 { for d in 1...maxK { dist[d] += dist[d - 1] } }
            return dist
        }
        var total = [Double](repeating: 0, count: maxK + 1)
        let units = (0..<nu).filter { n[$0] > 0 }
        func add(_ p: [Double], pairs: Double) { for k in 0...maxK { total[k] += pairs * p[k] } }
        if units.count <= maxUnits {
            for (i, u) in units.enumerated() {
                add(tail(u, u), pairs: n[u] * (n[u] - 1) / 2)
                for v in units[(i + 1)...] { add(tail(u, v), pairs: n[u] * n[v]) }
            }
        } else {
            var within = 0.0
            for u in units {
                add(tail(u, u), pairs: n[u] * (n[u] - 1) / 2)
                within += n[u] * (n[u] - 1) / 2
            }
            add(tail(nu, nu), pairs: n[nu] * (n[nu] - 1) / 2 - within)
        }
        return (total, Model(p: Array(counts[0..<(nu * nq * width)]), n: Array(n[0..<nu]), width: width, questions: nq, classes: nu))
    }
}
