/// Why a questionnaire could not be loaded. Every case names the file and the offending key.
public enum QuestionnaireError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A key is missing, of the wrong type, unknown or has an invalid value.
    case invalid(file: String, path: String, message: String)

    public var exitCode: ExitCode {
        if case .unreadable = self { return .noInput }
        return .dataError
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read questionnaire: \(reason)"
        case let .notJSON(file, line, column, message): return "\(file):\(line):\(column): questionnaire is not valid JSON: \(message)"
        case let .invalid(file, path, message): return "\(file): questionnaire key '\(path)': \(message)"
        }
    }
}
