import ParSurveyStatistics
import ParSurveyWeighting
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
package struct InfluenceAccumulator {
    /// The design the variances refer to.
    let design: VarianceDesign
    /// Number of domains: the design's, plus one for everyone when asked.
    package let domainCount: Int
    /// Answer-byte stride of each question (options + 1).
    let strides: [Int]
    /// `index[d][q]`: the criterion index, nil when no valid answer in the domain.
    package private(set) var index: [[Double?]]
    /// `answered[d][q]`: valid answers.
    private(set) var answered: [[Int]]
    /// `variance[d][q]` of the criterion index.
    package private(set) var variance: [[Double?]]
    /// `designEffect[d][q]` against simple random sampling with replacement
    /// (R: `deff = "replace"`): V / (s²/n), s² = Σw(y − p)²/Σw × n/(n − 1), n = valid answers.
    package private(set) var designEffect: [[Double?]]
    /// `influenceTable[q][d * stride + byte]`: eᵢ of a row of domain d with that answer.
    private(set) var influenceTable: [[Double]]
    /// `atomSums[part][q]`: Σwe, Σw²e, Σde per atom, part 0 for the design's domains (each
    /// atom lies in one), part 1 for everyone.
    private(set) var atomSums: [[(e1: [Double], e2: [Double], ed: [Double])]]

    /// Accumulates every question of `data` (or only `questions`, by index) over `design`,
    /// with an extra domain of every row when `everyone`.
    package init(_ data: WeightedResponses, design: VarianceDesign, questions: Set<Int>? = nil, everyone: Bool = false) {
        self.design = design
        let questionnaire = data.table.questionnaire
        let nq = questionnaire.questions.count
        let nd = design.domainCount + (everyone ? 1 : 0)
        domainCount = nd
        strides = questionnaire.questions.map { questionnaire.scales[$0.scaleIndex].options.count + 1 }
        index = [[Double?]](repeating: [Double?](repeating: nil, count: nq), count: nd)
        answered = [[Int]](repeating: [Int](repeating: 0, count: nq), count: nd)
        variance = index
        designEffect = index
        influenceTable = []
        atomSums = [[], []]
        // One task per question: each question's sums and variances depend on its column
        // only, so the results are the same whatever the number of cores.
        let strides = self.strides
        let results = ParallelMap.map(nq) { qi -> QuestionInfluence in
            if let only = questions, !only.contains(qi) {
                return QuestionInfluence(domains: nd, atoms: 0, stride: strides[qi], parts: 0)
            }
            return Self.accumulate(data, design: design, question: qi, stride: strides[qi], domains: nd, everyone: everyone)
        }
        for (qi, r) in results.enumerated() {
            influenceTable.append(r.table)
            atomSums[0].append(r.parts[0])
            atomSums[1].append(r.parts[1])
            for dom in 0..<nd {
                index[dom][qi] = r.index[dom]
                answered[dom][qi] = r.answered[dom]
                variance[dom][qi] = r.variance[dom]
                designEffect[dom][qi] = r.designEffect[dom]
            }
        }
    }

    /// What one question contributes: its influence table, atom sums and per-domain results.
    struct QuestionInfluence {
        var table: [Double]
        var parts: [(e1: [Double], e2: [Double], ed: [Double])]
        var index: [Double?]
        var answered: [Int]
        var variance: [Double?]
        var designEffect: [Double?]

        /// Empty results (a question left out): zero tables, `parts` atom sums of `atoms` zeros.
        init(domains nd: Int, atoms na: Int, stride s: Int, parts: Int) {
            table = [Double](repeating: 0, count: nd * s)
            let zeros = [Double](repeating: 0, count: na)
            self.parts = [(e1: [Double], e2: [Double], ed: [Double])](repeating: ([], [], []), count: 2)
            for p in 0..<parts { self.parts[p] = (zeros, zeros, zeros) }
            index = [Double?](repeating: nil, count: nd)
            answered = [Int](repeating: 0, count: nd)
            variance = index
            designEffect = index
        }
    }

    /// Accumulates question `qi` over every domain (and everyone when asked).
    static func accumulate(
        _ data: WeightedResponses, design: VarianceDesign, question qi: Int, stride s: Int,
        domains nd: Int, everyone: Bool
    ) -> QuestionInfluence {
        let questionnaire = data.table.questionnaire
        let question = questionnaire.questions[qi]
        var r = QuestionInfluence(domains: nd, atoms: design.atomCount, stride: s, parts: everyone ? 2 : 1)
        var scratch = VarianceScratch(design)
        let values = AnswerValues(scale: questionnaire.scales[question.scaleIndex], method: questionnaire.scoring)
        let sums = ClassSums(data, design: design, question: qi)
        let cn = sums.count
        let cw = sums.weight
        for dom in 0..<nd {
            let atoms = design.atoms(ofDomain: dom)
            var sw = 0.0
            var swy = 0.0
            var n = 0.0
            for a in atoms {
                for b in 1..<s where values.valid[b] {
                    let c = Int(a) * s + b
                    sw += cw[c]
                    swy += cw[c] * values.value[b]
                    n += cn[c]
                }
            }
            r.answered[dom] = Int(n)
            guard sw > 0 else { continue }
            let p = swy / sw
            r.index[dom] = p
            for b in 1..<s where values.valid[b] { r.table[dom * s + b] = (values.value[b] - p) / sw }
            let table = r.table
            let influence = sums.influence(atoms: atoms) { _, b in table[dom * s + b] }
            var squares = 0.0
            let part = dom < design.domainCount ? 0 : 1
            for (k, a) in atoms.enumerated() {
                for b in 1..<s where values.valid[b] {
                    squares += cw[Int(a) * s + b] * (values.value[b] - p) * (values.value[b] - p)
                }
                r.parts[part].e1[Int(a)] = influence.e1[k]
                r.parts[part].e2[Int(a)] = influence.e2[k]
                r.parts[part].ed[Int(a)] = influence.ed[k]
            }
            let v = design.variance(influence, scratch: &scratch)
            r.variance[dom] = v
            if n >= 2 {
                let srs = squares / sw * n / (n - 1) / n
                if srs > 0 { r.designEffect[dom] = v / srs }
            }
        }
        return r
    }
}
