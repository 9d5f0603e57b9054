import ParSurveyModel
import ParSurveyScoring
extension SelfAssessment {
    /// Loads and validates a self-assessment CSV (`unit,criterion,score,max`).
    public static func load(path: String) throws(SelfAssessmentError) -> SelfAssessment {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        return try parse(bytes, file: path)
    }

    /// Parses and validates self-assessment CSV bytes; `file` names the source in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(SelfAssessmentError) -> SelfAssessment {
        let csv: SimpleCSV
        do { csv = try SimpleCSV(bytes: bytes) } catch {
            throw .invalid(file: file, line: error.line, column: error.column, value: "", message: error.message)
        }
        var cols: [Int] = []
        for name in ["unit", "criterion", "score", "max"] {
            guard let c = csv.column(name) else {
                throw .invalid(file: file, line: 1, column: 0, value: "",
                               message: "missing column '\(name)' (columns: \(csv.header.joined(separator: ", ")))")
            }
            cols.append(c)
        }
        let groupMax = Dictionary(uniqueKeysWithValues: standardGroups.map { ($0.id, $0.max) })
        var units: [String] = []
        var unitKey: [String: String] = [:]
        var items: [String: [SelfAssessmentItem]] = [:]
        var lines: [String: [String: Int]] = [:]
        for (line, f) in csv.rows {
            let unitText = f[cols[0]]
            if unitText.isEmpty { throw .invalid(file: file, line: line, column: cols[0] + 1, value: "", message: "empty unit") }
            let unit: String
            if let u = unitKey[TextKey.key(unitText)] { unit = u } else {
                unit = unitText
                unitKey[TextKey.key(unitText)] = unit
                units.append(unit)
            }
            let crit = f[cols[1]]
            let group = String(crit.split(separator: ".").prefix(2).joined(separator: "."))
            guard groupMax[group] != nil, crit == group || crit.hasPrefix(group + ".") else {
                throw .invalid(file: file, line: line, column: cols[1] + 1, value: crit,
                               message: "unknown criterion (groups \(standardGroups.map(\.id).joined(separator: ", ")), or sub-criteria such as 1.3.1)")
            }
            if let prev = lines[unit]?[crit] {
                throw .invalid(file: file, line: line, column: cols[1] + 1, value: crit, message: "criterion repeated for unit '\(unit)' (first at line \(prev))")
            }
            lines[unit, default: [:]][crit] = line
            guard let score = DecimalText.hundredths(f[cols[2]]) else {
                throw .invalid(file: file, line: line, column: cols[2] + 1, value: f[cols[2]], message: "score is not a number with at most two decimals")
            }
            guard let max = DecimalText.hundredths(f[cols[3]]), max > 0 else {
                throw .invalid(file: file, line: line, column: cols[3] + 1, value: f[cols[3]], message: "max is not a positive number with at most two decimals")
            }
            if score > max {
                throw .invalid(file: file, line: line, column: cols[2] + 1, value: f[cols[2]],
                               message: "score is above the criterion's max \(DecimalText.format(scaled: max))")
            }
            if crit == group, max != groupMax[group]! {
                throw .invalid(file: file, line: line, column: cols[3] + 1, value: f[cols[3]],
                               message: "criterion \(group) has max \(DecimalText.format(scaled: groupMax[group]!)) points")
            }
            items[unit, default: []].append(SelfAssessmentItem(criterion: crit, score: score, max: max))
        }
        if units.isEmpty { throw .invalid(file: file, line: 0, column: 0, value: "", message: "no rows") }
        for unit in units {
            let list = items[unit]!
            for g in standardGroups {
                guard let gi = list.first(where: { $0.criterion == g.id }) else {
                    throw .invalid(file: file, line: 0, column: 0, value: unit, message: "unit has no row for criterion \(g.id)")
                }
                let subs = list.filter { $0.criterion.hasPrefix(g.id + ".") }
                if subs.isEmpty { continue }
                let ss = subs.reduce(0) { $0 + $1.score }, sm = subs.reduce(0) { $0 + $1.max }
                if ss != gi.score || sm != gi.max {
                    throw .invalid(file: file, line: lines[unit]![g.id]!, column: 0, value: unit,
                                   message: "sub-criteria of \(g.id) sum to \(DecimalText.format(scaled: ss))/\(DecimalText.format(scaled: sm)), the group row says \(DecimalText.format(scaled: gi.score))/\(DecimalText.format(scaled: gi.max))")
                }
            }
        }
        return SelfAssessment(units: units, items: items)
    }
}
