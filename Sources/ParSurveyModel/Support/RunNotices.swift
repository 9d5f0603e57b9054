/// Warnings found while a command runs that are not errors (the run goes on), told to
/// whoever runs it as they are found: the CLI binds a sink that writes them to standard
/// error with control characters escaped, in the language of `--lang`. Outside a command run
/// they are dropped.
public final class RunNotices: @unchecked Sendable {
    private let sink: @Sendable (LocalizedText) -> Void

    /// The notices of the run in progress.
    @TaskLocal public static var current: RunNotices?

    /// Notices going to `sink` (one line each, without the line break), in both languages.
    public init(localized sink: @escaping @Sendable (LocalizedText) -> Void) { self.sink = sink }

    /// Notices going to `sink` as English text.
    public init(_ sink: @escaping @Sendable (String) -> Void) { self.sink = { sink($0.en) } }

    /// Tells a warning to the current run, if any.
    public static func warn(_ message: LocalizedText) { current?.sink(message) }

    /// Tells a warning written in one language only.
    public static func warn(_ message: String) { current?.sink(LocalizedText(vi: message, en: message)) }
}
