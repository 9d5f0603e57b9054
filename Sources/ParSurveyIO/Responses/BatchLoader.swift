import ParSurveyModel
/// Reads survey batches (CSV, JSON Lines, `.xlsx` workbooks, KoBoToolbox/ODK exports) against a questionnaire and a column mapping,
/// validates every row, and builds one `ResponseTable`. Every record read is either accepted
/// or rejected with a reason; `accounts` add up per batch.
///
/// CSV is read from raw bytes a window at a time (`ChunkedCSVReader`), each window parsed by
/// `tuning.workers` threads (`StretchParser`, `RowDecoder`) and merged into the table in file
/// order (`merge`): the table, rejects and accounts are the same, bit for bit, whatever the
/// window size or number of threads.
public struct BatchLoader {
    /// The questionnaire answers are checked against.
    public let questionnaire: Questionnaire
    /// Which columns hold id, unit, group, weight.
    public let mapping: ColumnMapping
    /// Known units (canonical names); nil accepts any unit.
    public let knownUnits: [String]?
    /// The table of accepted rows so far.
    public package(set) var table: ResponseTable
    /// One account per batch loaded.
    public package(set) var accounts: [BatchAccount] = []
    /// Rejected rows, in file order.
    public package(set) var rejects: [Reject] = []
    /// Rows of the batches read so far that the one-pass path decoded (a probe for the tests:
    /// the fast path must be seen to run).
    package private(set) var onePassRows = 0
    /// Records of the batches read so far that the tokenizer's plain mode scanned for the
    /// general decoder (a probe for the tests, like `onePassRows`).
    package private(set) var plainRecords = 0
    /// Sheet, encoding and approval options for the files read.
    public var options: BatchReadOptions
    /// Bounds on file size, columns, field and record length (see `ReaderLimits`).
    public var limits = ReaderLimits.standard

    /// Window size, worker count (the outcome does not depend on them).
    public var tuning = Tuning()
    /// Called after each window of a batch is read (on the calling thread).
    public var progress: ((BatchProgress) -> Void)?

    var idIndex = IDIndex()
    /// Rows the table's columns have room for (see `reserveRows`).
    var reservedRows = 0
    /// The largest read window any CSV batch needed, in bytes (a window, plus a record up to
    /// the record limit; not the file): what tests check memory by.
    package private(set) var largestWindowBytes = 0
    /// CSV records longer than the record limit that streamed past instead (tests).
    package private(set) var streamedRecords = 0
    var unitKeys: [String: String] = [:]
    /// Reject reasons for unit spellings that are not among the known units for a stated
    /// reason (a register unit not valid in the survey year), by `TextKey.key`.
    var unitReasons: [String: UnitValidity] = [:]
    let singleByte: [UInt8]  // per scale × 256: code of a one-byte field, 0xFF none
    /// Rows that are only the unit name when no unit column is mapped.
    public static let allUnitsName = LocalizedText.allUnitsKey

    /// Prepares a loader; `units` (if given) is the list of valid unit names.
    public init(
        questionnaire: Questionnaire, mapping: ColumnMapping, units: [String]? = nil,
        options: BatchReadOptions = BatchReadOptions()
    ) {
        self.questionnaire = questionnaire
        self.options = options
        self.mapping = mapping
        self.knownUnits = units.map { $0.map(TextKey.clean) }
        var start: [String] = knownUnits ?? []
        if mapping.unit == nil { start = [Self.allUnitsName] }
        self.table = ResponseTable(questionnaire: questionnaire, units: start)
        if mapping.group != nil { table.group = CategoricalColumn() }
        if mapping.weight != nil { table.designWeights = [] }
        for u in knownUnits ?? [] { unitKeys[TextKey.key(u)] = u }
        singleByte = DecodePlan.singleByteTables(questionnaire)
    }

    /// Other spellings of the known units (register ids): `TextKey.key(alias)` → unit name.
    public mutating func addUnitAliases(_ aliases: [String: String]) {
        guard knownUnits != nil else { return }
        for (k, v) in aliases where unitKeys[k] == nil { unitKeys[k] = v }
    }

