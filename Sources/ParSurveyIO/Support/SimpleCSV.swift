import ParSurveyModel
/// Small CSV tables (self-assessment, previous year, margins): header names and rows of NFC
/// strings with their line numbers. Survey batches use `BatchLoader` instead.
public struct SimpleCSV: Sendable {
    /// Header names (NFC, trimmed).
    public let header: [String]
    /// Data rows: 1-based line and fields.
    public let rows: [(line: Int, fields: [String])]

    /// A problem reading the table.
    public struct Failure: Error, Sendable {
        /// 1-based line (0 when not line-specific).
        public var line: Int
        /// 1-based column (0 when not column-specific).
        public var column: Int
        /// What is wrong.
        public var message: String
    }

    /// Parses CSV bytes (delimiter detected from the header). Columns and field sizes are
    /// bounded by `limits` (a hostile file cannot make it allocate per delimiter).
    public init(bytes: [UInt8], limits: ReaderLimits = .standard) throws(Failure) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Failure(line: 0, column: 0, message: "the file is UTF-16 text; save it as CSV UTF-8")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let r: Result<([String], [(Int, [String])]), Failure> = bytes.withUnsafeBufferPointer { buf in
            var sc = CSVScanner(bytes: buf, delimiter: CSVScanner.detectDelimiter(buf, start: start), start: start)
            sc.fieldLimit = limits.maxColumns + 1
            func overLimit(_ spans: [FieldSpan], line: Int) -> Failure? {
                if spans.count + sc.droppedFields > limits.maxColumns {
                    return Failure(
                        line: line, column: 0,
                        message:
                            "the row has \(DecimalText.grouped(spans.count + sc.droppedFields)) fields, more than the limit of \(DecimalText.grouped(limits.maxColumns))"
                    )
                }
                if let (column, reason) = limits.problem(spans, recordBytes: 0) {
                    return Failure(line: line, column: column, message: reason)
                }
                return nil
            }
            var spans: [FieldSpan] = []
            var flags: RecordFlags = []
            var header: [String] = []
            var rows: [(Int, [String])] = []
            do throws(CSVScanner.UnterminatedQuote) {
                guard try sc.next(into: &spans, flags: &flags) != nil else {
                    return .failure(Failure(line: 0, column: 0, message: "the file is empty"))
                }
                if let f = overLimit(spans, line: 1) { return .failure(f) }
                for (i, s) in spans.enumerated() {
                    guard let t = String(validating: sc.fieldBytes(s), as: UTF8.self) else {
                        return .failure(Failure(line: 1, column: i + 1, message: "invalid UTF-8 (save as CSV UTF-8)"))
                    }
                    header.append(TextKey.clean(t))
                }
                while let line = try sc.next(into: &spans, flags: &flags) {
                    if spans.count == 1 && spans[0].start == spans[0].end && sc.droppedFields == 0 { continue }
                    if let f = overLimit(spans, line: line) { return .failure(f) }
                    if !flags.isEmpty { return .failure(Failure(line: line, column: 0, message: "stray quote or NUL byte in the row")) }
                    var fields: [String] = []
                    for (i, s) in spans.enumerated() {
                        guard let t = String(validating: sc.fieldBytes(s), as: UTF8.self) else {
                            return .failure(Failure(line: line, column: i + 1, message: "invalid UTF-8 (save as CSV UTF-8)"))
                        }
                        fields.append(TextKey.clean(t))
                    }
                    if fields.count != header.count {
                        return .failure(
                            Failure(line: line, column: 0, message: "row has \(fields.count) fields, the header has \(header.count)"))
                    }
                    rows.append((line, fields))
                }
            } catch {
                return .failure(Failure(line: error.line, column: error.field, message: "unterminated quote"))
            }
            return .success((header, rows))
        }
        switch r {
        case let .success((h, rs)):
            header = h
            rows = rs.map { (line: $0.0, fields: $0.1) }
        case let .failure(f): throw f
        }
    }

    /// The position of a required column (case-insensitive).
    public func column(_ name: String) -> Int? {
        header.firstIndex { TextKey.key($0) == TextKey.key(name) }
    }
}
