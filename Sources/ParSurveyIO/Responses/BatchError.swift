import ParSurveyModel
/// A problem with a whole batch file (the file is not read; rows are not partly taken).
public enum BatchError: ParSurveyError, Equatable {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file has no bytes (or only a BOM).
    case empty(file: String)
    /// UTF-16 text (Excel's "Unicode text"): the user must save as UTF-8.
    case utf16(file: String)
    /// A quote opened and never closed; `value` is the start of the field, up to its first line end.
    case unterminatedQuote(file: String, line: Int, column: Int, value: String)
    /// Something wrong with the header: missing id column, duplicate names, missing or
    /// unknown question columns.
    case header(file: String, column: Int, value: String, message: HeaderProblem)
    /// The format is not one we read.
    case unsupportedFormat(file: String, message: String)
    /// A workbook that cannot be read (old `.xls`, encrypted, corrupt ZIP or XML, no such sheet).
    case workbook(file: String, message: String)
    /// Text that is not UTF-8: where the first bad byte is and the encoding it looks like.
    case encoding(file: String, problem: TextDecoding.NotUTF8)
    /// Only approved submissions were asked for, but the header has no review status column
    /// (`_validation_status` of KoBoToolbox, `ReviewState` of ODK Central).
    case noApprovalColumn(file: String)
    /// A `ReaderLimits` bound was hit by the file or its header (line and column 0 when not
    /// line-specific).
    case limitExceeded(file: String, line: Int, column: Int, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "batch.unreadable"
        case .empty: return "batch.empty"
        case .utf16: return "batch.utf16"
        case .unterminatedQuote: return "batch.unterminatedQuote"
        case .header: return "batch.header"
        case .unsupportedFormat: return "batch.unsupportedFormat"
        case .workbook: return "batch.workbook"
        case .encoding: return "batch.encoding"
        case .noApprovalColumn: return "batch.noApprovalColumn"
        case .limitExceeded: return "batch.limitExceeded"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .empty(file), let .utf16(file), let .unsupportedFormat(file, _),
            let .workbook(file, _), let .noApprovalColumn(file):
            return SourceLocation(file: file)
        case let .encoding(file, problem):
            return SourceLocation(file: file, line: problem.line, column: problem.column, columnUnit: .byte)
        case let .unterminatedQuote(file, line, column, _):
            return SourceLocation(file: file, line: line, column: column, columnUnit: .field)
        case let .header(file, column, _, _): return SourceLocation(file: file, line: 1, column: column, columnUnit: .field)
        case let .limitExceeded(file, line, column, _):
            return SourceLocation(file: file, line: line, column: column, columnUnit: .field)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read batch: \(reason)"
        case let .empty(file): return "\(file): the file is empty (no header line)"
        case let .utf16(file):
            return
                "\(file): the file is UTF-16 text (Excel \"Unicode text\") without a byte-order mark; save it as \"CSV UTF-8\" or declare its encoding"
        case let .unterminatedQuote(file, line, column, value):
            return
                "\(file):\(line):\(column): a quoted field opens here and is never closed (unterminated quote; the field starts '\(value)')"
        case let .header(file, column, value, message):
            return column > 0 ? "\(file):1:\(column): \(message) (header '\(value)')" : "\(file):1: \(message)"
        case let .unsupportedFormat(file, message): return "\(file): \(message)"
        case let .workbook(file, message): return "\(file): \(message)"
        case let .encoding(file, problem): return "\(file): not UTF-8 text: \(problem.message)"
        case let .noApprovalColumn(file):
            return
                "\(file):1: only approved submissions were asked for, but there is no _validation_status (KoBoToolbox) or ReviewState (ODK Central) column"
        case let .limitExceeded(file, line, column, message):
            return "\(SourceLocation(file: file, line: line, column: column)): \(message)"
        }
    }
}
