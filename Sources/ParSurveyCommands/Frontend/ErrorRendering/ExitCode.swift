import ParSurvey

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

extension ExitCode {
    /// The exit code of an error kind: `*.unreadable` 66 (no input), a wrong option 64,
    /// an output that cannot be written 73, an internal failure 1, bad data 65 otherwise.
    public init(kind: ErrorKind) {
        if let code = Self.byKind[kind] {
            self = code
        } else if kind.rawValue.hasSuffix(".unreadable") {
            self = .noInput
        } else if kind.family == "internal" {
            self = .failure
        } else {
            self = .dataError
        }
    }

    /// Kinds whose code is not the rule above.
    static let byKind: [ErrorKind: ExitCode] = [
        "output.wouldOverwriteInput": .usage,
        "output.wouldOverwriteOutput": .usage,
        "output.cannotCreate": .cannotCreate,
        "report.unknownUnit": .usage,
        "scoring.unknownColumn": .usage,
        "comparison.unknownColumn": .usage,
        "sampling.option": .usage,
        "audit.missingColumn": .usage,
        "cli.usage": .usage,
    ]
}

extension ParSurveyError {
    /// The sysexits code the command line exits with for this error (from `kind`).
    public var exitCode: ExitCode { ExitCode(kind: kind) }
}
