/// A CSV record longer than `ReaderLimits.maxRecordBytes` — rejected whatever it holds —
/// scanned as it streams past instead of being held in memory: where it ends and everything
/// `RowDecoder.decode` looks at for such a record (field count, flags, the first field over
/// the field limit with the start of its text, the approval column), exactly as
/// `CSVScanner.next` would find them with the whole record in memory. It also counts the
/// lines with bytes that are not UTF-8, as `UTF8Check.badLines` does.
///
/// Fed window by window to the one `CSVTokenizer`, which stops before a byte whose meaning
/// depends on the next one (a quote inside quotes: `""` or the closing quote; a CR: CRLF or
/// a lone CR) unless the input ends there, so the caller hands that byte again with what
/// follows.
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

    /// Bytes of a field's start kept for the reject's preview (`ReaderLimits.preview` shows
    /// fewer), of an unclosed quote's start (`ChunkedCSVReader.quotePreview` reads 161), and
    /// of the approval column (longer spans cannot be an approval word).
    static let fieldHeadBytes = 400, quoteHeadBytes = 161, approvalBytes = 128

    private let checkUTF8: Bool
    private var tokenizer: CSVTokenizer
    private var collector: Collector

    /// Fields completed so far (all of them once the record has ended).
    var fields: Int { tokenizer.fields }
    /// Stray quote, NUL, text after a closing quote — as `CSVScanner` flags them.
    var flags: RecordFlags { tokenizer.flags }
    /// Bytes of the record taken so far (with its line end once ended).
    private(set) var bytes = 0
    /// 1-based line relative to the record's first, counted as `CSVScanner` counts.
    var line: Int { tokenizer.line }
    /// The first field longer than the field limit: its index, length and first bytes.
    var firstLongField: (index: Int, length: Int, head: [UInt8])? { collector.firstLongField }
    /// The approval column's span (raw, `""` not undone) when at most `approvalBytes` long.
    var approvalSpan: [UInt8]? { collector.approvalSpan }
    /// Whether that span holds `""` escapes.
    var approvalEscaped: Bool { collector.approvalEscaped }
    /// The quoted field being read: the line and field number where it opened and its first
    /// bytes from the quote (what an unterminated-quote error reports).
    var openQuote: (line: Int, field: Int, head: [UInt8])? { tokenizer.openQuote.map { ($0.line, $0.field, collector.quoteHead) } }
    /// Lines with bytes that are not UTF-8 (counted up to 2, when checking).
    var badUTF8Lines: Int { utf8.bad }
    private var utf8 = UTF8Check.Lines()

    /// A scan of a record starting at its first byte.
    init(delimiter: UInt8, maxFieldBytes: Int, approvalColumn: Int?, checkUTF8: Bool) {
        tokenizer = CSVTokenizer(delimiter: delimiter)
        collector = Collector(maxFieldBytes: maxFieldBytes, approvalColumn: approvalColumn)
        self.checkUTF8 = checkUTF8
    }

    /// Scans `p` (the bytes following those already taken); `eof`: nothing follows `p`.
    mutating func feed(_ p: UnsafeBufferPointer<UInt8>, eof: Bool) -> Outcome {
        let result: Outcome
        let consumed: Int
        switch tokenizer.feed(p, from: 0, eof: eof, into: &collector) {
        case let .more(c):
            consumed = c
            result = .more(consumed: c)
        case let .ended(next):
            consumed = next
            result = .ended(consumed: next)
        case .unterminated, .stopped:
            consumed = p.count
            result = .unterminated
        }
        bytes += consumed
        if checkUTF8 {
            var k = 0
            while k < consumed && utf8.bad < 2 {
                utf8.take(p[k])
                k += 1
            }
            // a sequence cut by the end of the input
            if eof, case .ended = result, !tokenizer.brokeLine { utf8.finish() }
        }
        return result
    }

    /// Keeps what a rejected record's account needs of its fields as they stream past.
    private struct Collector: CSVFieldSink {
        let maxFieldBytes: Int
        let approvalColumn: Int?
        var inField = false
        var fieldLength = 0
        var fieldHead: [UInt8] = []
        var quoteHead: [UInt8] = []
        var firstLongField: (index: Int, length: Int, head: [UInt8])?
        var approvalSpan: [UInt8]?
        var approvalEscaped = false

        init(maxFieldBytes: Int, approvalColumn: Int?) {
            self.maxFieldBytes = maxFieldBytes
            self.approvalColumn = approvalColumn
        }

        mutating func field(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, last: Bool, tokenizer: CSVTokenizer) -> Bool {
            if !inField {
                inField = true
                fieldLength = 0
                fieldHead.removeAll(keepingCapacity: true)
                if tokenizer.quoted { quoteHead = [ASCII.quote] }
            }
            fieldLength += end - start
            fieldHead.append(contentsOf: p[start..<min(end, start + max(0, LongRecordScan.fieldHeadBytes - fieldHead.count))])
            if tokenizer.quoted {
                quoteHead.append(contentsOf: p[start..<min(end, start + max(0, LongRecordScan.quoteHeadBytes - quoteHead.count))])
            }
            if last {
                inField = false
                let index = tokenizer.fields - 1
                if fieldLength > maxFieldBytes && firstLongField == nil { firstLongField = (index, fieldLength, fieldHead) }
                if index == approvalColumn {
                    approvalSpan = fieldLength <= LongRecordScan.approvalBytes ? Array(fieldHead.prefix(fieldLength)) : nil
                    approvalEscaped = tokenizer.escaped
                }
            }
            return true
        }
    }
}
