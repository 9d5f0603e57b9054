import ParSurveyModel
/// One worker's validator: turns records (field spans over raw bytes) into rows of its
/// `PartialTable`, or into rejects with exactly the reasons, columns and values of the
/// one-row-at-a-time rules. No `String` is made on the hot path: one-byte answer codes go
/// through a 256-entry table, labels and categorical values through byte-keyed caches (a
/// spelling is decoded and normalised once), ASCII ids are taken as they are, plain decimal
/// weights are converted exactly without text.
package struct RowDecoder {
    /// The shared plan.
    let plan: DecodePlan
    /// Rows validated so far (since the last `partial.clear()`).
    package var partial: PartialTable
    /// Levels of the unit column.
    var unitLevels = LevelInterner()
    /// Levels of the group column.
    var groupLevels = LevelInterner()
    /// Levels of each kept variable column.
    var variableLevels: [LevelInterner]
    /// Reused field spans for the scanner's general path.
    var spans: [FieldSpan] = []
    /// Field spans of the current record (replaced by a bigger one as needed).
    private(set) var spanBuffer = SpanBuffer(capacity: 64)
    private var labelSpellings: [ByteInterner]
    private var labelCodes: [[UInt8]]
    private var line = 0
    /// Whether plain valid rows take the one-pass path.
    var onePass = true
    /// Rows the one-pass path decoded (a probe: tests check that the fast path ran).
    var onePassRows = 0
    /// Records the tokenizer's plain mode scanned outside the one-pass path (a probe).
    var plainRecords = 0
    /// Whether each stretch is checked for bytes that are not UTF-8 (`partial.badUTF8Lines`).
    var checkUTF8 = false
    /// Set while trying the one-pass path: a failure then records nothing (the record is
    /// decoded again by the general path, which records the reject).
    var speculative = false

    /// A decoder for `plan` with empty caches.
    package init(plan: DecodePlan) {
        self.plan = plan
        partial = PartialTable(questions: plan.questionnaire.questions.count, variables: plan.variableNames.count)
        variableLevels = Array(repeating: LevelInterner(), count: plan.variableNames.count)
        labelSpellings = Array(repeating: ByteInterner(), count: plan.questionnaire.scales.count)
        labelCodes = Array(repeating: [], count: plan.questionnaire.scales.count)
    }

    /// Validates one record whose `spans` lie in `bytes`; `line` is its 1-based line counted
    /// from the start of the stretch; `recordBytes` its length with its line end (0: not
    /// checked). Appends a row or a reject.
    mutating func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<FieldSpan>, flags: RecordFlags, line: Int,
        recordBytes: Int = 0
    ) {
        self.line = line
        let count = spans.count
        if let a = plan.approvalColumn, a < count, flags.isEmpty, !ExportDialect.isApproved(CSVScanner.unescaped(bytes, spans[a])[...]) {
            partial.excluded += 1
            return
        }
        if count != plan.names.count {
            _ = reject(0, .fieldCount(found: count, expected: plan.names.count))
            return
        }
        if rejectOverLimit(bytes, spans: spans, recordBytes: recordBytes) { return }
        if flags.isEmpty, let h = plan.headerBytes, CSVScanner.equal(bytes, spans, h) {
            _ = reject(0, .headerRepeated)
            return
        }
        if !flags.isEmpty {
            rejectFlagged(bytes, spans: spans, flags: flags)
            return
        }
        partial.reserve(1)
        let row = partial.rowCount
        let out = partial.columns
        let base = UnsafeRawPointer(bytes.baseAddress)
        for c in 0..<count {
            let s = spans[c]
            let ok: Bool
            if s.hasEscapedQuotes {
                ok = CSVScanner.unescaped(bytes, s).withUnsafeBytes { field(c, $0, out, row) }
            } else {
                ok = field(c, UnsafeRawBufferPointer(start: base.map { $0 + s.start }, count: s.end - s.start), out, row)
            }
            if !ok { return }
        }
        out.lines[row] = UInt32(clamping: line)
        partial.rowCount = row + 1
    }

    /// Records the outcome of a record too long to hold (`LongRecordScan`, ended), the first
    /// of the stretch: the checks `decode` makes before any value is read, in its order —
    /// not approved (excluded), wrong field count, a field over the limit, the record over the
    /// limit (which it is).
    mutating func decodeLongRecord(_ scan: LongRecordScan) {
        line = 1
        partial.read += 1
        partial.badUTF8Lines = checkUTF8 ? scan.badUTF8Lines : 0
        let count = scan.fields
        if let a = plan.approvalColumn, a < count, scan.flags.isEmpty {
            let approved =
                scan.approvalSpan.map { span in
                    span.withUnsafeBufferPointer { b in
                        ExportDialect.isApproved(
                            CSVScanner.unescaped(b, FieldSpan(start: 0, end: b.count, hasEscapedQuotes: scan.approvalEscaped))[...])
                    }
                } ?? false
            if !approved {
                partial.excluded += 1
                return
            }
        }
        if count != plan.names.count {
            _ = reject(0, .fieldCount(found: count, expected: plan.names.count))
        } else if let long = scan.firstLongField {
            _ = reject(long.index + 1, .fieldTooLong(bytes: long.length, limit: plan.limits.maxFieldBytes), ReaderLimits.preview(long.head))
        } else {
            _ = reject(0, .recordTooLong(bytes: scan.bytes, limit: plan.limits.maxRecordBytes))
        }
    }

    /// Rejects a record with a field longer than `limits.maxFieldBytes` (showing its start
    /// as written) or longer than `limits.maxRecordBytes` as a whole; true if it did.
    private mutating func rejectOverLimit(
        _ bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<FieldSpan>,
        recordBytes: Int
    ) -> Bool {
        let limits = plan.limits
        for (c, s) in spans.enumerated() where s.end - s.start > limits.maxFieldBytes {
            _ = reject(
                c + 1, .fieldTooLong(bytes: s.end - s.start, limit: limits.maxFieldBytes), ReaderLimits.preview(bytes[s.start..<s.end]))
            return true
        }
        if recordBytes > limits.maxRecordBytes {
            _ = reject(0, .recordTooLong(bytes: recordBytes, limit: limits.maxRecordBytes))
            return true
        }
        return false
    }

    /// Room for the spans of a record of `fields` fields.
    mutating func spanRoom(_ fields: Int) -> UnsafeMutablePointer<FieldSpan> {
        if spanBuffer.capacity < fields { spanBuffer = SpanBuffer(capacity: max(fields, 2 * spanBuffer.capacity)) }
        return spanBuffer.spans
    }

    private mutating func rejectFlagged(_ bytes: UnsafeBufferPointer<UInt8>, spans: UnsafeBufferPointer<FieldSpan>, flags: RecordFlags) {
        let fields = spans.map { CSVScanner.unescaped(bytes, $0) }
        for c in fields.indices where fields[c].contains(0) {
            _ = reject(c + 1, .nulInField, BatchLoader.hex(fields[c][...]))
            return
        }
        if flags.contains(.nulByte) {
            _ = reject(0, .nulInRow)
            return
        }
        for c in fields.indices where fields[c].contains(ASCII.quote) {
            _ = reject(c + 1, .quoteInUnquotedField, String(decoding: fields[c], as: UTF8.self))
            return
        }
        _ = reject(0, .textAfterClosingQuote)
    }

    /// Records a reject for the current record and drops what it had written.
    private mutating func reject(_ column: Int, _ kind: RejectKind, _ value: String = "") -> Bool {
        partial.dropIncompleteRow()
        if speculative { return false }
        let name = column > 0 && column <= plan.names.count ? plan.names[column - 1] : ""
        partial.rejects.append(
            Reject(
                file: plan.file, line: line, column: column, columnName: name,
                value: BatchLoader.shorten(value), kind: kind))
        return false
    }

    /// An invalid answer in column `c`: under its question's `missing` policy, recorded and
    /// read as missing (0); otherwise the row is rejected (nil). The one-pass path gives up on
    /// the record (nil, nothing recorded), so the general path records the case once.
    private mutating func invalid(_ c: Int, _ kind: RejectKind, _ value: String) -> UInt8? {
        guard plan.invalidToMissing[c], case let .question(q, _) = plan.slots[c] else {
            _ = reject(c + 1, kind, value)
            return nil
        }
        if speculative { return nil }
        partial.invalidAnswers.append(
            InvalidAnswer(
                file: plan.file, line: line, column: c + 1, columnName: plan.names[c],
                question: plan.questionnaire.questions[q].id, value: BatchLoader.shorten(value), kind: kind))
        partial.invalidAnswerRows.append(partial.rowCount)
        return 0
    }

    private static func hex(_ f: UnsafeRawBufferPointer) -> String { BatchLoader.hex(Array(f)[...]) }

    /// Validates field `c` and appends its value to its column; false if the row is rejected.
    @inline(__always)
    mutating func field(_ c: Int, _ f: UnsafeRawBufferPointer, _ out: StretchColumns, _ row: Int) -> Bool {
        switch plan.slots[c] {
        case let .question(q, scale):
            guard let v = answer(c, scale, f) else { return false }
            out.answers[q * out.answerStride + row] = v
            return true
        case .id:
            return id(c, f, out, row)
        case .unit:
            let slot = PartialTable.unitColumn * out.codeStride + row
            if let code = unitLevels.code(f) {
                out.codes[slot] = code
                return true
            }
            guard let text = String(validating: f, as: UTF8.self) else {
                return reject(c + 1, .invalidUTF8(.unit), Self.hex(f))
            }
            let u = TextKey.clean(text)
            if u.isEmpty { return reject(c + 1, .emptyUnit) }
            var name = u
            if let keys = plan.unitKeys {
                let key = TextKey.key(u)
                guard let canonical = keys[key] else {
                    return reject(c + 1, plan.unitReasons[key].map { .unitNotValid(detail: $0) } ?? .unknownUnit, u)
                }
                name = canonical
            }
            out.codes[slot] = unitLevels.add(f, level: name)
            return true
        case .group:
            let slot = PartialTable.groupColumn * out.codeStride + row
            if let code = groupLevels.code(f) {
                out.codes[slot] = code
                return true
            }
            guard let text = String(validating: f, as: UTF8.self) else {
                return reject(c + 1, .invalidUTF8(.group), Self.hex(f))
            }
            let g = TextKey.clean(text)
            if g.isEmpty { return reject(c + 1, .emptyGroup) }
            out.codes[slot] = groupLevels.add(f, level: g)
            return true
        case .weight:
            if let w = Self.plainWeight(f) {
                out.weights[row] = w
                return true
            }
            switch DecimalText.parsePositiveWeight(Array(f)[...]) {
            case let .success(w):
                out.weights[row] = w
                return true
            case let .failure(why): return reject(c + 1, .badWeight(detail: why.message), String(decoding: f, as: UTF8.self))
            }
        case let .variable(k):
            let slot = PartialTable.variableColumn(k) * out.codeStride + row
            if let code = variableLevels[k].code(f) {
                out.codes[slot] = code
                return true
            }
            guard let text = String(validating: f, as: UTF8.self) else {
                return reject(c + 1, .invalidUTF8(.variable), Self.hex(f))
            }
            out.codes[slot] = variableLevels[k].add(f, level: TextKey.clean(text))
            return true
        }
    }

    /// The levels of every code column (unit, group, variables), by local code.
    var levels: [[String]] { [unitLevels.levels, groupLevels.levels] + variableLevels.map(\.levels) }

    @inline(__always)
    mutating func answer(_ c: Int, _ scale: Int, _ f: UnsafeRawBufferPointer) -> UInt8? {
        let n = f.count
        if n == 1 {  // the common case: one byte, a code or nothing but a space
            let v = plan.singleByte[scale &<< 8 | Int(f[0])]
            if v != DecodePlan.noMatch { return v }
            if ASCII.isBlank(f[0]) { return 0 }
        }
        var lo = 0
        var hi = n
        while lo < hi && ASCII.isBlank(f[lo]) { lo += 1 }
        while hi > lo && ASCII.isBlank(f[hi - 1]) { hi -= 1 }
        if lo == hi { return 0 }
        if hi - lo == 1 {
            let v = plan.singleByte[scale &<< 8 | Int(f[lo])]
            if v != DecodePlan.noMatch { return v }
        }
        // A label or a longer code: the spelling as written decides, so cache it as written.
        let h = ByteHash.of(f)
        if let e = labelSpellings[scale].find(f, hash: h) { return labelCodes[scale][e] }
        guard let text = String(validating: f, as: UTF8.self) else {
            return invalid(c, .invalidUTF8(.answer), Self.hex(f))
        }
        let sc = plan.questionnaire.scales[scale]
        guard let v = sc.code(for: text) else {
            return invalid(c, plan.noMatchKinds[scale], text)
        }
        labelSpellings[scale].insert(f, hash: h)
        labelCodes[scale].append(v)
        return v
    }

    @inline(__always)
    private mutating func id(_ c: Int, _ f: UnsafeRawBufferPointer, _ out: StretchColumns, _ row: Int) -> Bool {
        // Printable ASCII not starting or ending with a space is already NFC and trimmed.
        let n = f.count
        var plain = n > 0 && f[0] != ASCII.space && f[n - 1] != ASCII.space
        if plain {
            for b in f where b < 0x20 || b > 0x7E {
                plain = false
                break
            }
        }
        if plain {
            appendID(f, out, row)
            return true
        }
        guard let text = String(validating: f, as: UTF8.self) else {
            return reject(c + 1, .invalidUTF8(.id), Self.hex(f))
        }
        var cleaned = TextKey.clean(text)
        if cleaned.isEmpty { return reject(c + 1, .emptyID) }
        cleaned.withUTF8 { appendID(UnsafeRawBufferPointer($0), out, row) }
        return true
    }

    @inline(__always)
    private mutating func appendID(_ f: UnsafeRawBufferPointer, _ out: StretchColumns, _ row: Int) {
        partial.idBytes.append(contentsOf: f)
        out.idEnds[row] = partial.idBytes.count
        out.idHashes[row] = ByteHash.of(f)
    }

    private static let powersOfTen: [Double] = (0...15).map { Double("1e\($0)")! }

    /// `digits[.digits]` with at most 15 digits in all, converted exactly as `Double(text)`
    /// would (an integer below 2^53 divided by an exact power of ten is correctly rounded);
    /// nil for anything else (zero, signs, commas, exponents, spaces), which takes the
    /// general path.
    @inline(__always)
    static func plainWeight(_ f: UnsafeRawBufferPointer) -> Double? {
        var m: UInt64 = 0
        var digits = 0
        var fraction = 0
        var point = false
        for b in f {
            if b &- 0x30 < 10 {
                m = m &* 10 &+ UInt64(b &- 0x30)
                digits += 1
                if point { fraction += 1 }
            } else if b == 0x2E && !point {
                point = true
            } else {
                return nil
            }
        }
        if digits == 0 || digits > 15 || m == 0 { return nil }
        let w = Double(m) / powersOfTen[fraction]
        return NumberRanges.weight.contains(w) ? w : nil  // out of range: the general parser words the reject
    }
}

/// Memory for the field spans of one record.
final class SpanBuffer {
    /// Room for `capacity` spans.
    let spans: UnsafeMutablePointer<FieldSpan>
    /// How many spans fit.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        spans = .allocate(capacity: capacity)
    }

    deinit { spans.deallocate() }
}
