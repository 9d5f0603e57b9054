/// Rule 4: interviewer effects, where an interviewer (or device) column exists.
///
/// - `interviewer.distribution`: for every question, each interviewer's answers (valid
///   categories) against the rest of the same unit's, with the design-based Rao–Scott test of
///   `compare` (second-order F; the 2 × c table of this interviewer and the rest, the unit's
///   rows as the design, as `svychisq` on the unit's subset). Interviewers and rests with
///   fewer than `interviewerMinForms` forms are not tested. p-values are Holm-adjusted over
///   every (interviewer, question) test of the component; one more test per interviewer
///   compares the forms' satisfied share in four bands (< 0.5, < 0.8, < 1, = 1). An
///   interviewer with an adjusted p below `interviewerAlpha` is flagged (high when the band
///   test or three or more questions are, else medium), naming all the interviewer's forms
///   in the unit.
/// - `interviewer.icc`: the intra-interviewer correlation of each form's satisfied share
///   (one-way ANOVA estimator, interviewers nested in units: ρ = (MSB − MSW)/(MSB + (n₀ − 1)MSW),
///   n₀ = (N − Σ n_g²/N)/(G − 1)); a unit with ρ ≥ `interviewerCorrelationThreshold` is
///   flagged (low, a unit-level flag naming no form).
public struct InterviewerEffects: Sendable {
    /// One unit's intra-interviewer correlation.
    public struct Correlation: Sendable {
        /// The unit (nil: all units pooled, interviewers nested in units).
        public var unit: String?
        /// Interviewers with at least one form.
        public var interviewers: Int
        /// Forms with a valid answer.
        public var forms: Int
        /// The ANOVA estimate (nil with fewer than two interviewers).
        public var rho: Double?
    }

    /// The column tested.
    public var column: String
    /// Tests made (interviewer × question).
    public var tests = 0
    /// Every test: unit, interviewer, question index (−1: the band table), p-value before
    /// and after Holm's correction.
    public var results: [(unit: String, interviewer: String, question: Int, p: Double, holm: Double)] = []
    /// Per unit, then pooled (last).
    public var correlations: [Correlation] = []
    /// The flags.
    public var flags: [AuditFlag] = []

    /// The ANOVA estimator for groups with the given values (hand-checkable; empty groups ignored).
    public static func anovaCorrelation(_ groups: [[Double]]) -> Double? {
        anova(groups.map { g in (g.count, g.reduce(0, +), g.reduce(0) { $0 + $1 * $1 }) }.filter { $0.0 > 0 }).map(\.rho)
    }

    /// Sums of squares of groups given (n, Σy, Σy²): ρ, and the pieces for pooling.
    static func anova(_ g: [(Int, Double, Double)]) -> (rho: Double, ssb: Double, ssw: Double, dfb: Double, dfw: Double, n0num: Double)? {
        let groups = g.count
        let n = g.reduce(0) { $0 + $1.0 }
        guard groups >= 2, n > groups else { return nil }
        let total = g.reduce(0.0) { $0 + $1.1 }
        let mean = total / Double(n)
        var ssb = 0.0
        var ssw = 0.0
        var sumSq = 0.0
        for (ng, s, s2) in g {
            let m = s / Double(ng)
            ssb += Double(ng) * (m - mean) * (m - mean)
            ssw += s2 - Double(ng) * m * m
            sumSq += Double(ng * ng)
        }
        let dfb = Double(groups - 1)
        let dfw = Double(n - groups)
        let n0num = Double(n) - sumSq / Double(n)
        let msb = ssb / dfb
        let msw = max(0, ssw) / dfw
        let n0 = n0num / dfb
        let denominator = msb + (n0 - 1) * msw
        guard denominator > 0 else { return nil }
        return ((msb - msw) / denominator, ssb, max(0, ssw), dfb, dfw, n0num)
    }

