/// Rule 5: respondents not in the frame or drawn sample. Ids are compared by `TextKey.key`
/// (NFC, trimmed, case-insensitive); a form whose id is not in the frame is flagged
/// `frame.missing` (medium).
public enum FrameCheck {
    /// Runs the rule against `ids`.
    public static func run(_ input: AuditInput, frame ids: Set<String>) -> [AuditFlag] {
        let keys = Set(ids.map(TextKey.key))
        var flags: [AuditFlag] = []
        for r in 0..<input.table.rowCount {
            let id = input.table.id(r)
            if keys.contains(TextKey.key(id)) { continue }
            flags.append(
                AuditFlag(
                    rule: .frameMissing, severity: .medium, unit: input.table.unit.value(r), rows: [r],
                    evidence: LocalizedText(
                        vi: "mã \(id) không có trong danh sách mẫu (\(keys.count) mã)",
                        en: "id \(id) is not in the sample frame (\(keys.count) ids)")))
        }
        return flags
    }

    /// The ids in column `column` of the CSV file `path` (`,` `;` or tab, from the header).
    public static func load(path: String, column: String) throws(AuditError) -> Set<String> {
        Set(try values(path: path, columns: [column]).map { TextKey.clean($0.values[0]) })
    }

    /// The transaction time of each frame id (by comparison key), from column `dateColumn`
    /// (a date or timestamp as `AuditTime` reads them, in `defaultOffset` when it has no zone);
    /// a value that is not a date is an error naming the line. Blank dates are left out.
    public static func loadDates(path: String, idColumn: String, dateColumn: String, defaultOffset: Int64 = 0) throws(AuditError)
        -> [String: Int64]
    {
        var dates: [String: Int64] = [:]
        for row in try values(path: path, columns: [idColumn, dateColumn]) {
            let text = row.values[1].trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let t = AuditTime.parse(text, defaultOffset: defaultOffset) else {
                throw .frame(
                    file: path, line: row.line,
                    message: "'\(text)' in column '\(dateColumn)' is not a date (YYYY-MM-DD or an ISO timestamp)")
            }
            dates[TextKey.key(TextKey.clean(row.values[0]))] = t
        }
        return dates
    }

    /// Rule 5, period: a form whose frame transaction lies outside `period` is flagged
    /// `frame.period` (medium): the sampling list held a transaction of another period.
    public static func outsidePeriod(_ input: AuditInput, dates: [String: Int64], period: Range<Int64>) -> [AuditFlag] {
        var flags: [AuditFlag] = []
        for r in 0..<input.table.rowCount {
            let id = input.table.id(r)
            guard let t = dates[TextKey.key(TextKey.clean(id))], !period.contains(t) else { continue }
            flags.append(
                AuditFlag(
                    rule: .framePeriod, severity: .medium, unit: input.table.unit.value(r), rows: [r],
                    evidence: LocalizedText(
                        vi:
                            "giao dịch của mã \(id) ngày \(AuditTime.format(t)) ngoài kỳ khảo sát \(AuditTime.format(period.lowerBound))–\(AuditTime.format(period.upperBound))",
                        en:
                            "the transaction of id \(id) on \(AuditTime.format(t)) is outside the survey period \(AuditTime.format(period.lowerBound))–\(AuditTime.format(period.upperBound))"
                    )))
        }
        return flags
    }

    /// The values of `columns` (found in the header by comparison key) on each data line of the
    /// CSV file `path`, with the line.
    static func values(path: String, columns: [String]) throws(AuditError) -> [(line: Int, values: [String])] {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .frame(file: path, line: 0, message: "cannot read: \(error.reason)") }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if start >= bytes.count { throw .frame(file: path, line: 0, message: "the file is empty") }
        let firstLine = bytes[start...].prefix { $0 != 0x0A }
        let counts = [UInt8(0x2C), 0x3B, 0x09].map { d in (d, firstLine.filter { $0 == d }.count) }
        let delimiter = counts.max { $0.1 < $1.1 }!.0
        var out: [(line: Int, values: [String])] = []
        var at: [Int]?
        var result: Result<Void, AuditError> = .success(())
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, delimiter: delimiter, start: start)
            var fields: [FieldSpan] = []
            var flags = RecordFlags()
            var line = 0
            while true {
                let next: Int?
                do { next = try scanner.next(into: &fields, flags: &flags) } catch {
                    result = .failure(.frame(file: path, line: line + 1, message: "unterminated quote"))
                    return
                }
                guard let recordLine = next else { break }
                line = recordLine
                let values = fields.map { String(decoding: scanner.fieldBytes($0), as: UTF8.self) }
                guard let cols = at else {
                    var found: [Int] = []
                    for column in columns {
                        guard let c = values.firstIndex(where: { TextKey.key($0) == TextKey.key(column) }) else {
                            result = .failure(
                                .frame(
                                    file: path, line: 1,
                                    message: "no column '\(column)' in the header (columns: \(values.joined(separator: ", ")))"))
                            return
                        }
                        found.append(c)
                    }
                    at = found
                    continue
                }
                if values.count == 1 && values[0].isEmpty { continue }
                guard let last = cols.max(), last < values.count else {
                    result = .failure(
                        .frame(file: path, line: line, message: "the line has \(values.count) fields, no column \((cols.max() ?? 0) + 1)"))
                    return
                }
                out.append((line, cols.map { values[$0] }))
            }
        }
        if case let .failure(e) = result { throw e }
        return out
    }
}
