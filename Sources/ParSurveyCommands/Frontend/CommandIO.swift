@preconcurrency import Glibc
import Foundation
import ParSurvey

/// Where a command writes: standard output and error, or buffers in tests.
public final class CommandIO: @unchecked Sendable {
    /// Writes to standard output.
    public let out: (String) -> Void
    /// Writes to standard error.
    public let err: (String) -> Void
    /// Whether standard error is a terminal (progress is shown only then).
    public let errIsTerminal: Bool
    /// Seconds a command runs before progress is first shown (short runs show none).
    public let progressDelay: Double
    /// Display columns table output may take (nil: no limit). The process's own IO takes
    /// `COLUMNS`, else the terminal's width, else 100 (`TerminalWidth`).
    public var width: Int? = nil

    /// Creates an IO with writers.
    public init(
        out: @escaping (String) -> Void, err: @escaping (String) -> Void, errIsTerminal: Bool = false,
        progressDelay: Double = 0.5, width: Int? = nil
    ) {
        self.out = out
        self.err = err
        self.errIsTerminal = errIsTerminal
        self.progressDelay = progressDelay
        self.width = width
    }

    /// The process's standard output and error (stdout flushed before every error line).
    /// Standard output that is a terminal gets control characters from the data escaped
    /// whatever the format (`TerminalText`); redirected output is left exact.
    public static var standard: CommandIO {
        let outIsTerminal = isatty(1) == 1
        return CommandIO(
            out: { s in fputs(outIsTerminal ? TerminalText.escape(s, keepLineBreaks: true) : s, stdout) },
            err: { s in
                fflush(stdout)
                fputs(s, stderr)
            },
            errIsTerminal: isatty(2) == 1, width: TerminalWidth.current())
    }

    /// Collects output in memory (for tests).
    public final class Capture: @unchecked Sendable {
        /// Everything written to standard output.
        public var stdout = ""
        /// Everything written to standard error.
        public var stderr = ""
        /// Creates an empty capture.
        public init() {}
        /// An IO writing into this capture.
        public var io: CommandIO { CommandIO(out: { self.stdout += $0 }, err: { self.stderr += $0 }) }
        /// An IO writing into this capture whose tables fit `width` display columns.
        public func io(width: Int?) -> CommandIO { CommandIO(out: { self.stdout += $0 }, err: { self.stderr += $0 }, width: width) }
    }
}

/// Exits the process with `code`.
public func exit(_ code: Int32) -> Never {
    fflush(stdout)
    Glibc.exit(code)
}
