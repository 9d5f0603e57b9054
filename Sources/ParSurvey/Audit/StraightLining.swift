/// Rule 2: straight-lining. A form whose answered questions (at least
/// `straightLineMinAnswered`) all carry one code is flagged `straightline.all` (medium: an
/// honest respondent can be satisfied with everything, so it is a reason to look, not proof);
/// a form with a run of one code over at least `longRunShare` of the questions that is not
/// all alike is flagged `straightline.run` (low). The share of forms affected is reported
/// per unit.
public struct StraightLining: Sendable {
    /// One unit's counts.
    public struct UnitShare: Sendable {
        /// The unit.
        public var unit: String
        /// Forms of the unit.
        public var forms: Int
        /// Forms with every answered question alike.
        public var straightLined: Int
        /// Forms with a long run (and not all alike).
        public var longRuns: Int
        /// Share of the unit's forms with either.
        public var share: Double { forms == 0 ? 0 : Double(straightLined + longRuns) / Double(forms) }
    }

    /// Per unit, in unit order.
    public var units: [UnitShare] = []
    /// The flags (one per form).
    public var flags: [AuditFlag] = []
    /// The run length that counts as long.
    public var longRun = 0

    /// Runs the rule.
    public static func run(_ input: AuditInput, options: AuditOptions) -> StraightLining {
        var out = StraightLining()
        let nq = input.questionCount
        let n = input.table.rowCount
        let table = input.table
        let scales = (0..<nq).map { table.questionnaire.scale(ofQuestion: $0) }
        let longRun = max(options.straightLineMinAnswered, Int((options.longRunShare * Double(nq)).rounded(.up)))
        out.longRun = longRun
        var forms = [Int](repeating: 0, count: table.unit.levels.count)
        var all = forms
        var runs = forms
        for r in 0..<n {
            let u = Int(table.unit.codes[r])
            forms[u] += 1
            var first: UInt8 = 0
            var varied = false
            var best = 0
            var run = 0
            var last: UInt8 = 0
            var bestCode: UInt8 = 0
            for q in 0..<nq {
                let b = input.codes[r * nq + q]
                if b == 0 {
                    run = 0
                    last = 0
                    continue
                }
                if first == 0 { first = b } else if b != first { varied = true }
                run = b == last ? run + 1 : 1
                last = b
                if run > best {
                    best = run
                    bestCode = b
                }
            }
            let answered = Int(input.answered[r])
            if !varied && answered >= options.straightLineMinAnswered {
                all[u] += 1
                let code = scales.first?.option(first)?.code ?? "?"
                out.flags.append(
                    AuditFlag(
                        rule: .straightLine, severity: .medium, unit: table.unit.levels[u], rows: [r], count: answered,
                        evidence: LocalizedText(
                            vi: "cả \(answered) câu đã trả lời đều là \(code)",
                            en: "all \(answered) answered questions are \(code)")))
            } else if varied && best >= longRun {
                runs[u] += 1
                let code = scales.first?.option(bestCode)?.code ?? "?"
                out.flags.append(
                    AuditFlag(
                        rule: .straightRun, severity: .low, unit: table.unit.levels[u], rows: [r], count: best,
                        evidence: LocalizedText(
                            vi: "\(best) câu liên tiếp cùng là \(code)", en: "\(best) consecutive answers are all \(code)")))
            }
        }
        out.units = table.unit.levels.indices.filter { forms[$0] > 0 }.map {
            UnitShare(unit: table.unit.levels[$0], forms: forms[$0], straightLined: all[$0], longRuns: runs[$0])
        }
        return out
    }
}
