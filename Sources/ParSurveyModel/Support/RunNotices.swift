/// Warnings found while a command runs that are not errors (the run goes on), told to
/// whoever runs it as they are found: the CLI binds a sink that writes them to standard
/// error with control characters escaped. Outside a command run they are dropped.
public final class RunNotices: @unchecked Sendable {
    private let sink: @Sendable (String) -> Void

    /// The notices of the run in progress.
    @TaskLocal public static var current: RunNotices?

    /// Notices going to `sink` (one line each, without the line break).
    public init(_ sink: @escaping @Sendable (String) -> Void) { self.sink = sink }

    /// Tells a warning to the current run, if any.
    public static func warn(_ message: String) { current?.sink(message) }
}
