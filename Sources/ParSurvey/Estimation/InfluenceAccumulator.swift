/// Variances of every criterion index in every domain, from one pass over each answer column.
///
/// For question q the pass sums, per atom and stored answer byte (a "class"), the count, Σw,
/// Σw² and Σd. A criterion index in domain D is p = Σwy/Σw over the valid answers in D; its
/// unweighted influence is eᵢ = (yᵢ − p)/Σw for a valid answer in D and 0 otherwise — constant
/// on a class — so the atom sums of `AtomInfluence` follow from the class sums exactly (no
/// cancellation: Σw²e² is e² × Σw²). R: `svymean(~P_q, subset(design, D), na.rm = TRUE)`.
///
/// The per-atom sums are kept for each question so that linear combinations of criterion
/// indices (element and overall indices) can be formed afterwards
/// (`combinationVariances`).
struct InfluenceAccumulator {
    /// The design the variances refer to.
    let design: VarianceDesign
    /// Answer-byte stride of each question (options + 1).
    let strides: [Int]
    /// `index[d][q]`: the criterion index, nil when no valid answer in the domain.
    private(set) var index: [[Double?]]
    /// `answered[d][q]`: valid answers.
    private(set) var answered: [[Int]]
    /// `variance[d][q]` of the criterion index.
    private(set) var variance: [[Double?]]
    /// `designEffect[d][q]` against simple random sampling with replacement
    /// (R: `deff = "replace"`): V / (s²/n), s² = Σw(y − p)²/Σw × n/(n − 1), n = valid answers.
    private(set) var designEffect: [[Double?]]
    /// `influenceTable[q][d * stride + byte]`: eᵢ of a row of domain d with that answer.
    private(set) var influenceTable: [[Double]]
    /// `atomSums[q]`: Σwe, Σw²e, Σde per atom (each atom lies in one domain).
    private(set) var atomSums: [(e1: [Double], e2: [Double], ed: [Double])]

    init(_ data: WeightedResponses, design: VarianceDesign) {
        self.design = design
        let questionnaire = data.table.questionnaire
        let nq = questionnaire.questions.count, na = design.atomCount, nd = design.domainCount
        strides = questionnaire.questions.map { questionnaire.scales[$0.scaleIndex].options.count + 1 }
        index = [[Double?]](repeating: [Double?](repeating: nil, count: nq), count: nd)
        answered = [[Int]](repeating: [Int](repeating: 0, count: nq), count: nd)
        variance = index
        designEffect = index
        influenceTable = []
        atomSums = []
        let w = data.weights, d = data.designWeights
        let w2 = w.map { $0 * $0 }
        var scratch = VarianceScratch(design)
        for (qi, question) in questionnaire.questions.enumerated() {
            let values = AnswerValues(scale: questionnaire.scales[question.scaleIndex], method: questionnaire.scoring)
            let s = strides[qi]
            var cn = [Double](repeating: 0, count: na * s), cw = cn, cw2 = cn, cd = cn
            data.table.answers[qi].withUnsafeBufferPointer { col in
                design.atomOfRow.withUnsafeBufferPointer { atom in
                    for i in 0..<col.count {
                        let c = Int(atom[i]) * s + Int(col[i])
                        cn[c] += 1
                        cw[c] += w[i]
                        cw2[c] += w2[i]
                        cd[c] += d[i]
                    }
                }
            }
            var table = [Double](repeating: 0, count: nd * s)
            var e1 = [Double](repeating: 0, count: na), e2 = e1, ed = e1
            for dom in 0..<nd {
                let atoms = design.atomsOfDomain[dom]
                var sw = 0.0, swy = 0.0, n = 0.0
                for a in atoms {
                    for b in 1..<s where values.valid[b] {
                        let c = Int(a) * s + b
                        sw += cw[c]
                        swy += cw[c] * values.value[b]
                        n += cn[c]
                    }
                }
                answered[dom][qi] = Int(n)
                guard sw > 0 else { continue }
                let p = swy / sw
                index[dom][qi] = p
                for b in 1..<s where values.valid[b] { table[dom * s + b] = (values.value[b] - p) / sw }
                var sums = AtomInfluence(atoms: atoms)
                var squares = 0.0
                for (k, a) in atoms.enumerated() {
                    for b in 1..<s where values.valid[b] {
                        let c = Int(a) * s + b, e = table[dom * s + b]
                        sums.e1[k] += cw[c] * e
                        sums.e2[k] += cw2[c] * e
                        sums.ed[k] += cd[c] * e
                        sums.ee[k] += cw2[c] * e * e
                        squares += cw[c] * (values.value[b] - p) * (values.value[b] - p)
                    }
                    e1[Int(a)] = sums.e1[k]
                    e2[Int(a)] = sums.e2[k]
                    ed[Int(a)] = sums.ed[k]
                }
                let v = design.variance(sums, scratch: &scratch)
                variance[dom][qi] = v
                if n >= 2 {
                    let srs = squares / sw * n / (n - 1) / n
                    if srs > 0 { designEffect[dom][qi] = v / srs }
                }
            }
            influenceTable.append(table)
            atomSums.append((e1, e2, ed))
        }
    }
}