    /// Runs the rule on `column` (`data` gives the weights the test uses).
    static func run(
        _ input: AuditInput, column: CategoricalColumn, name: String, data: WeightedResponses,
        options: AuditOptions
    ) -> InterviewerEffects {
        var out = InterviewerEffects(column: name)
        let table = input.table
        let n = table.rowCount
        let units = table.unit
        // Domains: (unit, interviewer) pairs in order of first appearance.
        var pairCode: [Int: UInt32] = [:]
        var domain = CategoricalColumn()
        var codes = [UInt32](repeating: 0, count: n)
        var unitOf: [Int] = []
        var interviewerOf: [Int] = []
        let width = max(column.levels.count, 1)
        for r in 0..<n {
            let key = Int(units.codes[r]) * width + Int(column.codes[r])
            if let c = pairCode[key] {
                codes[r] = c
                continue
            }
            let c = domain.code(for: String(key))
            pairCode[key] = c
            unitOf.append(Int(units.codes[r]))
            interviewerOf.append(Int(column.codes[r]))
            codes[r] = c
        }
        domain.codes = codes
        let nd = unitOf.count
        var rowsOf = [[Int]](repeating: [], count: nd)
        for r in 0..<n { rowsOf[Int(codes[r])].append(r) }
        // Intra-interviewer correlation.
        var pooled: [(Int, Double, Double)] = []
        var pieces = (ssb: 0.0, ssw: 0.0, dfb: 0.0, dfw: 0.0, n0num: 0.0)
        for u in units.levels.indices {
            let ds = (0..<nd).filter { unitOf[$0] == u && !column.levels[interviewerOf[$0]].isEmpty }
            if ds.isEmpty { continue }
            var g: [(Int, Double, Double)] = []
            for d in ds {
                var k = 0
                var s = 0.0
                var s2 = 0.0
                for r in rowsOf[d] where !input.formShare[r].isNaN {
                    k += 1
                    s += input.formShare[r]
                    s2 += input.formShare[r] * input.formShare[r]
                }
                if k > 0 { g.append((k, s, s2)) }
            }
            pooled += g
            let a = anova(g)
            if let a {
                pieces.ssb += a.ssb
                pieces.ssw += a.ssw
                pieces.dfb += a.dfb
                pieces.dfw += a.dfw
                pieces.n0num += a.n0num
            }
            out.correlations.append(
                Correlation(unit: units.levels[u], interviewers: g.count, forms: g.reduce(0) { $0 + $1.0 }, rho: a?.rho))
            if let rho = a?.rho, rho >= options.interviewerCorrelationThreshold {
                out.flags.append(
                    AuditFlag(
                        rule: .interviewerCorrelation, severity: .low, unit: units.levels[u], subject: name, rows: [], count: g.count,
                        statistic: rho,
                        evidence: LocalizedText(
                            vi:
                                "tương quan nội bộ điều tra viên ρ = \(Self.format(rho)) (≥ \(Self.format(options.interviewerCorrelationThreshold))) giữa \(g.count) điều tra viên",
                            en:
                                "intra-interviewer correlation ρ = \(Self.format(rho)) (≥ \(Self.format(options.interviewerCorrelationThreshold))) across \(g.count) interviewers"
                        )))
            }
        }
        if pieces.dfb > 0 && pieces.dfw > 0 {
            let msb = pieces.ssb / pieces.dfb
            let msw = pieces.ssw / pieces.dfw
            let n0 = pieces.n0num / pieces.dfb
            let den = msb + (n0 - 1) * msw
            out.correlations.append(
                Correlation(
                    unit: nil, interviewers: pooled.count, forms: pooled.reduce(0) { $0 + $1.0 },
                    rho: den > 0 ? (msb - msw) / den : nil))
        }
        // Rao–Scott tests: each interviewer against the rest of the unit.
        let design = VarianceDesign(data, domain: domain, fixedWeights: true)
        var candidates: [(d: Int, u: Int, unitRows: Int, nu: Int)] = []
        for u in units.levels.indices {
            let ds = (0..<nd).filter { unitOf[$0] == u }
            guard ds.count >= 2 else { continue }
            let unitRows = ds.reduce(0) { $0 + design.domainRows[$1] }
            let strata = Set(ds.flatMap { design.atomsOfDomain[$0].map { design.atomStratum[Int($0)] } })
            for d in ds
            where !column.levels[interviewerOf[d]].isEmpty
                && design.domainRows[d] >= options.interviewerMinForms && unitRows - design.domainRows[d] >= options.interviewerMinForms
            {
                candidates.append((d, u, unitRows, unitRows - strata.count))
            }
        }
        guard !candidates.isEmpty else { return out }
        let q = table.questionnaire
        var pValues: [Double] = []
        var owners: [(candidate: Int, question: Int)] = []
        let atomDomain = design.atomDomain
        // The forms' satisfied share in four bands, as one more 2 × c table: a narrow,
        // favourable distribution across all questions shows there even when each question's
        // own table is too small to.
        let bands = formShareBands(input)
        var banded = table
        banded.answers[0] = bands
        let bandedData = WeightedResponses(table: banded, weights: data.weights, designWeights: data.designWeights, method: data.method)
        let bandScale = q.scale(ofQuestion: 0)
        let validBands = bandScale.options.filter { !$0.missing }.count >= Self.bandCount
        for qi in q.questions.indices + (validBands ? [-1] : []) {
            let sums = qi < 0 ? ClassSums(bandedData, design: design, question: 0) : ClassSums(data, design: design, question: qi)
            let scale = qi < 0 ? bandScale : q.scale(ofQuestion: qi)
            for (k, c) in candidates.enumerated() {
                // Valid categories with answers in the unit.
                var colOfByte = [Int](repeating: -1, count: sums.stride)
                var used = 0
                for b in 1..<sums.stride where qi < 0 ? b <= Self.bandCount : !scale.options[b - 1].missing {
                    var any = false
                    for a in 0..<design.atomCount where unitOf[Int(atomDomain[a])] == c.u && sums.count[a * sums.stride + b] > 0 {
                        any = true
                        break
                    }
                    if any {
                        colOfByte[b] = used
                        used += 1
                    }
                }
                guard used >= 2 else { continue }
                let cells = CellProportions(design: design, sums: sums, rows: 2, columns: used) { a, b in
                    let dom = Int(atomDomain[a])
                    let col = colOfByte[b]
                    guard col >= 0, unitOf[dom] == c.u else { return -1 }
                    return (dom == c.d ? 0 : 1) + 2 * col
                }
                guard case let .success(test) = RaoScottTest.compute(cells, n: c.unitRows, nu: c.nu), test.pValueF.isFinite else {
                    continue
                }
                pValues.append(test.pValueF)
                owners.append((k, qi))
            }
        }
        out.tests = pValues.count
        let adjusted = Holm.adjust(pValues)
        out.results = owners.indices.map { t in
            let c = candidates[owners[t].candidate]
            return (units.levels[c.u], column.levels[interviewerOf[c.d]], owners[t].question, pValues[t], adjusted[t])
        }
        var byCandidate = [[(question: Int, p: Double)]](repeating: [], count: candidates.count)
        for (t, o) in owners.enumerated() where adjusted[t] < options.interviewerAlpha {
            byCandidate[o.candidate].append((o.question, adjusted[t]))
        }
        for (k, hits) in byCandidate.enumerated() where !hits.isEmpty {
            let c = candidates[k]
            let who = column.levels[interviewerOf[c.d]]
            let best = hits.min { $0.p < $1.p }!
            let questions = hits.map { $0.question < 0 ? Self.bandName : q.questions[$0.question].id }.joined(separator: ", ")
            let overall = hits.contains { $0.question < 0 }
            out.flags.append(
                AuditFlag(
                    rule: .interviewerDistribution, severity: hits.count >= 3 || overall ? .high : .medium, unit: units.levels[c.u],
                    subject: "\(name) \(who)", rows: rowsOf[c.d], count: hits.count, pValue: best.p,
                    evidence: LocalizedText(
                        vi:
                            "\(name) \(who) (\(rowsOf[c.d].count) phiếu) trả lời khác phần còn lại của đơn vị ở \(hits.count) câu (\(questions)); p Holm nhỏ nhất \(Self.format(best.p, places: 6)) (kiểm định Rao–Scott, \(pValues.count) kiểm định)",
                        en:
                            "\(name) \(who) (\(rowsOf[c.d].count) forms) answers differently from the rest of the unit on \(hits.count) question\(hits.count == 1 ? "" : "s") (\(questions)); smallest Holm p \(Self.format(best.p, places: 6)) (Rao–Scott test, \(pValues.count) tests)"
                    )))
        }
        return out
    }

    /// Bands of a form's satisfied share: below 0.5, below 0.8, below 1, exactly 1.
    static let bandCount = 4
    /// The band table's name in flags.
    static let bandName = "form-share"

    /// Each form's band as an answer byte 1…4 (0 with no valid answer).
    static func formShareBands(_ input: AuditInput) -> [UInt8] {
        input.formShare.map { y in
            if y.isNaN { return 0 }
            return y < 0.5 ? 1 : y < 0.8 ? 2 : y < 1 - 1e-12 ? 3 : 4
        }
    }

    static func format(_ x: Double, places: Int = 3) -> String {
        if x != 0 && abs(x) < 1e-6 { return "< 0.000001" }
        var s = String(Int((abs(x) * pow10(places)).rounded()))
        while s.count <= places { s = "0" + s }
        s.insert(".", at: s.index(s.endIndex, offsetBy: -places))
        return (x < 0 ? "-" : "") + s
    }

    private static func pow10(_ p: Int) -> Double { (0..<p).reduce(1.0) { a, _ in a * 10 } }
}
