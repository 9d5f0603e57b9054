import ParSurveyModel
/// Why a report could not be made.
public enum ReportError: ParSurveyError, Equatable {
    /// `--district` names no unit of the run.
    case unknownUnit(unit: String, units: [String])

    public var kind: ErrorKind { "report.unknownUnit" }

    public var description: String {
        switch self {
        case let .unknownUnit(unit, units): return "'\(unit)' is not a unit of this run; units: \(units.joined(separator: ", "))"
        }
    }
}
