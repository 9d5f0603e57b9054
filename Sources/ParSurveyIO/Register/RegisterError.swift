import ParSurveyModel
/// Why a unit register or crosswalk was refused, or a unit could not be resolved: file, line,
/// column and value.
public enum RegisterError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A problem at a place in a file (line 0: not line-specific).
    case invalid(file: String, line: Int, column: String, value: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "register.unreadable"
        case .invalid: return "register.invalid"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _): return SourceLocation(file: file)
        case let .invalid(file, line, _, _, _): return SourceLocation(file: file, line: line)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read: \(reason)"
        case let .invalid(file, line, column, value, message):
            var s = file
            if line > 0 { s += ":\(line)" }
            if !column.isEmpty { s += " column '\(column)'" }
            return s + ": \(message)" + (value.isEmpty ? "" : " (value '\(value)')")
        }
    }
}
