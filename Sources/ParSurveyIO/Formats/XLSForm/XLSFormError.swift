import ParSurveyModel
/// Why an XLSForm could not become a questionnaire (or be read at all).
public enum XLSFormError: ParSurveyError, Equatable {
    /// A file or sheet cannot be read.
    case unreadable(file: String, message: String)
    /// A cell says something impossible (`sheet` row `row`, column `column`).
    case invalid(file: String, sheet: String, row: Int, column: String, message: String)
    /// What the form does not say and the questionnaire needs (every item listed).
    case incomplete(file: String, missing: [String])
    /// The questionnaire built from the form fails the questionnaire checks.
    case questionnaire(file: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "xlsform.unreadable"
        case .invalid: return "xlsform.invalid"
        case .incomplete: return "xlsform.incomplete"
        case .questionnaire: return "xlsform.questionnaire"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .invalid(file, _, _, _, _), let .incomplete(file, _), let .questionnaire(file, _):
            return SourceLocation(file: file)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, message): return "\(file): \(message)"
        case let .invalid(file, sheet, row, column, message):
            return "\(file): sheet '\(sheet)' row \(row)" + (column.isEmpty ? "" : " column '\(column)'") + ": \(message)"
        case let .incomplete(file, missing):
            return
                "\(file): the form does not say what the questionnaire needs (add the columns described in Questionnaires/README.md, \"XLSForm\"):\n"
                + missing.map { "  - " + $0 }.joined(separator: "\n")
        case let .questionnaire(file, message): return "\(file): the questionnaire made from the form is not valid: \(message)"
        }
    }
}
