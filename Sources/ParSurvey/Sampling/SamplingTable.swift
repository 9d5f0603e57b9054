import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// A small table read from a CSV or `.xlsx` file (a sampling frame, a table of N or n per
/// unit): header names and rows of NFC text with their line (spreadsheet row) numbers.
public struct SamplingTable: Sendable {
    /// The file (for messages).
    public let file: String
    /// Header names (NFC, trimmed).
    public let header: [String]
    /// Data rows: 1-based line and one field per header name.
    public let rows: [(line: Int, fields: [String])]
    /// The file's bytes (for its SHA-256).
    public let bytes: [UInt8]

    /// Reads `path`: an `.xlsx` workbook (its first sheet; `sheet` to choose) or CSV.
    public static func read(_ path: String, sheet: String? = nil) throws(SamplingError) -> SamplingTable {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        if XLSXWorkbook.isZip(bytes) || XLSXWorkbook.isOLE(bytes) { return try workbook(bytes, path: path, sheet: sheet) }
        let csv: SimpleCSV
        do { csv = try SimpleCSV(bytes: bytes) } catch {
            throw .invalid(file: path, line: error.line, message: error.message)
        }
        return SamplingTable(file: path, header: csv.header, rows: csv.rows, bytes: bytes)
    }

    private static func workbook(_ bytes: [UInt8], path: String, sheet: String?) throws(SamplingError) -> SamplingTable {
        var reader: XLSXSheetReader
        do { reader = try XLSXWorkbook(bytes: bytes).rows(of: sheet) } catch { throw .invalid(file: path, line: 0, message: error.message) }
        var cells: [XLSXCell] = []
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        while true {
            let number: Int?
            do { number = try reader.nextRow(into: &cells) } catch { throw .invalid(file: path, line: 0, message: error.message) }
            guard let line = number else { break }
            if cells.isEmpty { continue }
            if let bad = cells.first(where: { $0.problem != nil }) {
                throw .invalid(file: path, line: line, message: "cell \(XLSXSheetReader.columnName(bad.column))\(line): \(bad.problem!)")
            }
            guard let h = header else {
                header = cells.map { TextKey.clean(String(decoding: $0.text, as: UTF8.self)) }
                if cells.enumerated().contains(where: { $0.offset != $0.element.column }) {
                    throw .invalid(file: path, line: line, message: "the header row has an empty cell")
                }
                continue
            }
            var fields = [String](repeating: "", count: h.count)
            for c in cells {
                guard c.column < h.count else {
                    throw .invalid(
                        file: path, line: line, message: "cell \(XLSXSheetReader.columnName(c.column))\(line) lies right of the header")
                }
                fields[c.column] = TextKey.clean(String(decoding: c.text, as: UTF8.self))
            }
            rows.append((line, fields))
        }
        guard let h = header else { throw .invalid(file: path, line: 0, message: "the sheet is empty") }
        return SamplingTable(file: path, header: h, rows: rows, bytes: bytes)
    }

    /// The position of column `name` (case-insensitive), or an error naming the file and
    /// the columns it has.
    /// An exact match wins over a case-insensitive one (`n` and `N` are different columns).
    public func column(_ name: String, option: String? = nil) throws(SamplingError) -> Int {
        if let i = optionalColumn(name) { return i }
        throw .invalid(
            file: file, line: 1,
            message: "no column '\(name)'\(option.map { " (\($0))" } ?? "") among \(header.map { "'\($0)'" }.joined(separator: ", "))")
    }

    /// The unit column: named `name` (the frame's unit column) or `unit` (as the tables
    /// `par-survey sample-size` writes).
    public func unitColumn(_ name: String) throws(SamplingError) -> Int {
        if let i = optionalColumn(name) ?? optionalColumn("unit") { return i }
        return try column(name)
    }

    /// The position of column `name`, or nil.
    public func optionalColumn(_ name: String) -> Int? {
        header.firstIndex(of: TextKey.clean(name)) ?? header.firstIndex { TextKey.key($0) == TextKey.key(name) }
    }
}
