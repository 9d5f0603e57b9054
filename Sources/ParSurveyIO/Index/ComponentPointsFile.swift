import ParSurveyModel
import ParSurveyScoring
import ParSurveyStatistics
/// Reads the per-unit points of a component back from `score --format json` output.
public enum ComponentPointsFile {
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
        guard comp == expect.rawValue else { throw .badComponent(file: path, message: "is the \(comp) component, expected \(expect.rawValue)") }
        guard case let .string(by)? = json["groupedBy"], by == "unit" else {
            throw .badComponent(file: path, message: "scores are grouped by a column other than the unit; score without --by")
        }
        guard case let .array(groups)? = json["groups"] else { throw .badComponent(file: path, message: "no \"groups\" array") }
        var out: [UnitPoints] = []
        for (i, g) in groups.enumerated() {
            guard case let .string(unit)? = g["group"], case let .number(index, _)? = g["index"],
                  case let .number(points, _)? = g["pointsUnrounded"]
            else { throw .badComponent(file: path, message: "groups[\(i)] lacks group, index or pointsUnrounded") }
            var se: Double?, ci: ConfidenceInterval?
            if case let .number(x, _)? = g["pointsStandardError"] { se = x }
            if case let .array(pair)? = g["pointsConfidenceInterval"], pair.count == 2,
               case let .number(low, _) = pair[0], case let .number(high, _) = pair[1] {
                ci = ConfidenceInterval(low: low, high: high)
            }
            out.append(UnitPoints(unit: unit, index: index, points: points, standardError: se, confidenceInterval: ci))
        }
        return out
    }
}
