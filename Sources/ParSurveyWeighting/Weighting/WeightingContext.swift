import ParSurveyModel
/// What the weighting steps read: the respondents, their columns by name (the unit, the
/// respondent group and every kept categorical column), and where each row came from.
struct WeightingContext {
    let table: ResponseTable
    let columns: ColumnMapping
    let planFile: String
    /// Rows per unit code.
    let unitRows: [Int]
    /// Unit code by comparison key.
    let unitByKey: [String: Int]

    init(table: ResponseTable, columns: ColumnMapping, planFile: String) {
        self.table = table
        self.columns = columns
        self.planFile = planFile
        unitRows = table.unit.counts()
        var byKey: [String: Int] = [:]
        for (i, u) in table.unit.levels.enumerated() { byKey[TextKey.key(u)] = i }
        unitByKey = byKey
    }

    var rowCount: Int { table.rowCount }

    /// `plan.json steps[1]`: how messages name a plan key.
    func at(_ path: String) -> String { "\(planFile) \(path)" }

    /// `file:line` of a row.
    func origin(_ row: Int) -> String { table.origin(row) }

    /// Whether `name` means the unit column (`unit`, or the mapped unit column's name).
    func isUnitName(_ name: String) -> Bool {
        let k = TextKey.key(name)
        return k == "unit" || columns.unit.map(TextKey.key) == k
    }

    /// Whether `name` means the respondent group column.
    func isGroupName(_ name: String) -> Bool {
        let k = TextKey.key(name)
        return k == "group" || columns.group.map(TextKey.key) == k
    }

    /// The names a plan may use.
    var availableNames: [String] {
        var names = [columns.unit ?? "unit"]
        if table.group != nil { names.append(columns.group ?? "group") }
        return names + table.variableOrder
    }

    /// A categorical column by name: the unit, the group, or a kept column. Blank categories
    /// are an error naming the first rows that have them.
    func column(_ name: String, step: String) throws(WeightingError) -> CategoricalColumn {
        let col: CategoricalColumn
        if isUnitName(name) {
            col = table.unit
        } else if isGroupName(name) {
            guard let g = table.group else {
                throw .notApplicable(
                    step: at(step), message: "no respondent group column is mapped (columns.group in the manifest, or --group)")
            }
            col = g
        } else if let key = table.variableOrder.first(where: { TextKey.key($0) == TextKey.key(name) }), let v = table.variables[key] {
            col = v
        } else {
            throw .unknownVariable(step: at(step), name: name, available: availableNames)
        }
        let blank = col.levels.map { TextKey.clean($0).isEmpty }
        if blank.contains(true) {
            var rows: [String] = []
            var count = 0
            for (row, c) in col.codes.enumerated() where blank[Int(c)] {
                count += 1
                if rows.count < 5 { rows.append(origin(row)) }
            }
            if count > 0 { throw .blankCategory(step: at(step), variable: name, rows: rows, count: count) }
        }
        return col
    }

    /// Σ w per unit (or one total when `withinUnit` is false, at index 0).
    func sums(_ w: [Double], withinUnit: Bool) -> [Double] {
        if !withinUnit { return [w.reduce(0, +)] }
        var s = [Double](repeating: 0, count: table.unit.levels.count)
        let codes = table.unit.codes
        for i in 0..<w.count { s[Int(codes[i])] += w[i] }
        return s
    }

    /// The unit's name for messages (nil when not within unit).
    func unitName(_ code: Int) -> String? { code < 0 ? nil : table.unit.levels[code] }
}
