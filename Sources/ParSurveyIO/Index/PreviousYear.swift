import ParSurveyModel
import ParSurveyScoring
/// The previous year's table (`unit,selfAssessment,satisfaction,leadership,total,rank`, and
/// optionally `population`, `satisfactionStandardError`, `leadershipStandardError`), CSV or
/// the first sheet of an `.xlsx` workbook.
public enum PreviousYear {
    /// Loads the table; errors name file, line, column and value.
    public static func load(path: String) throws(SelfAssessmentError) -> [PreviousYearRow] {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        let csv: SourceTable  // CSV, or the first sheet of an .xlsx workbook
        do { csv = try SourceTable.parse(bytes) } catch {
            throw .invalid(file: path, line: error.line, column: error.column, value: "", message: error.message)
        }
        let names = ["unit", "selfAssessment", "satisfaction", "leadership", "total", "rank"]
        var cols: [Int] = []
        for n in names {
            guard let c = csv.column(n) else {
                throw csv.invalid(file: path, line: 1, column: 0, value: "", message: "missing column '\(n)'")
            }
            cols.append(c)
        }
        var out: [PreviousYearRow] = []
        for (line, f) in csv.rows {
            var v: [Int] = []
            for k in 1...4 {
                guard let x = DecimalText.hundredths(f[cols[k]]) else {
                    throw csv.invalid(
                        file: path, line: line, column: cols[k] + 1, value: f[cols[k]],
                        message: "\(names[k]) is not a number with at most two decimals")
                }
                v.append(x)
            }
            guard let rank = Int(f[cols[5]]), rank > 0 else {
                throw csv.invalid(
                    file: path, line: line, column: cols[5] + 1, value: f[cols[5]], message: "rank is not a positive whole number")
            }
            if v[0] + v[1] + v[2] != v[3] {
                throw csv.invalid(
                    file: path, line: line, column: cols[4] + 1, value: f[cols[4]], message: "total is not the sum of the three components")
            }
            var row = PreviousYearRow(unit: f[cols[0]], selfAssessment: v[0], satisfaction: v[1], leadership: v[2], total: v[3], rank: rank)
            row.line = line
            if let pc = csv.column("population") {
                guard case let .success(pop) = DecimalText.parsePositiveWeight(ArraySlice(f[pc].utf8)) else {
                    throw csv.invalid(file: path, line: line, column: pc + 1, value: f[pc], message: "population is not a positive number")
                }
                row.population = pop
            }
            row.satisfactionStandardError = try standardError(csv, "satisfactionStandardError", f, line: line, path: path)
            row.leadershipStandardError = try standardError(csv, "leadershipStandardError", f, line: line, path: path)
            out.append(row)
        }
        return out
    }

    /// The optional standard-error column `name` (points, ≥ 0; an empty cell is unknown).
    static func standardError(_ csv: SourceTable, _ name: String, _ f: [String], line: Int, path: String) throws(SelfAssessmentError)
        -> Double?
    {
        guard let c = csv.column(name), !f[c].isEmpty else { return nil }
        guard let x = Double(String(f[c].map { $0 == "," ? "." : $0 })), x.isFinite, x >= 0, !f[c].contains(where: { $0.isLetter })
        else {
            throw csv.invalid(file: path, line: line, column: c + 1, value: f[c], message: "\(name) is not a number ≥ 0")
        }
        return x
    }
}
