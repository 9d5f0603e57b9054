/// A CSV record longer than `ReaderLimits.maxRecordBytes` — rejected whatever it holds —
/// scanned as it streams past instead of being held in memory: where it ends and everything
/// `RowDecoder.decode` looks at for such a record (field count, flags, the first field over
/// the field limit with the start of its text, the approval column), exactly as
/// `CSVScanner.next` would find them with the whole record in memory. It also counts the
/// lines with bytes that are not UTF-8, as `UTF8Check.badLines` does.
///
/// Fed window by window: `feed` stops before a byte whose meaning depends on the next one
/// (a quote inside quotes: `""` or the closing quote; a CR: CRLF or a lone CR) unless the
/// input ends there, so the caller hands that byte again with what follows.
struct LongRecordScan {
    /// What a call to `feed` found.
    enum Outcome: Equatable {
        /// The record goes on: `consumed` bytes were taken; feed the rest with what follows.
        case more(consumed: Int)
        /// The record ended after `consumed` bytes of this feed (its line end included).
        case ended(consumed: Int)
        /// The input ended inside a quoted field.
        case unterminated
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote, done }

    /// Bytes of a field's start kept for the reject's preview (`ReaderLimits.preview` shows
    /// fewer), of an unclosed quote's start (`ChunkedCSVReader.quotePreview` reads 161), and
    /// of the approval column (longer spans cannot be an approval word).
    static let fieldHeadBytes = 400, quoteHeadBytes = 161, approvalBytes = 128

    private let delimiter: UInt8
    private let maxFieldBytes: Int
    private let approvalColumn: Int?
    private let checkUTF8: Bool
    private var state = State.fieldStart

    /// Fields completed so far (all of them once the record has ended).
    private(set) var fields = 0
    /// Stray quote, NUL, text after a closing quote — as `CSVScanner` flags them.
    private(set) var flags: RecordFlags = []
    /// Bytes of the record taken so far (with its line end once ended).
    private(set) var bytes = 0
    /// 1-based line relative to the record's first, counted as `CSVScanner` counts.
    private(set) var line = 1
    /// The first field longer than the field limit: its index, length and first bytes.
    private(set) var firstLongField: (index: Int, length: Int, head: [UInt8])?
    /// The approval column's span (raw, `""` not undone) when at most `approvalBytes` long.
    private(set) var approvalSpan: [UInt8]?
    /// Whether that span holds `""` escapes.
    private(set) var approvalEscaped = false
    /// The quoted field being read: the line and field number where it opened and its first
    /// bytes from the quote (what an unterminated-quote error reports).
    var openQuote: (line: Int, field: Int, head: [UInt8])? { quoteAt.map { ($0.line, $0.field, quoteHead) } }
    private var quoteAt: (line: Int, field: Int)?
    private var quoteHead: [UInt8] = []
    /// Lines with bytes that are not UTF-8 (counted up to 2, when checking).
    var badUTF8Lines: Int { utf8.bad }
    private var utf8 = UTF8Check.Lines()

    private var fieldLength = 0
    private var fieldHead: [UInt8] = []
    private var escaped = false

    /// A scan of a record starting at its first byte.
    init(delimiter: UInt8, maxFieldBytes: Int, approvalColumn: Int?, checkUTF8: Bool) {
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.approvalColumn = approvalColumn
        self.checkUTF8 = checkUTF8
    }

