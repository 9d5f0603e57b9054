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
            flags.append(AuditFlag(rule: .frameMissing, severity: .medium, unit: input.table.unit.value(r), rows: [r],
                                   evidence: LocalizedText(vi: "mã \(id) không có trong danh sách mẫu (\(keys.count) mã)",
                                                           en: "id \(id) is not in the sample frame (\(keys.count) ids)")))
        }
        return flags
    }

    /// The ids in column `column` of the CSV file `path` (`,` `;` or tab, from the header).
    public static func load(path: String, column: String) throws(AuditError) -> Set<String> {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .frame(file: path, line: 0, message: "cannot read: \(error.reason)") }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if start >= bytes.count { throw .frame(file: path, line: 0, message: "the file is empty") }
        let firstLine = bytes[start...].prefix { $0 != 0x0A }
        let counts = [UInt8(0x2C), 0x3B, 0x09].map { d in (d, firstLine.filter { $0 == d }.count) }
        let delimiter = counts.max { $0.1 < $1.1 }!.0
        var ids = Set<String>()
        var at: Int?
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
                if at == nil {
                    guard let c = values.firstIndex(where: { TextKey.key($0) == TextKey.key(column) }) else {
                        result = .failure(.frame(file: path, line: 1, message: "no column '\(column)' in the header (columns: \(values.joined(separator: ", ")))"))
                        return
                    }
                    at = c
                    continue
                }
                if values.count == 1 && values[0].isEmpty { continue }
                guard at! < values.count else {
                    result = .failure(.frame(file: path, line: line, message: "the line has \(values.count) fields, no column \(at! + 1)"))
                    return
                }
                ids.insert(TextKey.clean(values[at!]))
            }
        }
        if case let .failure(e) = result { throw e }
        return ids
    }
}
