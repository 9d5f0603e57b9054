/// Why an audit could not run.
public enum AuditError: ParSurveyError, Equatable {
    /// A metadata column named in the options is not in the batches.
    case missingColumn(column: String, role: String, available: [String])
    /// A frame file cannot be used.
    case frame(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .missingColumn(column, role, available):
            return
                "no \(role) column '\(column)' in the batches (other columns: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        case let .frame(file, line, message):
            return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        }
    }

    public var kind: ErrorKind {
        switch self {
        case .missingColumn: return "audit.missingColumn"
        case .frame: return "audit.frame"
        }
    }

    public var location: SourceLocation? {
        if case let .frame(file, line, _) = self { return SourceLocation(file: file, line: line) }
        return nil
    }
}