    /// Scans `p` (the bytes following those already taken); `eof`: nothing follows `p`.
    mutating func feed(_ p: UnsafeBufferPointer<UInt8>, eof: Bool) -> Outcome {
        let n = p.count
        let quote = ASCII.quote
        let lf = ASCII.lf
        let cr = ASCII.cr
        var i = 0
        while i < n {
            let b = p[i]
            switch state {
            case .done:
                return .ended(consumed: i)
            case .fieldStart:
                fieldLength = 0
                fieldHead.removeAll(keepingCapacity: true)
                escaped = false
                if b == quote {
                    state = .quoted
                    quoteAt = (line, fields + 1)
                    quoteHead = [quote]
                    take(b)
                    i += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                if b == delimiter || b == lf || b == cr {
                    if b == cr && i + 1 >= n && !eof { return .more(consumed: i) }  // before the field ends
                    endField()
                    state = .afterQuote  // the field is ended: what follows is the delimiter or line end
                    if let o = endOfField(p, &i, eof: eof) { return o }
                } else {
                    if b == quote { flags.insert(.strayQuote) } else if b == 0 { flags.insert(.nulByte) }
                    addToField(b)
                    take(b)
                    i += 1
                }
            case .quoted:
                if b == quote {
                    if i + 1 >= n && !eof { return .more(consumed: i) }
                    if i + 1 < n && p[i + 1] == quote {
                        escaped = true
                        for _ in 0..<2 {
                            addToField(quote)
                            addToQuoteHead(quote)
                            take(quote)
                        }
                        i += 2
                        continue
                    }
                    take(b)
                    i += 1
                    endField()
                    quoteAt = nil
                    state = .afterQuote
                    continue
                }
                if b == lf {
                    line += 1
                } else if b == cr {
                    if i + 1 >= n && !eof { return .more(consumed: i) }
                    if !(i + 1 < n && p[i + 1] == lf) { line += 1 }
                } else if b == 0 {
                    flags.insert(.nulByte)
                }
                addToField(b)
                addToQuoteHead(b)
                take(b)
                i += 1
            case .afterQuote:
                if b == delimiter || b == lf || b == cr {
                    if let o = endOfField(p, &i, eof: eof) { return o }
                } else {
                    flags.insert(.textAfterQuote)
                    take(b)
                    i += 1
                }
            }
        }
        if state == .done { return .ended(consumed: n) }
        guard eof else { return .more(consumed: n) }
        switch state {
        case .quoted: return .unterminated
        case .fieldStart:  // after a final delimiter: one more, empty field
            fieldLength = 0
            fieldHead.removeAll()
            escaped = false
            endField()
        case .unquoted: endField()
        case .afterQuote, .done: break
        }
        if checkUTF8 { utf8.finish() }  // a sequence cut by the end of the input
        state = .done
        return .ended(consumed: n)
    }

    /// At a delimiter or line end after a field: goes on to the next field, or ends the
    /// record; nil to go on scanning.
    private mutating func endOfField(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, eof: Bool) -> Outcome? {
        let b = p[i]
        let n = p.count
        if b == delimiter {
            take(b)
            i += 1
            state = .fieldStart
            return nil
        }
        if b == ASCII.cr {
            if i + 1 >= n && !eof { return .more(consumed: i) }
            take(b)
            i += 1
            if i < n && p[i] == ASCII.lf {
                take(ASCII.lf)
                i += 1
            }
        } else {
            take(b)
            i += 1
        }
        line += 1
        state = .done
        return .ended(consumed: i)
    }

    private mutating func endField() {
        let index = fields
        fields += 1
        if fieldLength > maxFieldBytes && firstLongField == nil { firstLongField = (index, fieldLength, fieldHead) }
        if index == approvalColumn {
            approvalSpan = fieldLength <= Self.approvalBytes ? Array(fieldHead.prefix(fieldLength)) : nil
            approvalEscaped = escaped
        }
    }

    @inline(__always)
    private mutating func addToField(_ b: UInt8) {
        fieldLength += 1
        if fieldHead.count < Self.fieldHeadBytes { fieldHead.append(b) }
    }

    @inline(__always)
    private mutating func addToQuoteHead(_ b: UInt8) {
        if quoteHead.count < Self.quoteHeadBytes { quoteHead.append(b) }
    }

    /// Counts the byte into the record and through the UTF-8 check (`UTF8Check.Lines`).
    @inline(__always)
    private mutating func take(_ b: UInt8) {
        bytes += 1
        if checkUTF8 && utf8.bad < 2 { utf8.take(b) }
    }
}
