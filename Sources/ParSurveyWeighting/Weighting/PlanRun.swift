import ParSurveyModel

/// The state of a plan being applied: the current weights and what later steps and the
/// variance need to know (calibration variables, population totals, the last raking).
struct PlanRun {
    let ctx: WeightingContext
    var weights: [Double]
    /// Calibration variables of the last calibrating step (nil: none yet).
    var calibration: [CalibrationTerm]?
    /// Population total overall and per unit code (when the last totals were within unit).
    var population: (overall: Double, byUnit: [Double]?)?
    /// The last raking: its step, resolved margins and totals (for re-raking).
    var lastRake: (step: RakingStep, margins: [MarginCategories], targets: [[Double]])?
    /// The last raking's outcome figures.
    var rakeFigures: (sweeps: Int, error: Double, unitSweeps: [Int]?, unitError: [Double]?)?
    /// Rows trimmed by any trimming step.
    var trimmed: [Bool]
    var reports: [WeightingStepReport] = []

    init(ctx: WeightingContext, weights: [Double]) {
        self.ctx = ctx
        self.weights = weights
        trimmed = [Bool](repeating: false, count: weights.count)
    }

    var unitCount: Int { ctx.table.unit.levels.count }

    /// Post-stratification (also group shares): wᵢ ← wᵢ · N_g / Σ_{j∈g} wⱼ.
    mutating func postStratify(_ spec: MarginSpec, withinUnit: Bool, path: String, kind: String, summary: String) throws(WeightingError) {
        let m = try MarginCategories(spec, withinUnit: withinUnit, context: ctx)
        let targets = m.resolvedTargets(base: m.kind == .shares ? ctx.sums(weights, withinUnit: withinUnit) : [])
        let sums = m.sums(weights)
        let factor = targets.indices.map { targets[$0] / sums[$0] }
        for i in weights.indices { weights[i] *= factor[Int(m.codes[i])] }
        calibration = [term(m)]
        if m.kind == .totals { setPopulation(m, targets) }
        reports.append(WeightingStepReport(path: path, kind: kind, summary: summary))
    }

    mutating func rake(_ s: RakingStep, summary: String) throws(WeightingError) {
        let margins = try s.margins.map { spec throws(WeightingError) in try MarginCategories(spec, withinUnit: s.withinUnit, context: ctx)
        }
        // totals per unit (or overall) of each margin given as totals: they must agree
        let groups = s.withinUnit ? unitCount : 1
        var totals: [(name: String, byGroup: [Double])] = []
        for m in margins where m.kind == .totals {
            var t = [Double](repeating: 0, count: groups)
            for k in 0..<m.count { t[max(m.unitOf[k], 0)] += m.targets[k] }
            totals.append((m.name, t))
        }
        if let first = totals.first {
            for g in 0..<groups where first.byGroup[g] > 0 {
                if totals.contains(where: { abs($0.byGroup[g] - first.byGroup[g]) > 1e-9 * first.byGroup[g] }) {
                    throw .marginsDisagree(
                        step: ctx.at(s.path), unit: s.withinUnit ? ctx.unitName(g) : nil,
                        totals: totals.map { "\($0.name) \(WeightingError.number($0.byGroup[g]))" })
                }
            }
        }
        let base = totals.first?.byGroup ?? ctx.sums(weights, withinUnit: s.withinUnit)
        let targets = margins.map { $0.resolvedTargets(base: base) }
        lastRake = (s, margins, targets)
        let (sweeps, error) = try runRaking(path: s.path)
        calibration = margins.map(term)
        if let m = margins.first(where: { $0.kind == .totals }) { setPopulation(m, m.targets) }
        reports.append(WeightingStepReport(path: s.path, kind: "rake", summary: summary, sweeps: sweeps, maxMarginError: error))
    }

