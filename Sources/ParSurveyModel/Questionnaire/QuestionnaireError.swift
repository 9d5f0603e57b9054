/// Why a questionnaire could not be loaded. Every case names the file and the offending key.
public enum QuestionnaireError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A key is missing, of the wrong type, unknown or has an invalid value.
    case invalid(file: String, path: String, message: KeyProblem)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "questionnaire.unreadable"
        case .notJSON: return "questionnaire.notJSON"
        case .invalid: return "questionnaire.invalid"
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
        case let .unreadable(file, reason): return "\(file): cannot read questionnaire: \(reason)"
        case let .notJSON(file, line, column, message): return "\(file):\(line):\(column): questionnaire is not valid JSON: \(message)"
        case let .invalid(file, path, message): return "\(file): questionnaire key '\(path)': \(message)"
        }
    }
}
