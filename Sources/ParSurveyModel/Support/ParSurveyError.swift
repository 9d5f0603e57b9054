/// An error of the library, as a value: a stable `kind`, the place in an input file where
/// it was found (`location`), and the values it is about (in the cases' associated values).
///
/// The library says nothing of exit codes, command-line flags or the user's language: the
/// command line maps `kind` to an exit code and a flag hint, and a message catalogue
/// (`ErrorMessages` in ParSurveyReports) turns the values into Vietnamese or English.
/// `description` is the English message (for library users and logs).
public protocol ParSurveyError: Error, CustomStringConvertible, Sendable {
    /// A stable machine code, `family.case` (`batch.unterminatedQuote`).
    var kind: ErrorKind { get }
    /// Where in an input file the error was found, when it is about one.
    var location: SourceLocation? { get }
}

extension ParSurveyError {
    /// No place in a file.
    public var location: SourceLocation? { nil }
}

/// The stable machine code of an error (`batch.unterminatedQuote`): what a program or a
/// test matches on, what the command line maps to an exit code.
public struct ErrorKind: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// `family.case`.
    public var rawValue: String

    /// Creates a kind from its code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a kind from a literal code.
    public init(stringLiteral value: String) { rawValue = value }

    /// The family, the part before the first dot (`batch`).
    public var family: String { rawValue.split(separator: ".", maxSplits: 1).first.map(String.init) ?? rawValue }

    /// The code.
    public var description: String { rawValue }

    public static func < (a: ErrorKind, b: ErrorKind) -> Bool { a.rawValue < b.rawValue }
}
