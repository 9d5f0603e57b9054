import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// Why a sample size, a draw or a fieldwork check could not be made: each case names the
/// file, line and value (or the option) at fault.
public enum SamplingError: ParSurveyError, Equatable {
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// A file's content is wrong at `line` (0: the whole file).
    case invalid(file: String, line: Int, message: String)
    /// An option's value is wrong (exit 64).
    case option(name: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "sampling.unreadable"
        case .invalid: return "sampling.invalid"
        case .option: return "sampling.option"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _): return SourceLocation(file: file)
        case let .invalid(file, line, _): return SourceLocation(file: file, line: line)
        case .option: return nil
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read: \(reason)"
        case let .invalid(file, line, message): return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case let .option(name, message): return "\(name): \(message)"
        }
    }
}
