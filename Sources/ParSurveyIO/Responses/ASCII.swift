/// The bytes the readers look for, by name: CSV's quote, line ends and delimiters, and the
/// blanks trimmed from answers. One place for them, so no reader spells `0x22` itself.
enum ASCII {
    /// `"`: opens and closes a quoted CSV field; doubled inside one.
    static let quote: UInt8 = 0x22
    /// Line feed: ends a line (alone or after CR).
    static let lf: UInt8 = 0x0A
    /// Carriage return: ends a line (alone or before LF).
    static let cr: UInt8 = 0x0D
    /// NUL: never valid in text.
    static let nul: UInt8 = 0x00
    /// `,`: the default CSV delimiter.
    static let comma: UInt8 = 0x2C
    /// `;`: the delimiter of spreadsheets saved with a decimal comma.
    static let semicolon: UInt8 = 0x3B
    /// Horizontal tab: a delimiter, and a blank trimmed from answers.
    static let tab: UInt8 = 0x09
    /// Space: a blank trimmed from answers.
    static let space: UInt8 = 0x20

    /// Whether `b` ends a line (LF or CR).
    @inline(__always)
    static func isLineEnd(_ b: UInt8) -> Bool { b == lf || b == cr }

    /// Whether `b` is a blank (space or tab).
    @inline(__always)
    static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }
}
