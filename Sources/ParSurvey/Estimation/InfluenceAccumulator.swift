/// Variances of every criterion index in every domain, from one pass over each answer column.
///
/// For question q the pass sums, per atom and stored answer byte (a "class", `ClassSums`),
/// the count, Σw, Σw² and Σd. A criterion index in domain D is p = Σwy/Σw over the valid
/// answers in D; its unweighted influence is eᵢ = (yᵢ − p)/Σw for a valid answer in D and 0
/// otherwise — constant on a class — so the atom sums of `AtomInfluence` follow from the class
/// sums exactly (no cancellation: Σw²e² is e² × Σw²). R: `svymean(~P_q, subset(design, D),
/// na.rm = TRUE)`.
///
/// Domains are the design's domains, plus — with `everyone` — one more, index
/// `design.domainCount`, holding every row (the same class sums serve both).
/// The per-atom sums are kept for each question so that linear combinations of criterion
/// indices (element and overall indices) can be formed afterwards (`combinationVariances`).
struct InfluenceAccumulator {
    /// The design the variances refer to.
    let design: VarianceDesign
    /// Number of domains: the design's, plus one for everyone when asked.
    let domainCount: Int
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
    /// `atomSums[part][q]`: Σwe, Σw²e, Σde per atom, part 0 for the design's domains (each
    /// atom lies in one), part 1 for everyone.
    private(set) var atomSums: [[(e1: [Double], e2: [Double], ed: [Double])]]

    /// Accumulates every question of `data` (or only `questions`, by index) over `design`,
    /// with an extra domain of every row when `everyone`.
    init(_ data: WeightedResponses, design: VarianceDesign, questions: Set<Int>? = nil, everyone: Bool = false) {
        self.design = design
        let questionnaire = data.table.questionnaire
        let nq = questionnaire.questions.count, na = design.atomCount
        let nd = design.domainCount + (everyone ? 1 : 0)
        domainCount = nd
        strides = questionnaire.questions.map { questionnaire.scales[$0.scaleIndex].options.count + 1 }
        index = [[Double?]](repeating: [Double?](repeating: nil, count: nq), count: nd)
        answered = [[Int]](repeating: [Int](repeating: 0, count: nq), count: nd)
        variance = index
        designEffect = index
        influenceTable = []
        atomSums = [[], []]
        var scratch = VarianceScratch(design)
        for (qi, question) in questionnaire.questions.enumerated() {
            let s = strides[qi]
            var table = [Double](repeating: 0, count: nd * s)
            var parts = [(e1: [Double], e2: [Double], ed: [Double])](repeating: ([], [], []), count: 2)
            defer {
                influenceTable.append(table)
                atomSums[0].append(parts[0])
                atomSums[1].append(parts[1])
            }
            if let only = questions, !only.contains(qi) { continue }
            for p in 0..<(everyone ? 2 : 1) { parts[p] = ([Double](repeating: 0, count: na), [Double](repeating: 0, count: na), [Double](repeating: 0, count: na)) }
            let values = AnswerValues(scale: questionnaire.scales[question.scaleIndex], method: questionnaire.scoring)
            let sums = ClassSums(data, design: design, question: qi)
            let cn = sums.count, cw = sums.weight
            for dom in 0..<nd {
                let atoms = design.atoms(ofDomain: dom)
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
                let influence = sums.influence(atoms: atoms) { _, b in table[dom * s + b] }
                var squares = 0.0
                let part = dom < design.domainCount ? 0 : 1
                for (k, a) in atoms.enumerated() {
                    for b in 1..<s where values.valid[b] {
                        squares += cw[Int(a) * s + b] * (values.value[b] - p) * (values.value[b] - p)
                    }
                    parts[part].e1[Int(a)] = influence.e1[k]
                    parts[part].e2[Int(a)] = influence.e2[k]
                    parts[part].ed[Int(a)] = influence.ed[k]
                }
                let v = design.variance(influence, scratch: &scratch)
                variance[dom][qi] = v
                if n >= 2 {
                    let srs = squares / sw * n / (n - 1) / n
                    if srs > 0 { designEffect[dom][qi] = v / srs }
                }
            }
        }
    }
}