    /// Reasons to give when a row names one of these units (`TextKey.key(name)` → reason)
    /// instead of "unknown unit": e.g. a register unit that was not valid in the survey year.
    public mutating func addUnitReasons(_ reasons: [String: UnitValidity]) {
        for (k, v) in reasons where unitKeys[k] == nil { unitReasons[k] = v }
    }

    /// Reads a batch file; `.jsonl`/`.ndjson` files are JSON Lines, `.xlsx` files (or any
    /// ZIP or OLE file) workbooks, anything else CSV in `options.encoding`. Plain UTF-8 CSV
    /// (no encoding declared, or UTF-8) is read a window at a time, so memory does not grow
    /// with the file; other encodings are decoded whole first (`TextDecoding`).
    public mutating func load(path: String, delimiter: UInt8? = nil) throws(BatchError) {
        try limits.checkFileSize(path)
        let lower = path.lowercased()
        let stream: Bool
        do { stream = try InputSource.kind(path) == .stream } catch { throw .unreadable(file: path, reason: error.reason) }
        let textual =
            !stream
            && !(lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".xlsx")
                || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls"))
        if textual && (options.encoding == nil || options.encoding == .utf8) {
            let input: ChunkedInput
            do {
                input = try ChunkedInput(path: path)
                try input.fill(8)
            } catch { throw .unreadable(file: path, reason: error.reason) }
            let magic = input.withWindow { Array($0.prefix(8)) }
            let utf16BOM = magic.starts(with: [0xFF, 0xFE]) || magic.starts(with: [0xFE, 0xFF])
            if !utf16BOM && !XLSXWorkbook.isZip(magic) && !XLSXWorkbook.isOLE(magic) {
                // Undeclared text is checked for UTF-8 as it streams; text that is not
                // UTF-8 is read again whole so that `TextDecoding` decides (and words the error).
                var csv = CSVResponseReader(input: input, file: path, delimiter: delimiter, checkUTF8: options.encoding == nil)
                if try csv.read(into: &self) { return }
            }
        }
        let bytes: [UInt8]
        do { bytes = try InputSource.readAll(path, limit: limits.maxFileBytes) } catch {
            throw .unreadable(file: path, reason: error.reason)
        }
        var reader: any ResponseReader
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            reader = JSONLinesResponseReader(bytes: bytes, file: path)
        } else if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls")
            || XLSXWorkbook.isZip(bytes) || XLSXWorkbook.isOLE(bytes)
        {
            reader = WorkbookResponseReader(bytes: bytes, file: path, sheet: options.sheet)
        } else {
            let text: [UInt8]
            if options.encoding == .cp1252, !TextDecoding.isMultibyteUTF8(bytes), TextDecoding.guessCodePage(bytes) == (.cp1258, true) {
                RunNotices.warn(
                    LocalizedText(
                        vi: "\(path): đọc theo --encoding cp1252, nhưng các byte giống bảng mã Windows-1258 (dấu thanh đứng sau "
                            + "nguyên âm): tên có thể bị sai chữ; nếu văn bản là tiếng Việt, dùng --encoding cp1258",
                        en:
                            "\(path): read as --encoding cp1252, but its bytes look like Windows-1258 (Vietnamese tone marks after vowels): "
                            + "names may come out mangled; pass --encoding cp1258 if the text is Vietnamese"))
            }
            do { text = try TextDecoding.utf8(bytes, declared: options.encoding) } catch {
                throw .encoding(file: path, problem: error)
            }
            reader = CSVResponseReader(input: ChunkedInput(bytes: text), file: path, delimiter: delimiter, checkUTF8: false)
        }
        _ = try reader.read(into: &self)
    }

    /// Checks the encoding and returns the offset after a UTF-8 BOM.
    static func contentStart(_ bytes: [UInt8], file: String) throws(BatchError) -> Int {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16(file: file) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes.count <= start { throw .empty(file: file) }
        // UTF-16 without a BOM: many NUL bytes in the first line.
        let probe = bytes[start..<min(bytes.count, start + 64)]
        if probe.count >= 4 && probe.filter({ $0 == 0 }).count * 3 >= probe.count { throw .utf16(file: file) }
        return start
    }

    /// Reads CSV bytes (RFC 4180; `,` `;` or tab detected from the header unless given).
    public mutating func loadCSV(bytes: [UInt8], file: String, delimiter: UInt8? = nil) throws(BatchError) {
        _ = try loadCSV(ChunkedInput(bytes: bytes), file: file, delimiter: delimiter, checkUTF8: false)
    }

    /// Reads a CSV batch a window at a time, on `tuning.workers` threads. With `checkUTF8`,
    /// returns false (leaving nothing of the batch) when the header or two or more lines are
    /// not valid UTF-8, the cases `TextDecoding` turns into an encoding error.
    mutating func loadCSV(_ input: ChunkedInput, file: String, delimiter: UInt8?, checkUTF8: Bool) throws(BatchError) -> Bool {
        var reader = ChunkedCSVReader(input: input, file: file, tuning: tuning)
        defer {
            largestWindowBytes = max(largestWindowBytes, input.largestWindow)
            streamedRecords += reader.streamedRecords
        }
        reader.limits = limits
        let header: [String]
        do { header = try reader.readHeader(delimiter: delimiter) } catch {
            if checkUTF8, case .header(_, _, _, .notUTF8) = error { return false }
            throw error
        }
        let schema = try makeSchema(header: header, file: file)
        let batch = UInt32(table.batches.count)
        let rejectsStart = rejects.count
        table.batches.append(file)
        var account = BatchAccount(file: file)
        let plan = DecodePlan(
            schema: schema, file: file, questionnaire: questionnaire, singleByte: singleByte,
            unitKeys: knownUnits == nil ? nil : unitKeys, unitReasons: unitReasons,
            approvalColumn: options.approvedOnly ? schema.approvalColumn : nil,
            limits: limits, headerBytes: header.map { Array($0.utf8) })
        var workers = (0..<max(1, tuning.workers)).map { _ in RowDecoder(plan: plan) }
        for k in workers.indices {
            // The approval filter is checked on the general path only.
            workers[k].onePass = tuning.onePass && plan.approvalColumn == nil
            workers[k].checkUTF8 = checkUTF8
        }
        var codes = [[[UInt32]]](repeating: Array(repeating: [], count: 2 + plan.variableNames.count), count: workers.count)
        var badLines = 0
        do {
            var seen = (rows: 0, bytes: 0)
            let rowsBefore = table.rowCount
            try reader.readRecords(
                workers: &workers,
                parsed: { rows, bytes in
                    // Room for the whole batch at the bytes per row seen so far, so that big
                    // batches do not grow their columns by doubling (and copying).
                    seen = (seen.rows + rows, seen.bytes + bytes)
                    guard let total = input.totalBytes, seen.rows > 0 else { return }
                    let projected = rowsBefore + Int(Double(seen.rows) * Double(total) / Double(seen.bytes) * 1.05) + 1024
                    if projected > reservedRows { reserveRows(upTo: max(projected, reservedRows + reservedRows / 4)) }
                },
                merge: { partial, worker, lineBase in
                    badLines += partial.badUTF8Lines
                    if badLines >= 2 { return }
                    merge(partial, plan: plan, codes: &codes[worker], lineBase: lineBase, batch: batch, account: &account)
                },
                windowDone: {
                    progress?(BatchProgress(file: file, bytesRead: input.consumed, totalBytes: input.totalBytes, rows: table.rowCount))
                }, stop: { badLines >= 2 })
        } catch {
            rollback(batch: batch, rejectsStart: rejectsStart)
            if checkUTF8 { return false }  // read whole: an encoding error words it better if there is one
            throw error
        }
        if badLines >= 2 {
            rollback(batch: batch, rejectsStart: rejectsStart)
            return false
        }
        accounts.append(account)
        onePassRows += workers.reduce(0) { $0 + $1.onePassRows }
        plainRecords += workers.reduce(0) { $0 + $1.plainRecords }
        return true
    }

    /// Reads JSON Lines: one object per line; keys are column names (from the first line).
    public mutating func loadJSONLines(bytes: [UInt8], file: String) throws(BatchError) {
        let start = try Self.contentStart(bytes, file: file)
        let batch = UInt32(table.batches.count)
        let rejectsStart = rejects.count
        table.batches.append(file)
        var account = BatchAccount(file: file)
        let columns: (schema: BatchSchema, position: [String: Int])
        do { columns = try jsonLinesColumns(bytes, from: start, file: file) } catch {
            rollback(batch: batch, rejectsStart: rejectsStart)
            throw error
        }
        let (schema, position) = columns  // column of each key as written, and of its TextKey
        var decoder = recordDecoder(schema: schema, file: file)  // rows, and rejects in line order, until merged at the end
        /// A line read and rejected.
        func rejectLine(_ r: Reject) {
            decoder.partial.read += 1
            decoder.partial.rejects.append(r)
        }
        var lines = JSONLineSplitter(bytes: bytes, start: start)
        while let (lineNo, lineStart, end) = lines.next() {
            if bytes[lineStart..<end].allSatisfy(ASCII.isBlank) {
                account.blankLines += 1
                continue
            }
            let pairs: [(key: String, value: JSONValue)]
            switch parseJSONLine(bytes, lineStart, end) {
            case let .failure(bad):
                rejectLine(Reject(file: file, line: lineNo, column: bad.column, columnName: "", value: "", kind: bad.kind))
                continue
            case let .success(object): pairs = object
            }
            var fields = [[UInt8]](repeating: [], count: schema.names.count)
            var filled = [Bool](repeating: false, count: schema.names.count)
            var problem: Reject?
            for p in pairs {
                guard let k = position[p.key] ?? position[TextKey.key(p.key)] else {
                    problem = Reject(
                        file: file, line: lineNo, column: 0, columnName: p.key, value: Self.shorten(p.value.scalarText),
                        kind: .unknownKey)
                    break
                }
                if filled[k] {
                    problem = Reject(
                        file: file, line: lineNo, column: k + 1, columnName: p.key, value: Self.shorten(p.value.scalarText),
                        kind: .repeatedKey)
                    break
                }
                filled[k] = true
                switch p.value {
                case let .string(s): fields[k] = Array(s.utf8)
                case let .number(_, text): fields[k] = Array(text.utf8)
                case .null: fields[k] = []
                default:
                    problem = Reject(
                        file: file, line: lineNo, column: k + 1, columnName: p.key, value: p.value.kindName,
                        kind: .notScalar)
                }
                if problem == nil && fields[k].count > limits.maxFieldBytes {
                    problem = Reject(
                        file: file, line: lineNo, column: k + 1, columnName: p.key, value: ReaderLimits.preview(fields[k][...]),
                        kind: .fieldTooLong(bytes: fields[k].count, limit: limits.maxFieldBytes))
                }
                if problem != nil { break }
            }
            if let r = problem {
                rejectLine(r)
                continue
            }
            Self.takeRecord(fields, line: lineNo, decoder: &decoder)
        }
        mergeRecords(decoder, batch: batch, account: &account)
        accounts.append(account)
    }

    /// Why a JSON line is not an object to read: the reason a reject gives, its column, and
    /// the message of the file error it is when it is the first line.
    private struct JSONLineFault: Error {
        var kind: RejectKind
        var column: Int
        var firstLineMessage: String
        var overLimit = false
    }

    /// The JSON object on `bytes[start..<end]` (a line that is not blank), or why it is not one.
    private func parseJSONLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Result<[(key: String, value: JSONValue)], JSONLineFault> {
        if end - start > limits.maxRecordBytes {
            return .failure(
                JSONLineFault(
                    kind: .recordTooLong(bytes: end - start, limit: limits.maxRecordBytes), column: 0,
                    firstLineMessage: "the first line " + limits.recordTooLong(end - start).dropFirst(4), overLimit: true))
        }
        let parsed: JSONValue
        do { parsed = try JSONParser.parse(Array(bytes[start..<end])) } catch {
            return .failure(
                JSONLineFault(
                    kind: .notJSON(detail: error.problem), column: error.column,
                    firstLineMessage: "is not a JSON object: \(error.message) at column \(error.column)"))
        }
        guard case let .object(pairs) = parsed else {
            return .failure(
                JSONLineFault(
                    kind: .notJSONObject(found: parsed.jsonKind), column: 0,
                    firstLineMessage: "is \(parsed.kindName), not a JSON object"))
        }
        return .success(pairs)
    }

    /// The columns of a JSON Lines batch: the keys of its first line that is not blank, which
    /// must be a JSON object within the limits, else the file is refused. Also the column of
    /// each key as written and of its `TextKey`.
    private mutating func jsonLinesColumns(_ bytes: [UInt8], from start: Int, file: String) throws(BatchError)
        -> (schema: BatchSchema, position: [String: Int])
    {
        var lines = JSONLineSplitter(bytes: bytes, start: start)
        while let (lineNo, lineStart, end) = lines.next() {
            if bytes[lineStart..<end].allSatisfy(ASCII.isBlank) { continue }
            let pairs: [(key: String, value: JSONValue)]
            switch parseJSONLine(bytes, lineStart, end) {
            case let .failure(bad) where bad.overLimit:
                throw .limitExceeded(file: file, line: lineNo, column: 0, message: bad.firstLineMessage)
            case let .failure(bad):
                switch bad.kind {
                case let .notJSON(problem):
                    throw .header(file: file, column: 0, value: "", message: .firstLineNotJSON(line: lineNo, problem, column: bad.column))
                case let .notJSONObject(found):
                    throw .header(file: file, column: 0, value: "", message: .firstLineNotObject(line: lineNo, found: found))
                default:
                    throw .limitExceeded(file: file, line: lineNo, column: 0, message: bad.firstLineMessage)
                }
            case let .success(object): pairs = object
            }
            if pairs.count > limits.maxColumns {
                throw .limitExceeded(
                    file: file, line: lineNo, column: 0,
                    message:
                        "the first line has \(DecimalText.grouped(pairs.count)) keys, more than the limit of \(DecimalText.grouped(limits.maxColumns)) columns"
                )
            }
            let schema = try makeSchema(header: pairs.map { TextKey.clean($0.key) }, file: file)
            var position: [String: Int] = [:]
            for (k, p) in pairs.enumerated() {
                position[p.key] = k
                position[TextKey.key(p.key)] = k
            }
            return (schema, position)
        }
        throw .empty(file: file)
    }

    mutating func rollback(batch: UInt32, rejectsStart: Int) {
        // A file-level error leaves nothing of that batch in the table.
        let keep = table.origins.firstIndex { $0.batch == batch } ?? table.rowCount
        if keep < table.rowCount {
            table.removeRows(from: keep)
            idIndex.truncate(to: keep)
        }
        rejects.removeSubrange(rejectsStart...)
        table.batches.removeLast()
    }

    static func shorten(_ s: String) -> String {
        s.count > 80 ? String(s.prefix(77)) + "…" : s
    }

    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.prefix(24).map {
            $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true)
        }.joined()
    }
}

/// The lines of a JSON Lines batch, numbered from 1: each ends at LF (a CR before it is
/// not part of the line).
private struct JSONLineSplitter {
    let bytes: [UInt8]
    var position: Int
    var number = 0

    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        position = start
    }

    /// The next line's number and bounds, or nil after the last.
    mutating func next() -> (number: Int, start: Int, end: Int)? {
        guard position < bytes.count else { return nil }
        let start = position
        var j = start
        while j < bytes.count && bytes[j] != ASCII.lf { j += 1 }
        var end = j
        if end > start && bytes[end - 1] == ASCII.cr { end -= 1 }
        number += 1
        position = j + 1
        return (number, start, end)
    }
}
