import ParSurveyIO
/// Re-encodes a report's CSV for spreadsheets: Excel-flavoured CSV (UTF-8 with BOM, `;` and
/// decimal commas, or `,` and decimal points) and `.xlsx` workbooks (numbers as numbers).
public enum SpreadsheetCSV {
    /// The rows of a CSV text (as written by `TextTable.csv`); a record that cannot be read
    /// is an error (it used to end the rows silently, shortening the workbook).
    package static func rows(_ csv: String) throws(SpreadsheetCSVError) -> [[String]] {
        let bytes = Array(csv.utf8)
        let result: Result<[[String]], SpreadsheetCSVError> = bytes.withUnsafeBufferPointer { buf in
            var scanner = CSVScanner(bytes: buf, delimiter: 0x2C)
            var spans: [FieldSpan] = []
            var flags: RecordFlags = []
            var out: [[String]] = []
            while true {
                let more: Int?
                do { more = try scanner.next(into: &spans, flags: &flags) } catch let e as CSVScanner.UnterminatedQuote {
                    return .failure(SpreadsheetCSVError(line: e.line, field: e.field))
                } catch {
                    return .failure(SpreadsheetCSVError(line: 0, field: 0))
                }
                guard more != nil else { break }
                if spans.count == 1 && spans[0].start == spans[0].end { continue }
                out.append(spans.map { String(decoding: scanner.fieldBytes($0), as: UTF8.self) })
            }
            return .success(out)
        }
        return try result.get()
    }

    /// `-12`, `84.11`, `+0.61`: a plain decimal number.
    static func isDecimal(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "-" || u.first == "+" { u = u.dropFirst() }
        let parts = u.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !(parts.first?.isEmpty ?? true) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// CSV for Excel: UTF-8 BOM, CRLF, `delimiter` (`;` or `,`); with `;`, decimal numbers
    /// use a decimal comma (`84,11`), as Excel expects on a Vietnamese Windows.
    public static func excel(_ csv: String, delimiter: Character) throws(SpreadsheetCSVError) -> [UInt8] {
        let comma = delimiter == ";"
        var out = ""
        for row in try rows(csv) {
            out +=
                row.map { cell -> String in
                    let v = comma && isDecimal(cell) ? cell.replacingOccurrences(of: ".", with: ",") : cell
                    return v.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                        ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
                }.joined(separator: String(delimiter)) + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(out.utf8)
    }

    /// A one-sheet workbook of the CSV's cells; plain decimal numbers become numbers.
    public static func workbook(_ csv: String, sheet: String) throws(SpreadsheetCSVError) -> [UInt8] {
        let rows = try rows(csv).map { row in
            row.map { cell -> XLSXValue? in
                if cell.isEmpty { return nil }
                if isDecimal(cell), let d = Double(cell) { return .number(d) }
                return .text(cell.hasPrefix("'") ? String(cell.dropFirst()) : cell)
            }
        }
        return XLSXWriter.workbook([XLSXSheet(name: sheet, rows: rows)])
    }
}
