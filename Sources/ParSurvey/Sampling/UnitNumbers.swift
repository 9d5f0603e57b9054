import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// Per-unit numbers read from small tables: N (or n) per unit, a design effect or a share
/// per unit, and the frame's row count per unit. Errors name the file, line and value.
public enum UnitNumbers {
    /// What a value must be.
    public enum Kind: Sendable {
        /// A whole number ≥ 1 (N, n).
        case count
        /// A positive number (a design effect).
        case positive
        /// A share strictly between 0 and 1.
        case share
    }

    /// Parses `text` as `kind`; the reason when it is not one.
    public static func parse(_ text: String, _ kind: Kind) -> Result<Double, SamplingError.Reason> {
        let what: String
        switch kind {
        case .count: what = "a whole number of at least 1"
        case .positive: what = "a positive number"
        case .share: what = "a share between 0 and 1 (exclusive)"
        }
        guard case let .success(v) = DecimalText.parsePositiveWeight(Array(text.utf8)[...]) else {
            return .failure(.init("'\(text)' is not \(what)"))
        }
        switch kind {
        case .count where v.rounded() != v || v > 1e15: return .failure(.init("'\(text)' is not \(what)"))
        case .share where v >= 1: return .failure(.init("'\(text)' is not \(what)"))
        default: return .success(v)
        }
    }

    /// `value` per unit from `table` (columns `unit` and `value`), in table order; a unit
    /// listed twice, a blank unit or a bad value is an error naming file, line and value.
    public static func read(_ table: SamplingTable, unit: String, value: String, kind: Kind) throws(SamplingError) -> [(
        unit: String, value: Double, line: Int
    )] {
        let u = try table.unitColumn(unit)
        let v = try table.column(value)
        var seen: [String: Int] = [:]
        var out: [(unit: String, value: Double, line: Int)] = []
        for r in table.rows {
            let name = r.fields[u]
            if name.isEmpty { throw .invalid(file: table.file, line: r.line, message: "blank unit in column '\(table.header[u])'") }
            if let first = seen[TextKey.key(name)] {
                throw .invalid(file: table.file, line: r.line, message: "unit '\(name)' is listed twice (first on line \(first))")
            }
            seen[TextKey.key(name)] = r.line
            switch parse(r.fields[v], kind) {
            case let .success(x): out.append((name, x, r.line))
            case let .failure(why):
                throw .invalid(file: table.file, line: r.line, message: "column '\(table.header[v])' of unit '\(name)': \(why.text)")
            }
        }
        if out.isEmpty { throw .invalid(file: table.file, line: 0, message: "the table has no rows") }
        return out
    }

    /// The number of frame rows per unit, units in order of first appearance; a blank unit
    /// is an error naming the line.
    public static func frameCounts(_ table: SamplingTable, unit: String) throws(SamplingError) -> [(unit: String, count: Int)] {
        let u = try table.column(unit, option: "--unit")
        var index: [String: Int] = [:]
        var raw: [String: Int] = [:]  // names as written → unit: skips the case folding on repeats
        var out: [(unit: String, count: Int)] = []
        for r in table.rows {
            let name = r.fields[u]
            if let k = raw[name] {
                out[k].count += 1
                continue
            }
            if name.isEmpty { throw .invalid(file: table.file, line: r.line, message: "blank unit in column '\(table.header[u])'") }
            if let k = index[TextKey.key(name)] {
                out[k].count += 1
                raw[name] = k
            } else {
                index[TextKey.key(name)] = out.count
                raw[name] = out.count
                out.append((name, 1))
            }
        }
        if out.isEmpty { throw .invalid(file: table.file, line: 0, message: "the frame has no rows") }
        return out
    }
}

extension SamplingError {
    /// A reason without a place (the caller adds file and line).
    public struct Reason: Error, Sendable, Equatable {
        /// The words.
        public var text: String
        /// Creates a reason.
        public init(_ text: String) { self.text = text }
    }
}
