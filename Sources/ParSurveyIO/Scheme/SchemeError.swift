import ParSurveyModel
/// Why an index scheme was refused: file, key path, value and what is wrong.
public enum SchemeError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// Not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A key is missing, unknown, duplicated or wrong.
    case invalid(file: String, path: String, message: String)

    public var exitCode: ExitCode {
        if case .unreadable = self { return .noInput }
        return .dataError
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read index scheme: \(reason)"
        case let .notJSON(file, line, column, message): return "\(file):\(line):\(column): index scheme is not valid JSON: \(message)"
        case let .invalid(file, path, message): return "\(file): scheme key '\(path)': \(message)"
        }
    }
}