    /// Runs the last raking on the current weights; an error unless it converges and meets the margins.
    private mutating func runRaking(path: String) throws(WeightingError) -> (Int, Double) {
        guard let (s, margins, targets) = lastRake.map({ ($0.step, $0.margins, $0.targets) }) else { return (0, 0) }
        let out = Raking.run(
            margins: margins, targets: targets, weights: weights, unitCodes: ctx.table.unit.codes,
            unitCount: unitCount, tolerance: s.tolerance, maxSweeps: s.maxSweeps)
        if !out.converged {
            throw .notConverged(
                step: ctx.at(path), sweeps: out.sweeps, maxMarginError: out.maxMarginError, category: out.worstCategory,
                reason: "cells still moved by \(WeightingError.number(s.tolerance)) × Σw or more in the last sweep")
        }
        if out.maxMarginError > s.marginTolerance {
            throw .notConverged(
                step: ctx.at(path), sweeps: out.sweeps, maxMarginError: out.maxMarginError, category: out.worstCategory,
                reason: "the sweeps stopped changing the weights but the margins are not met: no weights can meet them")
        }
        weights = out.weights
        rakeFigures = (out.sweeps, out.maxMarginError, s.withinUnit ? out.unitSweeps : nil, s.withinUnit ? out.unitMarginError : nil)
        return (out.sweeps, out.maxMarginError)
    }

    mutating func trim(_ s: TrimmingStep, summary: String) throws(WeightingError) {
        var groups: [[Int]]
        if s.withinUnit {
            groups = [[Int]](repeating: [], count: unitCount)
            for (i, u) in ctx.table.unit.codes.enumerated() { groups[Int(u)].append(i) }
        } else {
            groups = [Array(weights.indices)]
        }
        var count = 0
        var passes = 0
        for (g, rows) in groups.enumerated() where !rows.isEmpty {
            let w = rows.map { weights[$0] }
            let mean = w.reduce(0, +) / Double(w.count)
            let scale = s.bounds == .relativeToMean ? mean : 1
            let out: Trimming.Outcome
            do {
                out = try Trimming.run(
                    w, lower: s.lower.map { $0 * scale }, upper: s.upper.map { $0 * scale },
                    redistribution: s.redistribution, strict: s.strict)
            } catch {
                throw .trimInfeasible(step: ctx.at(s.path), unit: s.withinUnit ? ctx.unitName(g) : nil, message: error.message)
            }
            for (k, i) in rows.enumerated() {
                weights[i] = out.weights[k]
                if out.trimmed[k] {
                    trimmed[i] = true
                    count += 1
                }
            }
            passes = max(passes, out.passes)
        }
        var report = WeightingStepReport(path: s.path, kind: "trim", summary: summary, trimmed: count, passes: passes)
        if s.rerake {
            try checkWeights(path: s.path, kind: "trim")
            let (sweeps, error) = try runRaking(path: s.path + ".rerake")
            report.rerakeSweeps = sweeps
            report.rerakeMaxMarginError = error
        }
        reports.append(report)
    }

    mutating func groupShares(_ s: GroupSharesStep, summary: String) throws(WeightingError) {
        guard let group = ctx.table.group else {
            throw .notApplicable(
                step: ctx.at(s.path), message: "no respondent group column is mapped (columns.group in the manifest, or --group)")
        }
        let name = ctx.columns.group ?? "group"
        var table = s.shares
        if table == nil {
            // equal shares among the groups present (in each unit)
            var present = Set<[UInt32]>()
            var order: [[UInt32]] = []
            for i in 0..<ctx.rowCount {
                let key = s.withinUnit ? [ctx.table.unit.codes[i], group.codes[i]] : [group.codes[i]]
                if present.insert(key).inserted { order.append(key) }
            }
            var perUnit: [UInt32: Int] = [:]
            for k in order { perUnit[s.withinUnit ? k[0] : 0, default: 0] += 1 }
            let rows = order.map { k in
                TargetTable.Row(
                    keys: s.withinUnit ? [ctx.table.unit.levels[Int(k[0])], group.levels[Int(k[1])]] : [group.levels[Int(k[0])]],
                    value: 1 / Double(perUnit[s.withinUnit ? k[0] : 0]!), location: ctx.at(s.path + ".shares"))
            }
            table = TargetTable(
                kind: .shares, source: ctx.at(s.path + ".shares"), columns: (s.withinUnit ? ["unit"] : []) + [name], rows: rows)
        }
        let spec = MarginSpec(path: s.path, variables: [name], targets: table!, collapse: [])
        try postStratify(spec, withinUnit: s.withinUnit, path: s.path, kind: "groupShares", summary: summary)
    }

