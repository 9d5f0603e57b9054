/// A place in an input file: `file:line:column`, 1-based, as error messages print it.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line number (0 when unknown).
    public var line: Int
    /// 1-based column (field number for CSV, character column for JSON; 0 when unknown).
    public var column: Int
    /// What `column` counts: characters of the line, or delimited fields (CSV).
    public var columnUnit: ColumnUnit

    /// What a column number counts.
    public enum ColumnUnit: Sendable, Equatable, Hashable {
        /// Characters of the line.
        case character
        /// UTF-8 bytes of the line (the JSON parser's columns).
        case byte
        /// Fields of a delimited record (CSV, TSV).
        case field
    }

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int = 0, columnUnit: ColumnUnit = .character) {
        self.file = file
        self.line = line
        self.column = column
        self.columnUnit = columnUnit
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        if column > 0 { s += ":\(column)" }
        return s
    }
}
