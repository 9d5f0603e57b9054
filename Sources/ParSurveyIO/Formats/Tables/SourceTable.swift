import ParSurveyModel
import Foundation

/// A small table (self-assessment, previous year, unit register, crosswalk…) read from a CSV
/// file or from a sheet of an `.xlsx` workbook: header names and rows of NFC strings, with
/// where each value came from, so that loaders validate both the same way and name the
/// place of a bad value (`line 5, column 3` or `sheet 'Sheet1' cell C5`).
///
/// Any table loader can use it: `SourceTable.load(path:)` picks the reader from the file's
/// first bytes (a ZIP is a workbook, anything else CSV), `SourceTable(workbook:sheet:)`
/// reads one sheet.
public struct SourceTable: Sendable {
    /// Header names (NFC, trimmed). In a workbook, position `i` is column `i` (A = 0).
    public var header: [String]
    /// Data rows: 1-based line (CSV) or row number (sheet), and one field per header column.
    public var rows: [(line: Int, fields: [String])]
    /// The sheet the table was read from; nil for CSV.
    public var sheet: String?

    /// Creates a table.
    public init(header: [String], rows: [(line: Int, fields: [String])], sheet: String? = nil) {
        self.header = header
        self.rows = rows
        self.sheet = sheet
    }

    /// A problem reading the table (1-based line/row and column; 0 = not specific).
    public struct Failure: Error, Sendable, Equatable {
        /// 1-based line or sheet row (0 when not line-specific).
        public var line: Int
        /// 1-based column (0 when not column-specific).
        public var column: Int
        /// What is wrong (for a workbook, it begins with the sheet and cell).
        public var message: String
    }

    /// The position of a column (case- and accent-form-insensitive), if any.
    public func column(_ name: String) -> Int? {
        header.firstIndex { TextKey.key($0) == TextKey.key(name) }
    }

    /// Where a value is, for messages: nil for CSV (the caller says `file:line:column`), or
    /// `sheet 'Sheet1' cell C5` / `sheet 'Sheet1' row 5` / `sheet 'Sheet1'` for a workbook.
    /// `column` is 1-based (0 = the whole row), `line` the sheet row (0 = the whole sheet).
    public func cellName(line: Int, column: Int) -> String? {
        guard let sheet else { return nil }
        if line <= 0 { return "sheet '\(sheet)'" }
        if column <= 0 { return "sheet '\(sheet)' row \(line)" }
        return "sheet '\(sheet)' cell \(XLSXSheetReader.columnName(column - 1))\(line)"
    }

    /// Reads `path`: an `.xlsx` workbook (its first sheet, or `sheet`) when the file is a
    /// ZIP or an old/encrypted Office file, otherwise CSV (UTF-8, delimiter detected).
    public static func load(path: String, sheet: String? = nil) throws(Failure) -> SourceTable {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw Failure(line: 0, column: 0, message: error.reason) }
        return try parse(bytes, sheet: sheet)
    }

    /// Parses bytes as `load(path:)` does.
    public static func parse(_ bytes: [UInt8], sheet: String? = nil) throws(Failure) -> SourceTable {
        if XLSXWorkbook.isZip(bytes) || XLSXWorkbook.isOLE(bytes) { return try SourceTable(workbook: bytes, sheet: sheet) }
        do {
            let csv = try SimpleCSV(bytes: bytes)
            return SourceTable(header: csv.header, rows: csv.rows)
        } catch { throw Failure(line: error.line, column: error.column, message: error.message) }
    }

    /// Reads one sheet of a workbook (the first when `sheet` is nil): the first row with a
    /// value is the header; later rows with at least one value are data rows (blank rows are
    /// skipped, as blank CSV lines are). Texts are NFC-trimmed; numbers are written as the
    /// workbook stores them, with binary noise removed (`50.390000000000001` → `50.39`,
    /// 15 significant digits, as Excel shows them); dates as ISO 8601. A value right of the
    /// last header column, an error value or a formula without a stored value is refused,
    /// naming its cell.
    public init(workbook bytes: [UInt8], sheet: String? = nil) throws(Failure) {
        let reader: XLSXSheetReader
        do { reader = try XLSXWorkbook(bytes: bytes).rows(of: sheet) } catch { throw Failure(line: 0, column: 0, message: error.message) }
        var r = reader
        let name = r.sheet
        var cells: [XLSXCell] = []
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        func location(_ row: Int, _ col: Int) -> String { "sheet '\(name)' cell \(XLSXSheetReader.columnName(col))\(row)" }
        do {
            while let n = try r.nextRow(into: &cells) {
                if cells.isEmpty { continue }
                if let bad = cells.first(where: { $0.problem != nil }) {
                    throw Failure(line: n, column: bad.column + 1, message: "sheet '\(name)': " + bad.problem!)
                }
                guard let h = header else {
                    var names = [String](repeating: "", count: cells.last!.column + 1)
                    for c in cells { names[c.column] = TextKey.clean(String(decoding: c.text, as: UTF8.self)) }
                    header = names
                    continue
                }
                var fields = [String](repeating: "", count: h.count)
                var any = false
                for c in cells {
                    let text = Self.cellText(c.text)
                    if text.isEmpty { continue }
                    guard c.column < h.count else {
                        throw Failure(
                            line: n, column: c.column + 1,
                            message: "\(location(n, c.column)): a value ('\(text)') right of the last header column")
                    }
                    fields[c.column] = text
                    any = true
                }
                if any { rows.append((n, fields)) }
            }
        } catch let e as Failure {
            throw e
        } catch let e as XLSXError {
            throw Failure(line: 0, column: 0, message: "sheet '\(name)': " + e.message)
        } catch {
            throw Failure(line: 0, column: 0, message: "sheet '\(name)': \(error)")
        }
        guard let header else { throw Failure(line: 0, column: 0, message: "sheet '\(name)' is empty") }
        self.init(header: header, rows: rows, sheet: name)
    }

    /// A cell's text, NFC-trimmed; a decimal number with more than 15 significant digits, or
    /// one in exponent form, is written with 15 (what Excel shows), so binary noise does not
    /// look like extra decimals. Whole numbers are left as they are (ids).
    package static func cellText(_ bytes: [UInt8]) -> String {
        let t = TextKey.clean(String(decoding: bytes, as: UTF8.self))
        guard (t.utf8.count > 16 && t.contains(".")) || t.contains("E") || t.contains("e"),
            t.utf8.allSatisfy({
                (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "E")
                    || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "+")
            }),
            let v = Double(t), v.isFinite
        else { return t }
        var s = String(format: "%.15g", v)
        if s.contains("e") {  // %.15g switches to exponent form for very small or large values
            s = String(format: "%.15f", v)
        }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }
}
