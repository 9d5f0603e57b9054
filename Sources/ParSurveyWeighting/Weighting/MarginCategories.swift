import ParSurveyModel
/// A margin resolved against the respondents: each row's category, and each category's
/// label, unit and target (after merging collapsed categories). Only categories with
/// respondents are kept; one with a population but no respondents is an error.
struct MarginCategories {
    /// `district × gender × age_group`.
    let name: String
    /// Totals or shares.
    let kind: TargetTable.Kind
    /// Crossed with the unit.
    let withinUnit: Bool
    /// Category of each row, `0..<count`.
    let codes: [UInt32]
    /// Label per category (`Tây Sơn × Nữ × 60+`).
    let labels: [String]
    /// Unit code per category (-1 when not within unit).
    let unitOf: [Int]
    /// Target per category: a total, or a share of its unit's (or the overall) total.
    let targets: [Double]

    /// Number of categories.
    var count: Int { labels.count }

    /// Resolves `spec` (`path` names it in messages; `withinUnit` crosses it with the unit).
    init(_ spec: MarginSpec, withinUnit: Bool, context ctx: WeightingContext) throws(WeightingError) {
        let here = ctx.at(spec.path)
        let columns = try spec.variables.map { v throws(WeightingError) in try ctx.column(v, step: spec.path) }
        name = ((withinUnit ? [ctx.columns.unit ?? "unit"] : []) + spec.variables).joined(separator: " × ")
        kind = spec.targets.kind
        self.withinUnit = withinUnit
        let t = spec.targets

        // which target column is which variable (position in `spec.variables`, or -1 for the unit)
        var position: [Int] = []
        for (i, c) in t.columns.enumerated() {
            if let p = spec.variables.firstIndex(where: { TextKey.key($0) == TextKey.key(c) || (ctx.isGroupName($0) && ctx.isGroupName(c)) }
            ) {
                if position.contains(p) { throw .invalidTargets(file: t.source, line: 1, column: i + 1, message: "column '\(c)' repeats") }
                position.append(p)
            } else if ctx.isUnitName(c) {
                if !withinUnit {
                    throw .invalidTargets(
                        file: t.source, line: 1, column: i + 1,
                        message: "targets by unit ('\(c)') need \"withinUnit\": true in \(here)")
                }
                if position.contains(-1) { throw .invalidTargets(file: t.source, line: 1, column: i + 1, message: "column '\(c)' repeats") }
                position.append(-1)
            } else {
                throw .invalidTargets(
                    file: t.source, line: 1, column: i + 1,
                    message: "column '\(c)' is not a variable of \(here) (\(name))")
            }
        }
        for (p, v) in spec.variables.enumerated() where !position.contains(p) {
            throw .invalidTargets(file: t.source, line: 1, column: 0, message: "no column '\(v)' for \(here)")
        }
        let hasUnitColumn = position.contains(-1)
        if withinUnit && !hasUnitColumn && t.kind == .totals {
            throw .invalidTargets(
                file: t.source, line: 1, column: 0,
                message: "totals within unit need a '\(ctx.columns.unit ?? "unit")' column (or give shares, which then hold in every unit)")
        }

        // target entries keyed by unit and category
        struct Entry {
            var unit: Int
            var label: String
            var value: Double
            var location: String
        }
        var entries: [Entry] = []
        var entryByKey: [String: Int] = [:]
        let unitsWithRows = ctx.unitRows.indices.filter { ctx.unitRows[$0] > 0 }
        func key(_ unit: Int, _ values: [String]) -> String {
            "\(unit)\u{1F}" + values.map(TextKey.key).joined(separator: "\u{1F}")
        }
        for row in t.rows {
            var values = [String](repeating: "", count: spec.variables.count)
            var unit = -1
            for (i, p) in position.enumerated() {
                if p >= 0 {
                    values[p] = row.keys[i]
                } else {
                    // a unit with no respondents in these batches: its targets are not needed
                    guard let u = ctx.unitByKey[TextKey.key(row.keys[i])], ctx.unitRows[u] > 0 else {
                        unit = -2
                        break
                    }
                    unit = u
                }
            }
            if unit == -2 { continue }
            let units = withinUnit && !hasUnitColumn ? unitsWithRows : [unit]
            for u in units {
                let k = key(u, values)
                if let prev = entryByKey[k] {
                    throw .invalidTargets(file: row.location, line: 0, column: 0, message: "target repeats \(entries[prev].location)")
                }
                entryByKey[k] = entries.count
                let label = ((u >= 0 ? [ctx.table.unit.levels[u]] : []) + values).joined(separator: " × ")
                entries.append(Entry(unit: u, label: label, value: row.value, location: row.location))
            }
        }

        // collapsed categories: respondents and population move to the neighbour
        var redirect = Array(entries.indices)
        for c in spec.collapse {
            var units: [Int]
            if let u = c.unit {
                guard withinUnit else {
                    throw .invalidPlan(file: ctx.planFile, path: c.path + ".unit", message: "\"unit\" needs \"withinUnit\": true")
                }
                guard let code = ctx.unitByKey[TextKey.key(u)] else {
                    throw .invalidPlan(file: ctx.planFile, path: c.path + ".unit", message: "unknown unit '\(u)'")
                }
                units = [code]
            } else {
                units = withinUnit ? unitsWithRows : [-1]
            }
            for u in units {
                guard var from = entryByKey[key(u, c.from)] else {
                    throw .invalidPlan(
                        file: ctx.planFile, path: c.path + ".from",
                        message:
                            "'\(c.from.joined(separator: " × "))' is not a category of the targets\(u >= 0 ? " in '\(ctx.table.unit.levels[u])'" : "")"
                    )
                }
                guard var into = entryByKey[key(u, c.into)] else {
                    throw .invalidPlan(
                        file: ctx.planFile, path: c.path + ".into",
                        message:
                            "'\(c.into.joined(separator: " × "))' is not a category of the targets\(u >= 0 ? " in '\(ctx.table.unit.levels[u])'" : "")"
                    )
                }
                while redirect[from] != from { from = redirect[from] }
                while redirect[into] != into { into = redirect[into] }
                if from == into { continue }
                redirect[from] = into
                entries[into].value += entries[from].value
                entries[into].label += " + " + entries[from].label
            }
        }
        func final(_ e: Int) -> Int {
            var x = e
            while redirect[x] != x { x = redirect[x] }
            return x
        }

        // each row's category, one lookup per distinct combination of values
        var cols = columns.map(\.codes)
        var counts = columns.map { $0.levels.count }
        if withinUnit {
            cols.insert(ctx.table.unit.codes, at: 0)
            counts.insert(ctx.table.unit.levels.count, at: 0)
        }
        let cells = CellIndex(columns: cols, levelCounts: counts, rowCount: ctx.rowCount)
        var entryOfCell = [Int](repeating: 0, count: cells.count)
        for (cell, row) in cells.firstRow.enumerated() {
            let values = columns.map { $0.value(row) }
            let unit = withinUnit ? Int(ctx.table.unit.codes[row]) : -1
            guard let e = entryByKey[key(unit, values)] else {
                let label = ((unit >= 0 ? [ctx.table.unit.levels[unit]] : []) + values).joined(separator: " × ")
                throw .categoryWithoutTarget(
                    step: here, category: label, row: ctx.origin(row),
                    known: entries.filter { $0.unit == unit }.map(\.label))
            }
            entryOfCell[cell] = final(e)
        }
        var respondents = [Int](repeating: 0, count: entries.count)
        var firstRow = [Int](repeating: -1, count: entries.count)
        for (cell, row) in cells.firstRow.enumerated() where firstRow[entryOfCell[cell]] < 0 { firstRow[entryOfCell[cell]] = row }
        for c in cells.cellOfRow { respondents[entryOfCell[Int(c)]] += 1 }

        // population without respondents, respondents without population
        var empty: [Int] = []
        for e in entries.indices where redirect[e] == e {
            if respondents[e] == 0 && entries[e].value > 0 { empty.append(e) }
            if respondents[e] > 0 && entries[e].value == 0 {
                throw .zeroTarget(step: here, category: entries[e].label, row: ctx.origin(firstRow[e]))
            }
        }
        if !empty.isEmpty {
            throw .emptyCategory(step: here, categories: empty.prefix(8).map { entries[$0].label }, population: entries[empty[0]].value)
        }

        // compact: the categories with respondents, in the targets' order
        var compact = [Int](repeating: -1, count: entries.count)
        var labels: [String] = []
        var unitOf: [Int] = []
        var targets: [Double] = []
        for e in entries.indices where redirect[e] == e && respondents[e] > 0 {
            compact[e] = labels.count
            labels.append(entries[e].label)
            unitOf.append(entries[e].unit)
            targets.append(entries[e].value)
        }
        let cellCategory = entryOfCell.map { UInt32(compact[$0]) }
        codes = cells.cellOfRow.map { cellCategory[Int($0)] }
        self.labels = labels
        self.unitOf = unitOf
        self.targets = targets

        if kind == .shares {
            try checkShares(
                entries: entries.indices.filter { redirect[$0] == $0 }.map { ($0, entries[$0].unit, entries[$0].value) }, here: here,
                ctx: ctx)
        }
    }

    /// Shares of each unit (or overall) must add up to 1.
    private func checkShares(entries: [(Int, Int, Double)], here: String, ctx: WeightingContext) throws(WeightingError) {
        var sums: [Int: Double] = [:]
        for (_, u, v) in entries { sums[u, default: 0] += v }
        for (u, s) in sums.sorted(by: { $0.key < $1.key }) where abs(s - 1) > 1e-6 {
            throw .sharesDoNotSumToOne(step: here, unit: ctx.unitName(u), sum: s)
        }
    }

    /// The totals to meet: totals as given; shares × `base` of the category's unit (or overall).
    func resolvedTargets(base: [Double]) -> [Double] {
        guard kind == .shares else { return targets }
        return targets.indices.map { targets[$0] * base[max(unitOf[$0], 0)] }
    }

    /// Σ w per category.
    func sums(_ w: [Double]) -> [Double] {
        var s = [Double](repeating: 0, count: count)
        for i in 0..<w.count { s[Int(codes[i])] += w[i] }
        return s
    }
}
