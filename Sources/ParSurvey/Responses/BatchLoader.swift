/// Reads survey batches (CSV, JSON Lines, `.xlsx` workbooks, KoBoToolbox/ODK exports) against a questionnaire and a column mapping,
/// validates every row, and builds one `ResponseTable`. Every record read is either accepted
/// or rejected with a reason; `accounts` add up per batch.
public struct BatchLoader {
    /// The questionnaire answers are checked against.
    public let questionnaire: Questionnaire
    /// Which columns hold id, unit, group, weight.
    public let mapping: ColumnMapping
    /// Known units (canonical names); nil accepts any unit.
    public let knownUnits: [String]?
    /// The table of accepted rows so far.
    public internal(set) var table: ResponseTable
    /// One account per batch loaded.
    public internal(set) var accounts: [BatchAccount] = []
    /// Rejected rows, in file order.
    public internal(set) var rejects: [Reject] = []
    /// Sheet, encoding and approval options for the files read.
    public var options: BatchReadOptions
    /// Bounds on file size, columns, field and record length (see `ReaderLimits`).
    public var limits = ReaderLimits.standard

    private var seenIDs: [String: RowOrigin] = [:]
    private var unitKeys: [String: String] = [:]
    private let singleByte: [[UInt8]]  // per scale: code for a one-byte field, 0xFF none
    private let noMatchReasons: [String]  // per scale, built once: rejects share the text
    private static let noMatch: UInt8 = 0xFF
    /// Rows that are only the unit name when no unit column is mapped.
    public static let allUnitsName = "Tất cả / All"

    /// Prepares a loader; `units` (if given) is the list of valid unit names.
    public init(questionnaire: Questionnaire, mapping: ColumnMapping, units: [String]? = nil,
                options: BatchReadOptions = BatchReadOptions()) {
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
        noMatchReasons = questionnaire.scales.map { "answer matches no option of scale '\($0.id)'; allowed: \($0.acceptedList)" }
        singleByte = questionnaire.scales.map { scale in
            (0..<256).map { b in
                let s = String(decoding: [UInt8(b)], as: UTF8.self)
                return b < 0x80 ? (scale.code(for: s) ?? Self.noMatch) : Self.noMatch
            }
        }
    }

