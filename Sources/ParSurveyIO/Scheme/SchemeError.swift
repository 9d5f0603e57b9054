import ParSurveyModel
/// Why an index scheme was refused: file, key path, value and what is wrong.
public enum SchemeError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// Not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A key is missing, unknown, duplicated or wrong.
    case invalid(file: String, path: String, message: KeyProblem)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "scheme.unreadable"
        case .notJSON: return "scheme.notJSON"
        case .invalid: return "scheme.invalid"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .invalid(file, _, _): return SourceLocation(file: file)
        case let .notJSON(file, line, column, _): return SourceLocation(file: file, line: line, column: column, columnUnit: .byte)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read index scheme: \(reason)"
        case let .notJSON(file, line, column, message): return "\(file):\(line):\(column): index scheme is not valid JSON: \(message)"
        case let .invalid(file, path, message): return "\(file): scheme key '\(path)': \(message)"
        }
    }
}
