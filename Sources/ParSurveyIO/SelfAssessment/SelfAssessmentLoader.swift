import ParSurveyModel
import ParSurveyScoring
extension SelfAssessment {
    /// Loads and validates a self-assessment table (`unit,criterion,score,max`): CSV, or the
    /// first sheet of an `.xlsx` workbook (errors then name the sheet and cell), against the
    /// criteria, bonus and penalty items of `scheme`.
    public static func load(path: String, scheme: IndexScheme = .binhDinh2021District) throws(SelfAssessmentError) -> SelfAssessment {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        return try parse(bytes, file: path, scheme: scheme)
    }

    /// Parses and validates self-assessment CSV or `.xlsx` bytes; `file` names the source in errors.
    public static func parse(_ bytes: [UInt8], file: String, scheme: IndexScheme = .binhDinh2021District) throws(SelfAssessmentError)
        -> SelfAssessment
    {
        let csv: SourceTable  // CSV, or the first sheet of an .xlsx workbook
        do { csv = try SourceTable.parse(bytes) } catch {
            throw .invalid(file: file, line: error.line, column: error.column, value: "", message: error.message)
        }
        var cols: [Int] = []
        for name in ["unit", "criterion", "score", "max"] {
            guard let c = csv.column(name) else {
                throw csv.invalid(
                    file: file, line: 1, column: 0, value: "",
                    message: "missing column '\(name)' (columns: \(csv.header.joined(separator: ", ")))")
            }
            cols.append(c)
        }
        var nodes: [String: (max: Int, parent: String?, children: [String])] = [:]
        for (c, parent) in scheme.allCriteria { nodes[c.id] = (c.maxPoints, parent, c.children.map(\.id)) }
        let adjustments = Dictionary(uniqueKeysWithValues: scheme.adjustments.map { ($0.id, $0) })
        func known() -> String {
            let ids = scheme.criteria.map(\.id) + scheme.adjustments.map(\.id)
            return "scheme '\(scheme.id)' has \(ids.joined(separator: ", "))"
                + (nodes.count > scheme.criteria.count ? " and their sub-criteria" : "")
        }
        var units: [String] = []
        var unitKey: [String: String] = [:]
        var items: [String: [SelfAssessmentItem]] = [:]
        var lines: [String: [String: Int]] = [:]
        for (line, f) in csv.rows {
            let unitText = f[cols[0]]
            if unitText.isEmpty { throw csv.invalid(file: file, line: line, column: cols[0] + 1, value: "", message: "empty unit") }
            let unit: String
            if let u = unitKey[TextKey.key(unitText)] {
                unit = u
            } else {
                unit = unitText
                unitKey[TextKey.key(unitText)] = unit
                units.append(unit)
            }
            let crit = TextKey.clean(f[cols[1]])
            let node = nodes[crit]
            let adjustment = adjustments[crit]
            guard node != nil || adjustment != nil else {
                throw csv.invalid(file: file, line: line, column: cols[1] + 1, value: crit, message: "unknown criterion (\(known()))")
            }
            if let prev = lines[unit]?[crit] {
                throw csv.invalid(
                    file: file, line: line, column: cols[1] + 1, value: crit,
                    message: "criterion repeated for unit '\(unit)' (first at \(csv.sheet == nil ? "line" : "row") \(prev))")
            }
            lines[unit, default: [:]][crit] = line
            guard let score = DecimalText.hundredths(f[cols[2]]) else {
                throw csv.invalid(
                    file: file, line: line, column: cols[2] + 1, value: f[cols[2]],
                    message: "score is not a number with at most two decimals")
            }
            let bound = node?.max ?? adjustment!.maxPoints
            let maxText = f[cols[3]].trimmingCharacters(in: [" "])
            let max: Int
            if maxText.isEmpty, adjustment != nil {
                max = bound
            } else {
                guard let m = DecimalText.hundredths(maxText), m > 0 else {
                    throw csv.invalid(
                        file: file, line: line, column: cols[3] + 1, value: f[cols[3]],
                        message: "max is not a positive number with at most two decimals")
                }
                max = m
            }
            if let a = adjustment {
                if score > a.maxPoints {
                    throw csv.invalid(
                        file: file, line: line, column: cols[2] + 1, value: f[cols[2]],
                        message:
                            "\(a.kind == .bonus ? "bonus" : "penalty") '\(a.id)' is beyond its bound \(DecimalText.format(scaled: a.maxPoints))"
                    )
                }
            } else if score > max {
                throw csv.invalid(
                    file: file, line: line, column: cols[2] + 1, value: f[cols[2]],
                    message: "score is above the criterion's max \(DecimalText.format(scaled: max))")
            }
            if max != bound {
                throw csv.invalid(
                    file: file, line: line, column: cols[3] + 1, value: f[cols[3]],
                    message: "criterion \(crit) has max \(DecimalText.format(scaled: bound)) points")
            }
            items[unit, default: []].append(SelfAssessmentItem(criterion: crit, score: score, max: max))
        }
        if units.isEmpty { throw csv.invalid(file: file, line: 0, column: 0, value: "", message: "no rows") }
        for unit in units {
            let list = items[unit]!
            var score: [String: Int] = [:]
            for i in list { score[i.criterion] = i.score }
            for g in scheme.criteria where score[g.id] == nil {
                throw csv.invalid(file: file, line: 0, column: 0, value: unit, message: "unit has no row for criterion \(g.id)")
            }
            // Every listed criterion with children listed must equal their sum; a listed child needs its parent and siblings.
            for (c, parent) in scheme.allCriteria where score[c.id] != nil {
                if let parent, score[parent] == nil {
                    throw csv.invalid(
                        file: file, line: lines[unit]![c.id]!, column: 0, value: unit,
                        message: "sub-criterion \(c.id) is listed without its parent \(parent)")
                }
                let listed = c.children.filter { score[$0.id] != nil }
                if listed.isEmpty { continue }
                let ss = listed.reduce(0) { $0 + score[$1.id]! }
                let sm = listed.reduce(0) { $0 + $1.maxPoints }
                if listed.count != c.children.count || ss != score[c.id]! {
                    throw csv.invalid(
                        file: file, line: lines[unit]![c.id]!, column: 0, value: unit,
                        message:
                            "sub-criteria of \(c.id) sum to \(DecimalText.format(scaled: ss))/\(DecimalText.format(scaled: sm)), the group row says \(DecimalText.format(scaled: score[c.id]!))/\(DecimalText.format(scaled: c.maxPoints))"
                            + (listed.count != c.children.count
                                ? " (missing: \(c.children.filter { score[$0.id] == nil }.map(\.id).joined(separator: ", ")))" : ""))
                }
            }
        }
        var sa = SelfAssessment(units: units, items: items)
        sa.topLevel = Set(scheme.criteria.map(\.id))
        sa.adjustmentSigns = Dictionary(uniqueKeysWithValues: scheme.adjustments.map { ($0.id, $0.kind == .bonus ? 1 : -1) })
        return sa
    }
}
