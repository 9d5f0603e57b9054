import Foundation
import ParSurveyModel

/// One XLSForm sheet as text: header names and rows with their spreadsheet row numbers.
public struct XLSFormTable: Sendable {
    /// Sheet name (`survey`, `choices`, `settings`).
    public var name: String
    /// Column names (trimmed, NFC).
    public var header: [String]
    /// Data rows: row number and one cell per header column ("" when empty).
    public var rows: [(row: Int, cells: [String])]

    /// Creates a table.
    public init(name: String, header: [String], rows: [(row: Int, cells: [String])]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The column named `name` (case-insensitive), if any.
    public func column(_ name: String) -> Int? { header.firstIndex { $0.lowercased() == name.lowercased() } }
}

/// The `survey`, `choices` and `settings` sheets of an XLSForm, from an `.xlsx` workbook
/// or from CSV files.
public struct XLSFormSheets: Sendable {
    /// The `survey` sheet.
    public var survey: XLSFormTable
    /// The `choices` sheet.
    public var choices: XLSFormTable
    /// The `settings` sheet, if any.
    public var settings: XLSFormTable?
    /// What the sheets were read from (for messages).
    public var source: String

    /// Creates the sheets.
    public init(survey: XLSFormTable, choices: XLSFormTable, settings: XLSFormTable?, source: String) {
        self.survey = survey
        self.choices = choices
        self.settings = settings
        self.source = source
    }

    /// Reads the sheets of an `.xlsx` form.
    public static func load(workbook path: String) throws(XLSFormError) -> XLSFormSheets {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, message: error.reason) }
        do {
            let wb = try XLSXWorkbook(bytes: bytes)
            func sheet(_ name: String, required: Bool) throws(XLSXError) -> XLSFormTable? {
                guard wb.sheetNames.contains(where: { $0.lowercased() == name }) else {
                    if required { throw .noSuchSheet(name: name, available: wb.sheetNames) }
                    return nil
                }
                var r = try wb.rows(of: name)
                var cells: [XLSXCell] = []
                var header: [String]?
                var rows: [(row: Int, cells: [String])] = []
                while let n = try r.nextRow(into: &cells) {
                    if cells.isEmpty { continue }
                    if let bad = cells.first(where: { $0.problem != nil }) { throw .structure("sheet '\(name)': " + bad.problem!) }
                    guard let h = header else {
                        var names = [String](repeating: "", count: cells.last!.column + 1)
                        for c in cells { names[c.column] = TextKey.clean(String(decoding: c.text, as: UTF8.self)) }
                        header = names
                        continue
                    }
                    var row = [String](repeating: "", count: h.count)
                    for c in cells where c.column < h.count { row[c.column] = TextKey.clean(String(decoding: c.text, as: UTF8.self)) }
                    rows.append((n, row))
                }
                return XLSFormTable(name: name, header: header ?? [], rows: rows)
            }
            return XLSFormSheets(
                survey: try sheet("survey", required: true)!, choices: try sheet("choices", required: true)!,
                settings: try sheet("settings", required: false), source: path)
        } catch { throw .unreadable(file: path, message: error.message) }
    }

    /// Reads the sheets saved as CSV files (UTF-8).
    public static func load(survey: String, choices: String, settings: String?) throws(XLSFormError) -> XLSFormSheets {
        func table(_ path: String, _ name: String) throws(XLSFormError) -> XLSFormTable {
            let bytes: [UInt8]
            do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, message: error.reason) }
            do {
                let csv = try SimpleCSV(bytes: bytes)
                return XLSFormTable(name: name, header: csv.header, rows: csv.rows.map { (row: $0.line, cells: $0.fields) })
            } catch { throw .unreadable(file: path, message: "line \(error.line): \(error.message)") }
        }
        return XLSFormSheets(
            survey: try table(survey, "survey"), choices: try table(choices, "choices"),
            settings: try settings.map { p throws(XLSFormError) in try table(p, "settings") }, source: survey)
    }
}
