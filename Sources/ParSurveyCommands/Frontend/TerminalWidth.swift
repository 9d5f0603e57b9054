@preconcurrency import Glibc
import Foundation

/// The width table output takes: `COLUMNS` when set to a positive whole number, else the
/// width of the terminal standard output writes to, else 100.
enum TerminalWidth {
    /// The width when nothing says otherwise (output redirected to a file or a pipe).
    static let fallback = 100

    /// The width for this process.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let c = environment["COLUMNS"], let n = Int(c.trimmingCharacters(in: .whitespaces)), n > 0 { return max(n, 20) }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(Int(size.ws_col), 20) }
        return fallback
    }
}