    /// Reads a batch file; `.jsonl`/`.ndjson` files are JSON Lines, `.xlsx` files (or any
    /// ZIP or OLE file) workbooks, anything else CSV in `options.encoding`.
    public mutating func load(path: String, delimiter: UInt8? = nil) throws(BatchError) {
        try limits.checkFileSize(path)
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            try loadJSONLines(bytes: bytes, file: path)
        } else if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls")
                    || XLSXWorkbook.isZip(bytes) || XLSXWorkbook.isOLE(bytes) {
            try loadWorkbook(bytes: bytes, file: path, sheet: options.sheet)
        } else {
            let text: [UInt8]
            do { text = try TextDecoding.utf8(bytes, declared: options.encoding) } catch { throw .encoding(file: path, message: error.message) }
            try loadCSV(bytes: text, file: path, delimiter: delimiter)
        }
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
        let start = try Self.contentStart(bytes, file: file)
        let batch = UInt32(table.batches.count)
        let rejectsStart = rejects.count
        table.batches.append(file)
        var account = BatchAccount(file: file)
        let result: Result<Void, BatchError> = bytes.withUnsafeBufferPointer { buf in
            let delim = delimiter ?? CSVScanner.detectDelimiter(buf, start: start)
            var scanner = CSVScanner(bytes: buf, delimiter: delim, start: start)
            scanner.fieldLimit = limits.maxColumns + 1
            var spans: [FieldSpan] = []
            var flags: RecordFlags = []
            do throws(CSVScanner.UnterminatedQuote) {
                guard try scanner.next(into: &spans, flags: &flags) != nil else { return .failure(.empty(file: file)) }
                if spans.count + scanner.droppedFields > limits.maxColumns {
                    return .failure(.limitExceeded(file: file, line: 1, column: 0, message: limits.tooManyColumns(spans.count + scanner.droppedFields)))
                }
                var header: [String] = []
                var headerBytes: [[UInt8]] = []
                for (i, s) in spans.enumerated() {
                    if s.end - s.start > limits.maxFieldBytes {
                        return .failure(.limitExceeded(file: file, line: 1, column: i + 1, message: "header name " + limits.fieldTooLong(s.end - s.start).dropFirst(6)))
                    }
                    let raw = scanner.fieldBytes(s)
                    guard let name = String(validating: raw, as: UTF8.self) else {
                        return .failure(.header(file: file, column: i + 1, value: Self.hex(raw[...]), message: "header is not valid UTF-8 (save the file as CSV UTF-8)"))
                    }
                    header.append(TextKey.clean(name))
                    headerBytes.append(raw)
                }
                if !flags.isEmpty {
                    return .failure(.header(file: file, column: 0, value: "", message: "header line has a stray quote or NUL byte"))
                }
                let schema: BatchSchema
                do throws(BatchError) { schema = try makeSchema(header: header, file: file) } catch {
                    return .failure(error)
                }
                var recordStart = scanner.position
                while let line = try scanner.next(into: &spans, flags: &flags) {
                    defer { recordStart = scanner.position }
                    if spans.count == 1 && spans[0].start == spans[0].end && scanner.droppedFields == 0 {
                        account.blankLines += 1
                        continue
                    }
                    let count = spans.count + scanner.droppedFields
                    if count == header.count {
                        if let (column, reason) = limits.problem(spans, recordBytes: scanner.position - recordStart) {
                            let value = column > 0 ? ReaderLimits.preview(buf[spans[column - 1].start..<spans[column - 1].end]) : ""
                            addReject(schema: schema, file: file, line: line, column: column, reason: reason, value: value)
                            account.read += 1
                            account.rejected += 1
                            continue
                        }
                        if flags.isEmpty && scanner.fields(spans, equal: headerBytes) {
                            addReject(schema: schema, file: file, line: line, column: 0,
                                      reason: "the header line is repeated as a data row (two exports pasted together?)")
                            account.read += 1
                            account.rejected += 1
                            continue
                        }
                    }
                    takeRecord(schema: schema, file: file, batch: batch, line: line, flags: flags, count: count,
                               account: &account) { i in
                        let s = spans[i]
                        return s.hasEscapedQuotes ? scanner.fieldBytes(s)[...] : Array(buf[s.start..<s.end])[...]
                    }
                }
            } catch {
                let rest = buf[error.offset...]
                let firstLine = rest.prefix { $0 != 0x0A && $0 != 0x0D }
                let text = String(decoding: firstLine.prefix(160), as: UTF8.self)
                let value = text.count > 30 || firstLine.count > 160 ? String(text.prefix(30)) + "…" : text
                return .failure(.unterminatedQuote(file: file, line: error.line, column: error.field, value: value))
            }
            return .success(())
        }
        if case let .failure(e) = result {
            rollback(batch: batch, rejectsStart: rejectsStart)
            throw e
        }
        accounts.append(account)
    }

    /// Reads JSON Lines: one object per line; keys are column names (from the first line).
    public mutating func loadJSONLines(bytes: [UInt8], file: String) throws(BatchError) {
        let start = try Self.contentStart(bytes, file: file)
        let batch = UInt32(table.batches.count)
        let rejectsStart = rejects.count
        table.batches.append(file)
        var account = BatchAccount(file: file)
        var schema: BatchSchema?
        var lineNo = 0
        var i = start
        var position: [String: Int] = [:]  // column of each key as written, and of its TextKey
        while i < bytes.count {
            var j = i
            while j < bytes.count && bytes[j] != 0x0A { j += 1 }
            lineNo += 1
            let lineStart = i
            var end = j
            if end > i && bytes[end - 1] == 0x0D { end -= 1 }
            i = j + 1
            if bytes[lineStart..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { account.blankLines += 1; continue }
            if end - lineStart > limits.maxRecordBytes {
                if schema == nil {
                    rollback(batch: batch, rejectsStart: rejectsStart)
                    throw .limitExceeded(file: file, line: lineNo, column: 0, message: "the first line " + limits.recordTooLong(end - lineStart).dropFirst(4))
                }
                account.read += 1
                account.rejected += 1
                rejects.append(Reject(file: file, line: lineNo, column: 0, columnName: "", value: "", reason: limits.recordTooLong(end - lineStart)))
                continue
            }
            let lineBytes = Array(bytes[lineStart..<end])
            let parsed: JSONValue
            do { parsed = try JSONParser.parse(lineBytes) } catch {
                if schema == nil {
                    rollback(batch: batch, rejectsStart: rejectsStart)
                    throw .header(file: file, column: 0, value: "", message: "line \(lineNo) is not a JSON object: \(error.message) at column \(error.column)")
                }
                account.read += 1
                account.rejected += 1
                rejects.append(Reject(file: file, line: lineNo, column: error.column, columnName: "", value: "",
                                      reason: "not valid JSON: \(error.message)"))
                continue
            }
            guard case let .object(pairs) = parsed else {
                if schema == nil {
                    rollback(batch: batch, rejectsStart: rejectsStart)
                    throw .header(file: file, column: 0, value: "", message: "line \(lineNo) is \(parsed.kindName), not a JSON object")
                }
                account.read += 1
                account.rejected += 1
                rejects.append(Reject(file: file, line: lineNo, column: 0, columnName: "", value: "", reason: "line is \(parsed.kindName), not a JSON object"))
                continue
            }
            if schema == nil {
                if pairs.count > limits.maxColumns {
                    rollback(batch: batch, rejectsStart: rejectsStart)
                    throw .limitExceeded(file: file, line: lineNo, column: 0,
                                         message: "the first line has \(ReaderLimits.grouped(pairs.count)) keys, more than the limit of \(ReaderLimits.grouped(limits.maxColumns)) columns")
                }
                do {
                    schema = try makeSchema(header: pairs.map { TextKey.clean($0.key) }, file: file)
                } catch {
                    rollback(batch: batch, rejectsStart: rejectsStart)
                    throw error
                }
                for (k, p) in pairs.enumerated() {
                    position[p.key] = k
                    position[TextKey.key(p.key)] = k
                }
            }
            let sch = schema!
            var fields = [[UInt8]](repeating: [], count: sch.names.count)
            var filled = [Bool](repeating: false, count: sch.names.count)
            var problem: Reject?
            for p in pairs {
                guard let k = position[p.key] ?? position[TextKey.key(p.key)] else {
                    problem = Reject(file: file, line: lineNo, column: 0, columnName: p.key, value: Self.shorten(p.value.scalarText),
                                     reason: "key not in the first line's keys")
                    break
                }
                if filled[k] {
                    problem = Reject(file: file, line: lineNo, column: k + 1, columnName: p.key, value: Self.shorten(p.value.scalarText),
                                     reason: "key appears twice in the line")
                    break
                }
                filled[k] = true
                switch p.value {
                case let .string(s): fields[k] = Array(s.utf8)
                case let .number(_, text): fields[k] = Array(text.utf8)
                case .null: fields[k] = []
                default:
                    problem = Reject(file: file, line: lineNo, column: k + 1, columnName: p.key, value: p.value.kindName,
                                     reason: "expected a string or number")
                }
                if problem == nil && fields[k].count > limits.maxFieldBytes {
                    problem = Reject(file: file, line: lineNo, column: k + 1, columnName: p.key, value: ReaderLimits.preview(fields[k][...]),
                                     reason: limits.fieldTooLong(fields[k].count))
                }
                if problem != nil { break }
            }
            if let r = problem {
                account.read += 1
                account.rejected += 1
                rejects.append(r)
                continue
            }
            takeRecord(schema: sch, file: file, batch: batch, line: lineNo, flags: [], count: fields.count, account: &account) { fields[$0][...] }
        }
        if schema == nil {
            rollback(batch: batch, rejectsStart: rejectsStart)
            throw .empty(file: file)
        }
        accounts.append(account)
    }

    mutating func rollback(batch: UInt32, rejectsStart: Int) {
        // A file-level error leaves nothing of that batch in the table.
        let keep = table.origins.firstIndex { $0.batch == batch } ?? table.rowCount
        if keep < table.rowCount {
            for id in table.ids[keep...] { seenIDs[id] = nil }
            table.ids.removeSubrange(keep...)
            for q in table.answers.indices { table.answers[q].removeSubrange(keep...) }
            table.unit.codes.removeSubrange(keep...)
            table.group?.codes.removeSubrange(keep...)
            table.designWeights?.removeSubrange(keep...)
            for k in table.variables.keys { table.variables[k]!.codes.removeSubrange(keep...) }
            table.origins.removeSubrange(keep...)
        }
        rejects.removeSubrange(rejectsStart...)
        table.batches.removeLast()
    }

    /// Records a rejected row (the caller counts it).
    private mutating func addReject(schema: BatchSchema, file: String, line: Int, column: Int, reason: String, value: String = "") {
        let name = column > 0 && column <= schema.names.count ? schema.names[column - 1] : ""
        rejects.append(Reject(file: file, line: line, column: column, columnName: name, value: value, reason: reason))
    }

    /// Validates one record; appends it to the table (returns true) or records a reject.
    mutating func addRecord(schema: BatchSchema, file: String, batch: UInt32, line: Int, flags: RecordFlags,
                                    count: Int, field: (Int) -> ArraySlice<UInt8>) -> Bool {
        func reject(_ column: Int, _ reason: String, _ value: String = "") -> Bool {
            let name = column > 0 && column <= schema.names.count ? schema.names[column - 1] : ""
            rejects.append(Reject(file: file, line: line, column: column, columnName: name,
                                  value: Self.shorten(value), reason: reason))
            return false
        }
        if count != schema.names.count {
            return reject(0, "row has \(count) field\(count == 1 ? "" : "s"), the header has \(schema.names.count)")
        }
        if !flags.isEmpty {
            for c in 0..<count {
                let f = field(c)
                if f.contains(0) { return reject(c + 1, "NUL byte in the field (binary or corrupt data)", Self.hex(f)) }
            }
            if flags.contains(.nulByte) { return reject(0, "NUL byte in the row (binary or corrupt data)") }
            for c in 0..<count where field(c).contains(0x22) {
                return reject(c + 1, "a quote inside an unquoted field (quote the whole field and double the quote)",
                              String(decoding: field(c), as: UTF8.self))
            }
            return reject(0, "text after a closing quote (quote the whole field and double inner quotes)")
        }
        var id = ""
        var unitName = Self.allUnitsName
        var groupName = ""
        var weight = 1.0
        var codes = [UInt8](repeating: 0, count: questionnaire.questions.count)
        var vars: [(String, String)] = []
        for c in 0..<count {
            let f = field(c)
            switch schema.roles[c] {
            case let .question(q):
                let scaleIdx = questionnaire.questions[q].scaleIndex
                var lo = f.startIndex, hi = f.endIndex
                while lo < hi && (f[lo] == 0x20 || f[lo] == 0x09) { lo += 1 }
                while hi > lo && (f[hi - 1] == 0x20 || f[hi - 1] == 0x09) { hi -= 1 }
                if lo == hi { codes[q] = 0; continue }
                if hi - lo == 1 {
                    let v = singleByte[scaleIdx][Int(f[lo])]
                    if v != Self.noMatch { codes[q] = v; continue }
                }
                guard let text = String(validating: f, as: UTF8.self) else {
                    return reject(c + 1, "invalid UTF-8 in the answer (save the file as CSV UTF-8)", Self.hex(f))
                }
                guard let v = questionnaire.scales[scaleIdx].code(for: text) else {
                    return reject(c + 1, noMatchReasons[scaleIdx], text)
                }
                codes[q] = v
            case .id:
                guard let text = String(validating: f, as: UTF8.self) else {
                    return reject(c + 1, "invalid UTF-8 in the respondent id", Self.hex(f))
                }
                id = TextKey.clean(text)
                if id.isEmpty { return reject(c + 1, "empty respondent id") }
            case .unit:
                guard let text = String(validating: f, as: UTF8.self) else {
                    return reject(c + 1, "invalid UTF-8 in the unit name (save the file as CSV UTF-8)", Self.hex(f))
                }
                let u = TextKey.clean(text)
                if u.isEmpty { return reject(c + 1, "empty unit") }
                if knownUnits != nil {
                    guard let canonical = unitKeys[TextKey.key(u)] else {
                        return reject(c + 1, "unknown unit (not in the manifest's units)", u)
                    }
                    unitName = canonical
                } else {
                    unitName = u
                }
            case .group:
                guard let text = String(validating: f, as: UTF8.self) else {
                    return reject(c + 1, "invalid UTF-8 in the respondent group", Self.hex(f))
                }
                groupName = TextKey.clean(text)
                if groupName.isEmpty { return reject(c + 1, "empty respondent group") }
            case .weight:
                switch DecimalText.parsePositiveWeight(f) {
                case let .success(w): weight = w
                case let .failure(why): return reject(c + 1, why.message, String(decoding: f, as: UTF8.self))
                }
            case let .variable(name):
                guard let text = String(validating: f, as: UTF8.self) else {
                    return reject(c + 1, "invalid UTF-8 (save the file as CSV UTF-8)", Self.hex(f))
                }
                vars.append((name, TextKey.clean(text)))
            }
        }
        let origin = RowOrigin(batch: batch, line: UInt32(clamping: line))
        if let first = seenIDs[id] {
            return reject(schema.roles.firstIndex { if case .id = $0 { return true } else { return false } }! + 1,
                          "duplicate respondent id (first at \(table.batches[Int(first.batch)]):\(first.line))", id)
        }
        seenIDs[id] = origin
        let row = table.rowCount
        table.ids.append(id)
        table.unit.append(unitName)
        table.group?.append(groupName)
        table.designWeights?.append(weight)
        for q in 0..<codes.count { table.answers[q].append(codes[q]) }
        for (name, value) in vars {
            if table.variables[name] == nil {
                var col = CategoricalColumn()
                for _ in 0..<row { col.append("") }  // earlier rows (batches without this column)
                table.variables[name] = col
                table.variableOrder.append(name)
            }
            table.variables[name]!.append(value)
        }
        table.origins.append(origin)
        // variables missing from this batch get a blank value
        for (name, _) in table.variables where table.variables[name]!.count < table.rowCount {
            table.variables[name]!.append("")
        }
        return true
    }

    static func shorten(_ s: String) -> String {
        s.count > 80 ? String(s.prefix(77)) + "…" : s
    }

    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.prefix(24).map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }
}
