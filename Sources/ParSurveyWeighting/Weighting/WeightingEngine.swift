import ParSurveyStatistics
import ParSurveyModel
/// Applies a weighting plan to a table of respondents: design weights, then each step in
/// order, checking after every step that each weight is positive and finite. Gives the
/// weighted responses (with the design weights and calibration variables the variance
/// needs) and the diagnostics.
public enum WeightingEngine {
    /// Applies `plan` to `table`; `columns` says which batch columns are the unit, group and
    /// weight (so that the plan and its targets may name them).
    public static func apply(
        _ plan: WeightingPlan, to table: ResponseTable,
        columns: ColumnMapping
    ) throws(WeightingError) -> WeightingResult {
        let ctx = WeightingContext(table: table, columns: columns, planFile: plan.path)
        let design = try designWeights(plan, ctx)
        var run = PlanRun(ctx: ctx, weights: design)
        try run.checkWeights(path: "designWeights", kind: "design weights")
        // The weights as the last calibrating step left them (trimming without re-raking
        // changes the weights but not the projection R's variance uses).
        var calibrated = design
        for step in plan.steps {
            switch step {
            case let .postStratify(s):
                try run.postStratify(s.margin, withinUnit: s.withinUnit, path: s.path, kind: step.kind, summary: step.summary)
            case let .rake(s): try run.rake(s, summary: step.summary)
            case let .trim(s): try run.trim(s, summary: step.summary)
            case let .groupShares(s): try run.groupShares(s, summary: step.summary)
            case let .normalize(s): try run.normalize(s, summary: step.summary)
            }
            try run.checkWeights(path: step.path, kind: step.kind)
            if case let .trim(t) = step, !t.rerake { continue }
            calibrated = run.weights
        }
        let strata = try plan.strata.map { name throws(WeightingError) in try strataColumn(name, ctx) }
        let survey = try plan.design.map { spec throws(WeightingError) in try surveyDesign(spec, plan: plan, ctx) }
        let calibration = run.calibration.map { terms in
            CalibrationDesign(names: terms.map(\.name), variables: terms.map(\.codes), levelCounts: terms.map(\.levels))
        }
        let method = plan.description.map { "\($0) (\(plan.path))" } ?? "\(plan.path): \(plan.summary)"
        let vi = plan.localizedDescription.map(\.vi).flatMap { $0.isEmpty ? nil : "\($0) (\(plan.path))" } ?? method
        let weighted = WeightedResponses(
            table: table, weights: run.weights, designWeights: design, calibration: calibration,
            strata: strata, method: method, methodText: LocalizedText(vi: vi, en: method), calibratedWeights: calibrated,
            surveyDesign: survey)
        var diagnostics = run.diagnostics(plan: plan)
        if let survey { diagnostics.addDesignCounts(survey, unitOfRow: table.unit.codes, unitNames: table.unit.levels) }
        return WeightingResult(weighted: weighted, diagnostics: diagnostics)
    }

    /// The design weights the plan starts from.
    static func designWeights(_ plan: WeightingPlan, _ ctx: WeightingContext) throws(WeightingError) -> [Double] {
        let table = ctx.table
        switch plan.designWeights {
        case .mapped: return table.weights
        case .one: return [Double](repeating: 1, count: table.rowCount)
        case let .column(name):
            if let mapped = ctx.columns.weight, TextKey.key(mapped) == TextKey.key(name) { return table.weights }
            let col = try ctx.column(name, step: "designWeights")
            var value = [Double](repeating: 0, count: col.levels.count)
            var problem = [String?](repeating: nil, count: col.levels.count)
            for (k, level) in col.levels.enumerated() {
                switch DecimalText.parsePositiveWeight(Array(level.utf8)[...]) {
                case let .success(v): value[k] = v
                case let .failure(why): problem[k] = why.message
                }
            }
            for (row, c) in col.codes.enumerated() {
                if let why = problem[Int(c)] {
                    throw .invalidPlan(
                        file: plan.path, path: "designWeights",
                        message: "\(ctx.origin(row)): '\(col.levels[Int(c)])' in column '\(name)': \(why)")
                }
            }
            return col.codes.map { value[Int($0)] }
        }
    }

    /// The sampling design of the plan's `design` block, checked (errors name the column,
    /// stratum or cluster, and the value).
    static func surveyDesign(_ spec: DesignSpec, plan: WeightingPlan, _ ctx: WeightingContext) throws(WeightingError) -> SurveyDesign {
        func categorical(_ name: String) throws(WeightingError) -> SurveyDesign.Column {
            let c = try ctx.column(name, step: "design")
            return SurveyDesign.Column(name: name, codes: c.codes, levels: c.levels)
        }
        let strata = try spec.strata.map { n throws(WeightingError) in try categorical(n) }
        var clusters: [SurveyDesign.Column] = []
        for n in spec.ids { clusters.append(try categorical(n)) }
        var fpc: [SurveyDesign.NumericColumn] = []
        for n in spec.fpc {
            let c = try ctx.column(n, step: "design")
            var value = [Double](repeating: 0, count: c.levels.count)
            for (k, level) in c.levels.enumerated() {
                guard let v = Double(level.replacingOccurrences(of: ",", with: ".")), v.isFinite else {
                    let row = c.codes.firstIndex(of: UInt32(k)) ?? 0
                    throw .invalidPlan(
                        file: plan.path, path: "design.fpc", message: "\(ctx.origin(row)): '\(level)' in column '\(n)' is not a number")
                }
                value[k] = v
            }
            fpc.append(SurveyDesign.NumericColumn(name: n, values: c.codes.map { value[Int($0)] }))
        }
        do {
            return try SurveyDesign.build(
                rowCount: ctx.rowCount, strata: strata, clusters: clusters, fpc: fpc, nest: spec.nest,
                lonely: spec.lonelyPSU, origin: { ctx.origin($0) })
        } catch {
            throw .invalidPlan(file: plan.path, path: "design", message: .rule(error.message))
        }
    }

    /// The strata column; each stratum must lie within one unit (the unit is then a domain made of whole strata).
    static func strataColumn(_ name: String, _ ctx: WeightingContext) throws(WeightingError) -> CategoricalColumn {
        let col = try ctx.column(name, step: "strata")
        var unitOf = [Int](repeating: -1, count: col.levels.count)
        for row in 0..<ctx.rowCount {
            let s = Int(col.codes[row])
            let u = Int(ctx.table.unit.codes[row])
            if unitOf[s] < 0 {
                unitOf[s] = u
            } else if unitOf[s] != u {
                throw .notApplicable(
                    step: ctx.at("strata"),
                    message:
                        "stratum '\(col.levels[s])' lies in two units ('\(ctx.table.unit.levels[unitOf[s]])' and '\(ctx.table.unit.levels[u])', \(ctx.origin(row))); strata must nest in units"
                )
            }
        }
        return col
    }
}

/// A calibration variable: the categories the weights were calibrated to.
struct CalibrationTerm {
    var name: String
    var codes: [UInt32]
    var levels: Int
    var withinUnit: Bool
}