    mutating func normalize(_ s: NormalizationStep, summary: String) throws(WeightingError) {
        let sums = ctx.sums(weights, withinUnit: s.withinUnit)
        var wanted: [Double]
        switch s.target {
        case .sampleSize:
            wanted = s.withinUnit ? ctx.unitRows.map(Double.init) : [Double(ctx.rowCount)]
        case .population:
            guard let p = population else {
                throw .notApplicable(
                    step: ctx.at(s.path), message: "no population total is known: no earlier postStratify or rake step with totals")
            }
            if s.withinUnit {
                guard let byUnit = p.byUnit else {
                    throw .notApplicable(
                        step: ctx.at(s.path), message: "no population total per unit is known: the last totals were not within unit")
                }
                wanted = byUnit
            } else {
                wanted = [p.overall]
            }
        case let .total(t): wanted = [t]
        }
        let factor = sums.indices.map { sums[$0] > 0 ? wanted[$0] / sums[$0] : 1 }
        let codes = ctx.table.unit.codes
        for i in weights.indices { weights[i] *= factor[s.withinUnit ? Int(codes[i]) : 0] }
        if s.withinUnit {
            // the unit totals are now fixed: a calibration on the unit
            let unitTerm = CalibrationTerm(name: ctx.columns.unit ?? "unit", codes: codes, levels: unitCount, withinUnit: true)
            if calibration == nil {
                calibration = [unitTerm]
            } else if !calibration!.allSatisfy(\.withinUnit) {
                calibration!.append(unitTerm)
            }
        }
        reports.append(WeightingStepReport(path: s.path, kind: "normalize", summary: summary))
    }

    /// Every weight positive and finite, or an error naming the first row that is not.
    func checkWeights(path: String, kind: String) throws(WeightingError) {
        for (i, w) in weights.enumerated() where !(w > 0 && w.isFinite) {
            throw .invalidWeight(step: "\(ctx.at(path)) (\(kind))", row: ctx.origin(i), value: w)
        }
    }

    private func term(_ m: MarginCategories) -> CalibrationTerm {
        CalibrationTerm(name: m.name, codes: m.codes, levels: m.count, withinUnit: m.withinUnit)
    }

    private mutating func setPopulation(_ m: MarginCategories, _ totals: [Double]) {
        var byUnit: [Double]?
        if m.withinUnit {
            var b = [Double](repeating: 0, count: unitCount)
            for k in 0..<m.count { b[m.unitOf[k]] += totals[k] }
            byUnit = b
        }
        population = (totals.reduce(0, +), byUnit)
    }

    /// Per unit and overall figures of the final weights.
    func diagnostics(plan: WeightingPlan) -> WeightingDiagnostics {
        var rows = [[Int]](repeating: [], count: unitCount)
        for (i, u) in ctx.table.unit.codes.enumerated() { rows[Int(u)].append(i) }
        var units: [WeightSummary] = []
        for u in 0..<unitCount where !rows[u].isEmpty {
            var s = WeightSummary.of(ctx.table.unit.levels[u], weights: weights, rows: rows[u], trimmed: trimmed)
            s.sweeps = rakeFigures?.unitSweeps?[u]
            s.maxMarginError = rakeFigures?.unitError?[u]
            units.append(s)
        }
        var overall = WeightSummary.of(LocalizedText.allUnitsKey, weights: weights, rows: nil, trimmed: trimmed)
        overall.sweeps = rakeFigures?.sweeps
        overall.maxMarginError = rakeFigures?.error
        var steps = reports
        for i in steps.indices {
            let step = plan.steps.first { $0.path == steps[i].path }
            steps[i].vietnameseSummary = step?.vietnameseSummary(naming: { plan.variableName($0, .vi) }) ?? steps[i].summary
            steps[i].englishSummary = step?.summary(naming: { plan.variableName($0, .en) }) ?? steps[i].summary
        }
        var d = WeightingDiagnostics(
            plan: plan.path, description: plan.description ?? plan.summary, units: units, overall: overall, steps: steps)
        d.localizedDescription =
            plan.localizedDescription
            ?? LocalizedText(
                vi: plan.description
                    ?? plan.steps.map { $0.vietnameseSummary(naming: { plan.variableName($0, .vi) }) }.joined(separator: " → "),
                en: d.description)
        return d
    }
}
