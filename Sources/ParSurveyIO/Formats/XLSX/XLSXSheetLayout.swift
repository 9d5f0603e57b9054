/// A rectangle of cells, 0-based and inclusive (`A1:G1` is row 0, columns 0…6).
public struct XLSXRange: Sendable, Hashable {
    /// First row.
    public var row: Int
    /// First column.
    public var column: Int
    /// Last row.
    public var lastRow: Int
    /// Last column.
    public var lastColumn: Int

    /// Creates a range.
    public init(row: Int, column: Int, lastRow: Int, lastColumn: Int) {
        self.row = row
        self.column = column
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The range as a spreadsheet writes it (`A1:G1`).
    public var reference: String {
        XLSXSheetReader.columnName(column) + String(row + 1) + ":" + XLSXSheetReader.columnName(lastColumn) + String(lastRow + 1)
    }
}

/// A cell's position, 0-based.
public struct XLSXCellPosition: Sendable, Hashable {
    /// Row.
    public var row: Int
    /// Column.
    public var column: Int

    /// Creates a position.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// How a text cell looks, beyond the defaults (plain; the header row bold).
public enum XLSXCellStyle: Int, Sendable {
    /// Centred across its (merged) cell, wrapped.
    case centred = 5
    /// Centred and bold.
    case centredBold = 6
    /// Centred and italic.
    case centredItalic = 7

    /// The style index in the workbook's `cellXfs` (0 plain, 1 bold, 2 two decimals, 3 wrapped
    /// at the top and 4 at the top: `XLSXSheet.wrapColumns`).
    var index: Int { rawValue }
}
