import ParSurveyModel
import ParSurveyScoring
import ParSurveyStatistics
/// Reads the per-unit points of a component back from `score --format json` output,
/// checked as strictly as a batch: the schema version, the component, every number's range
/// (0 ≤ points ≤ maxPoints ≤ the component's share of the index, 0 ≤ index ≤ 1, standard
/// errors finite and ≥ 0, intervals finite and ordered) and each unit once.
///
/// `schemaVersion` is written by `score --format json` since version 1 of the layout. A
/// file without it is read as that same layout (files written before the key existed have
/// exactly this shape, and every value is checked anyway); any other version is refused.
public enum ComponentPointsFile {
    /// The layout version `score --format json` writes and `merge` reads.
    public static let schemaVersion = 1
    /// Loads `groups[].group / index / pointsUnrounded` (and `pointsStandardError` when
    /// present), checking the component.
    public static func load(path: String, expect: Component) throws(MergeError) -> [UnitPoints] {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .badComponent(file: path, message: "cannot read: \(error.reason)") }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw .badComponent(file: path, message: "line \(error.line), column \(error.column): not valid JSON: \(error.message)")
        }
        guard case let .string(comp)? = json["component"] else {
            throw .badComponent(file: path, message: "no \"component\" key: expected the JSON of 'par-survey score --format json'")
        }
        guard comp == expect.rawValue else {
            throw .badComponent(file: path, message: "is the \(comp) component, expected \(expect.rawValue)")
        }
        guard case let .string(by)? = json["groupedBy"], by == "unit" else {
            throw .badComponent(file: path, message: "scores are grouped by a column other than the unit; score without --by")
        }
        guard case let .array(groups)? = json["groups"] else { throw .badComponent(file: path, message: "no \"groups\" array") }
        let maxPoints = try checkedHeader(json, path: path, expect: expect)
        var out: [UnitPoints] = []
        var seen: [String: Int] = [:]
        for (i, g) in groups.enumerated() {
            guard case let .string(unit)? = g["group"], case let .number(index, _)? = g["index"],
                case let .number(points, _)? = g["pointsUnrounded"]
            else { throw .badComponent(file: path, message: "groups[\(i)] lacks group, index or pointsUnrounded") }
            let at = "groups[\(i)] (unit '\(unit)')"
            if let first = seen[TextKey.key(unit)] {
                throw .badComponent(file: path, message: "\(at): the unit appears twice (also groups[\(first)])")
            }
            seen[TextKey.key(unit)] = i
            try check(index, 0...1, "\(at).index", path)
            try check(points, 0...maxPoints, "\(at).pointsUnrounded", path)
            var se: Double?
            var ci: ConfidenceInterval?
            if case let .number(x, _)? = g["pointsStandardError"] {
                try check(x, 0...maxPoints, "\(at).pointsStandardError", path)
                se = x
            }
            if case let .array(pair)? = g["pointsConfidenceInterval"], pair.count == 2,
                case let .number(low, _) = pair[0], case let .number(high, _) = pair[1]
            {
                try check(low, -maxPoints...(2 * maxPoints), "\(at).pointsConfidenceInterval[0]", path)
                try check(high, low...(2 * maxPoints), "\(at).pointsConfidenceInterval[1]", path)
                ci = ConfidenceInterval(low: low, high: high)
            }
            out.append(UnitPoints(unit: unit, index: index, points: points, standardError: se, confidenceInterval: ci))
        }
        return out
    }

    /// The largest points a component may carry in the 100-point index.
    public static func share(_ c: Component) -> Double { c == .satisfaction ? 30 : 10 }

    /// Checks `schemaVersion` and `maxPoints`; returns the maximum points.
    static func checkedHeader(_ json: JSONValue, path: String, expect: Component) throws(MergeError) -> Double {
        switch json["schemaVersion"] {
        case nil: break  // the version-1 layout written before the key existed
        case let .number(v, text)? where v == Double(schemaVersion): _ = text
        case let v?:
            throw .badComponent(
                file: path,
                message:
                    "schemaVersion \(v.scalarText) is not one this version of par-survey reads (\(schemaVersion)); score the component again"
            )
        }
        var maxPoints = share(expect)
        if case let .number(m, _)? = json["maxPoints"] {
            try check(m, Double.leastNonzeroMagnitude...share(expect), "maxPoints", path)
            maxPoints = m
        } else if json["maxPoints"] != nil {
            throw .badComponent(file: path, message: "maxPoints is not a number")
        }
        return maxPoints
    }

    static func check(_ x: Double, _ range: ClosedRange<Double>, _ what: String, _ path: String) throws(MergeError) {
        if !x.isFinite || !range.contains(x) {
            throw .badComponent(file: path, message: "\(what) is \(x), outside \(range.lowerBound) … \(range.upperBound)")
        }
    }
}
