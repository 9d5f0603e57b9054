/// Process exit codes, from BSD sysexits, as the CLI uses them.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case ok = 0
    /// Generic failure (an internal error).
    case failure = 1
    /// The command line was wrong (`EX_USAGE`).
    case usage = 64
    /// An input file had bad data (`EX_DATAERR`).
    case dataError = 65
    /// An input file could not be found or opened (`EX_NOINPUT`).
    case noInput = 66
    /// An output file could not be created (`EX_CANTCREAT`).
    case cannotCreate = 73
    /// Reading or writing failed midway (`EX_IOERR`).
    case ioError = 74
}

/// An error that knows the exit code it maps to and says where and what went wrong.
public protocol ParSurveyError: Error, CustomStringConvertible, Sendable {
    /// The sysexits code a command exits with for this error.
    var exitCode: ExitCode { get }
}
