import Foundation
import ParSurveyModel
import ParSurveyWeighting

// Reading a `TargetTable` from a weighting plan or a CSV file (moved out of the Weighting
// module, which does no I/O).
extension TargetTable {
    /// Reads the targets under a plan key: a CSV path (relative to `folder`), a map
    /// `{"category": value}` for one column named `column`, or a list of row objects.
    package static func read(
        _ value: JSONValue, kind: Kind, path: String, planFile: String, folder: String,
        singleColumn column: String?
    ) throws(WeightingError) -> TargetTable {
        let here = "\(planFile) \(path)"
        switch value {
        case let .string(p):
            let file = p.hasPrefix("/") ? p : (folder as NSString).appendingPathComponent(p)
            return try readCSV(file: file, kind: kind)
        case let .object(pairs):
            guard let column else {
                throw .invalidPlan(
                    file: planFile, path: path, message: "a map of categories needs a single variable; give a list of rows or a CSV file")
            }
            var rows: [Row] = []
            for p in pairs {
                let v = try number(p.value, file: planFile, path: path + "." + p.key)
                rows.append(Row(keys: [TextKey.clean(p.key)], value: v, location: "\(here).\(p.key)"))
            }
            return TargetTable(kind: kind, source: here, columns: [column], rows: rows)
        case let .array(items):
            var columns: [String]?
            var rows: [Row] = []
            for (i, item) in items.enumerated() {
                let at = "\(path)[\(i)]"
                guard case let .object(pairs) = item else {
                    throw .invalidPlan(
                        file: planFile, path: at,
                        message: "expected an object with the category columns and \"\(kind.valueColumn)\", found \(item.kindName)")
                }
                let keys = pairs.map(\.key).filter { $0 != kind.valueColumn }
                guard let v = pairs.first(where: { $0.key == kind.valueColumn })?.value else {
                    throw .invalidPlan(file: planFile, path: at, message: "missing \"\(kind.valueColumn)\"")
                }
                if let c = columns, c != keys {
                    throw .invalidPlan(file: planFile, path: at, message: "keys \(keys) differ from the first row's \(c)")
                }
                columns = keys
                var values: [String] = []
                for p in pairs where p.key != kind.valueColumn {
                    guard case let .string(s) = p.value else {
                        throw .invalidPlan(
                            file: planFile, path: "\(at).\(p.key)", message: "expected a category name (string), found \(p.value.kindName)")
                    }
                    values.append(TextKey.clean(s))
                }
                rows.append(
                    Row(
                        keys: values, value: try number(v, file: planFile, path: "\(at).\(kind.valueColumn)"), location: "\(planFile) \(at)"
                    ))
            }
            if rows.isEmpty { throw .invalidPlan(file: planFile, path: path, message: "no targets") }
            return TargetTable(kind: kind, source: here, columns: columns ?? [], rows: rows)
        default:
            throw .invalidPlan(
                file: planFile, path: path,
                message: "expected a CSV file name, a map of categories or a list of rows, found \(value.kindName)")
        }
    }

    package static func number(_ v: JSONValue, file: String, path: String) throws(WeightingError) -> Double {
        guard case let .number(x, _) = v else {
            throw .invalidPlan(file: file, path: path, message: .wrongType(expected: .number, found: v.jsonKind))
        }
        guard x.isFinite, x >= 0 else { throw .invalidPlan(file: file, path: path, message: "must be a finite number ≥ 0, not \(x)") }
        if x != 0, let p = NumberRanges.problem(x, NumberRanges.total, what: "target") {
            throw .invalidPlan(file: file, path: path, message: .rule(p))
        }
        return x
    }

    /// Reads a CSV file: key columns, then a `total` (or `share`) column, in any order.
    package static func readCSV(file: String, kind: Kind) throws(WeightingError) -> TargetTable {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(file) } catch { throw .unreadable(file: file, reason: error.reason) }
        let csv: SimpleCSV
        do { csv = try SimpleCSV(bytes: bytes) } catch {
            throw .invalidTargets(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let valueIndex = csv.column(kind.valueColumn) else {
            throw .invalidTargets(
                file: file, line: 1, column: 0,
                message: "no '\(kind.valueColumn)' column (columns: \(csv.header.joined(separator: ", ")))")
        }
        let keyIndices = csv.header.indices.filter { $0 != valueIndex }
        if keyIndices.isEmpty {
            throw .invalidTargets(file: file, line: 1, column: 0, message: "no category column beside '\(kind.valueColumn)'")
        }
        var rows: [Row] = []
        for r in csv.rows {
            let text = r.fields[valueIndex]
            if let x = Double(text.replacingOccurrences(of: ",", with: ".")), x.isFinite, x != 0,
                let p = NumberRanges.problem(x, NumberRanges.total, what: "'\(text)': target")
            {
                throw .invalidTargets(file: file, line: r.line, column: valueIndex + 1, message: p)
            }
            guard let v = parseNonNegative(text) else {
                throw .invalidTargets(
                    file: file, line: r.line, column: valueIndex + 1,
                    message: "'\(text)' is not a number ≥ 0 (plain digits, '.' or ',' as decimal mark)")
            }
            rows.append(Row(keys: keyIndices.map { r.fields[$0] }, value: v, location: "\(file):\(r.line)"))
        }
        if rows.isEmpty { throw .invalidTargets(file: file, line: 0, column: 0, message: "no targets (only a header)") }
        return TargetTable(kind: kind, source: file, columns: keyIndices.map { csv.header[$0] }, rows: rows)
    }

    /// A total or share written as decimal text: ≥ 0 and finite (`nan`, `inf`, `-1` refused).
    package static func parseNonNegative(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
            bytes.contains(UInt8(ascii: "0"))
        {
            return 0
        }
        if case let .success(v) = DecimalText.parsePositiveWeight(bytes[...]) { return v }
        return nil
    }
}
