/// Where one field lies in the input bytes.
public struct FieldSpan: Sendable, Equatable {
    /// First byte of the field's content (after an opening quote).
    public var start: Int
    /// One past the last byte of the content (before a closing quote).
    public var end: Int
    /// The field was quoted and contains `""` escapes to undo.
    public var hasEscapedQuotes: Bool

    /// Creates a span.
    public init(start: Int, end: Int, hasEscapedQuotes: Bool = false) {
        self.start = start
        self.end = end
        self.hasEscapedQuotes = hasEscapedQuotes
    }
}

/// Problems that make a single CSV record suspect (the row is rejected, the file goes on).
public struct RecordFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A `"` inside a field that did not start with a quote.
    public static let strayQuote = RecordFlags(rawValue: 1)
    /// A NUL byte.
    public static let nulByte = RecordFlags(rawValue: 2)
    /// Text after a closing quote, before the delimiter.
    public static let textAfterQuote = RecordFlags(rawValue: 4)
}

/// Records and field spans of bytes held whole, no `String` per field: `CSVTokenizer` fed
/// one record at a time, the end of the bytes being the end of the input.
///
/// Quoted fields may hold delimiters, `""` escapes and line breaks. Records end at LF, CRLF or
/// a lone CR. A quote that is never closed is an error naming the line and column where
/// the field opened.
package struct CSVScanner {
    /// The opening quote of a field is never closed.
    public struct UnterminatedQuote: Error, Sendable, Equatable {
        /// 1-based line of the opening quote.
        public var line: Int
        /// 1-based field number.
        public var field: Int
        /// Byte offset of the opening quote.
        public var offset: Int = 0
    }

    /// The bytes scanned.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The field delimiter (`,`, `;` or tab).
    public let delimiter: UInt8
    /// Byte offset of the next record.
    public private(set) var position: Int
    /// 1-based line number where the next record starts.
    public private(set) var line: Int
    /// Most field spans stored per record; fields beyond it are only counted in
    /// `droppedFields`, so a line of a million delimiters costs no memory.
    public var fieldLimit: Int = .max
    /// Fields of the last record beyond `fieldLimit` (its field count is `fields.count + droppedFields`).
    public private(set) var droppedFields = 0

    /// Starts scanning `bytes` at `start` (e.g. after a BOM), counting lines from `line`.
    public init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = start
        self.line = line
    }

    /// Whether all bytes have been consumed.
    public var atEnd: Bool { position >= bytes.count }

    /// Scans the next record into `fields` (cleared first). Returns the record's first line,
    /// or nil at the end of input. A blank line yields a record with one empty field starting
    /// at the record's start (a quoted empty field, `""`, starts one byte later).
    public mutating func next(into fields: inout [FieldSpan], flags: inout RecordFlags) throws(UnterminatedQuote) -> Int? {
        fields.removeAll(keepingCapacity: true)
        flags = []
        droppedFields = 0
        guard position < bytes.count else { return nil }
        let startLine = line
        var sink = SpanSink(limit: fieldLimit)
        swap(&sink.spans, &fields)
        var tokenizer = CSVTokenizer(delimiter: delimiter, line: line)
        let outcome = tokenizer.feed(bytes, from: position, eof: true, into: &sink)
        swap(&sink.spans, &fields)
        droppedFields = sink.dropped
        flags = tokenizer.flags
        line = tokenizer.line
        guard case let .ended(next) = outcome else {
            position = bytes.count
            let open = tokenizer.openQuote ?? (line: line, field: 1)
            throw UnterminatedQuote(line: open.line, field: open.field, offset: tokenizer.quoteOffset)
        }
        position = next
        return startLine
    }

    /// Keeps the spans of a record held whole (`next`): at most `limit`, the rest counted.
    private struct SpanSink: CSVFieldSink {
        var spans: [FieldSpan] = []
        let limit: Int
        var dropped = 0

        init(limit: Int) { self.limit = limit }

        @inline(__always)
        mutating func field(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, last: Bool, tokenizer: CSVTokenizer) -> Bool {
            guard last else { return true }
            if spans.count < limit {
                spans.append(FieldSpan(start: start, end: end, hasEscapedQuotes: tokenizer.escaped))
            } else {
                dropped += 1
            }
            return true
        }
    }

    /// The field's bytes with `""` escapes undone.
    public func fieldBytes(_ f: FieldSpan) -> [UInt8] { Self.unescaped(bytes, f) }

    /// Whether the fields of a record are exactly `expected` (e.g. the header pasted again).
    public func fields(_ spans: [FieldSpan], equal expected: [[UInt8]]) -> Bool { Self.equal(bytes, spans, expected) }

    /// The bytes of field `f` of `bytes` with `""` escapes undone.
    static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ f: FieldSpan) -> [UInt8] {
        if !f.hasEscapedQuotes { return Array(bytes[f.start..<f.end]) }
        var out: [UInt8] = []
        out.reserveCapacity(f.end - f.start)
        var i = f.start
        while i < f.end {
            out.append(bytes[i])
            i += bytes[i] == ASCII.quote ? 2 : 1
        }
        return out
    }

    /// Whether the fields `spans` of `bytes` (quotes undone) are exactly `expected`.
    static func equal<Spans: Collection<FieldSpan>>(_ bytes: UnsafeBufferPointer<UInt8>, _ spans: Spans, _ expected: [[UInt8]]) -> Bool {
        guard spans.count == expected.count else { return false }
        for (s, e) in zip(spans, expected) {
            if s.hasEscapedQuotes {
                if unescaped(bytes, s) != e { return false }
            } else if !bytes[s.start..<s.end].elementsEqual(e) {
                return false
            }
        }
        return true
    }

    /// Picks the delimiter of a header line: the most frequent of `,` `;` tab outside quotes
    /// (`,` on a tie or when none occurs).
    public static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [ASCII.comma: 0, ASCII.semicolon: 0, ASCII.tab: 0]
        scanFirstLine(bytes, start: start) { b in
            if let c = counts[b] { counts[b] = c + 1 }
        }
        let comma = counts[ASCII.comma, default: 0]
        let semi = counts[ASCII.semicolon, default: 0]
        let tab = counts[ASCII.tab, default: 0]
        if semi > comma && semi >= tab { return ASCII.semicolon }
        if tab > comma && tab > semi { return ASCII.tab }
        return ASCII.comma
    }

    /// Walks the first line from `start` as a header is read before its delimiter is known:
    /// every `"` opens or closes quoting; `body` sees each other byte outside quotes up to
    /// the first line end outside them. Returns whether that line end is in `bytes`.
    @discardableResult
    static func scanFirstLine(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, _ body: (UInt8) -> Void = { _ in }) -> Bool {
        var inQuotes = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == ASCII.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if ASCII.isLineEnd(b) { return true }
                body(b)
            }
            i += 1
        }
        return false
    }
}
