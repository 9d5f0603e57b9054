import ParSurveyModel
/// Reading `.xlsx` batches: the sheet's rows become records exactly like CSV lines. Line
/// numbers are spreadsheet row numbers; columns are numbered from 1 (A = 1) like CSV
/// fields, and reject reasons name the cell (`cell C5`).
extension BatchLoader {
    /// Reads sheet `sheet` (the first when nil) of a workbook; the first row with any cell
    /// is the header.
    public mutating func loadWorkbook(bytes: [UInt8], file: String, sheet: String?) throws(BatchError) {
        let reader: XLSXSheetReader
        do { reader = try XLSXWorkbook(bytes: bytes).rows(of: sheet) } catch { throw .workbook(file: file, message: error.message) }
        var rows = reader
        let batch = UInt32(table.batches.count)
        let rejectsStart = rejects.count
        table.batches.append(file)
        var account = BatchAccount(file: file)
        do {
            try readRows(&rows, file: file, batch: batch, account: &account)
        } catch {
            rollback(batch: batch, rejectsStart: rejectsStart)
            throw error
        }
        for i in rejectsStart..<rejects.count where rejects[i].column > 0 {
            rejects[i].cell = XLSXSheetReader.columnName(rejects[i].column - 1) + String(rejects[i].line)
        }
        accounts.append(account)
    }

    private mutating func readRows(
        _ rows: inout XLSXSheetReader, file: String, batch: UInt32,
        account: inout BatchAccount
    ) throws(BatchError) {
        var cells: [XLSXCell] = []
        var schema: BatchSchema?
        var fields: [[UInt8]] = []
        var decoder: RowDecoder?  // rows and rejects in row order, merged at the end
        while true {
            let number: Int?
            do { number = try rows.nextRow(into: &cells) } catch {
                throw .workbook(file: file, message: "sheet '\(rows.sheet)': " + error.message)
            }
            guard let line = number else { break }
            guard let sch = schema else {
                if cells.isEmpty { continue }
                if let bad = cells.first(where: { $0.problem != nil }) {
                    throw .header(file: file, column: bad.column + 1, value: "", message: .badCell(row: line, bad.cellProblem!))
                }
                if cells.last!.column + 1 > limits.maxColumns {
                    throw .limitExceeded(file: file, line: line, column: 0, message: limits.tooManyColumns(cells.last!.column + 1))
                }
                var header = [String](repeating: "", count: cells.last!.column + 1)
                for c in cells { header[c.column] = TextKey.clean(String(decoding: c.text, as: UTF8.self)) }
                schema = try makeSchema(header: header, file: file)
                decoder = recordDecoder(schema: schema!, file: file)
                continue
            }
            if cells.isEmpty {
                account.blankLines += 1
                continue
            }
            let width = max(sch.names.count, cells.last!.column + 1)
            fields = [[UInt8]](repeating: [], count: width)
            for c in cells { fields[c.column] = c.text }
            if let bad = cells.first(where: { $0.problem != nil }) {
                decoder!.partial.read += 1
                let name = bad.column < sch.names.count ? sch.names[bad.column] : ""
                decoder!.partial.rejects.append(
                    Reject(
                        file: file, line: line, column: bad.column + 1, columnName: name,
                        value: String(decoding: bad.text, as: UTF8.self), kind: .badCell(detail: bad.cellProblem!)))
                continue
            }
            Self.takeRecord(fields, line: line, decoder: &decoder!)
        }
        guard let d = decoder else { throw .empty(file: file) }
        mergeRecords(d, batch: batch, account: &account)
    }
}
