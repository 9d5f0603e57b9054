/// Receives what `CSVTokenizer.feed` finds: the content of each field, piece by piece.
package protocol CSVFieldSink {
    /// Content bytes `p[start..<end]` of the current field, raw (`""` escapes kept, quotes
    /// around a quoted field left out). `last`: the field ends here; otherwise the field goes
    /// on in the next feed (the piece may be empty). Returns false to stop the feed
    /// (`CSVTokenizer.Outcome.stopped`).
    mutating func field(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, last: Bool, tokenizer: CSVTokenizer) -> Bool
}

/// The one CSV tokenizer of the reader: an RFC 4180 state machine over raw bytes that can be
/// fed chunk by chunk — its state (inside a quoted field, after a closing quote, the line,
/// the field number, the record's flags) survives the end of a feed, so a record held whole
/// in a window (`CSVScanner`) and one streaming past window after window (`LongRecordScan`)
/// are scanned by the same code. Its plain mode (`plainField`, `plainRecord`) is the fast
/// path for the commonest record — no quote inside a field, no NUL — used by the stretch
/// parser and the one-pass decoder; anything else makes it give up (nil) and the record is
/// fed to the state machine.
///
/// Quoted fields may hold delimiters, `""` escapes and line breaks. Records end at LF, CRLF
/// or a lone CR (`RecordEnd`). A feed that is not the last stops before a byte whose meaning
/// depends on the next one (a quote inside quotes: `""` or the closing quote; a CR: CRLF or a
/// lone CR): the caller hands that byte again with what follows.
package struct CSVTokenizer {
    /// What a feed found.
    package enum Outcome: Equatable {
        /// The record goes on: bytes up to offset `consumed` were taken; feed the rest with
        /// what follows.
        case more(consumed: Int)
        /// The record ended just before offset `next` (its line end included).
        case ended(next: Int)
        /// The input ended inside a quoted field (`openQuote` tells where it opened).
        case unterminated
        /// The sink asked to stop.
        case stopped
    }

    /// Where the scan is in the record.
    package enum State: UInt8 {
        /// Before a field's first byte.
        case fieldStart
        /// Inside an unquoted field.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// After a field's content (and its closing quote): a delimiter or line end follows,
        /// anything else is text after a closing quote.
        case fieldEnd
        /// The record has ended.
        case done
    }

    /// The field delimiter.
    package let delimiter: UInt8
    /// Where the scan is.
    package private(set) var state = State.fieldStart
    /// 1-based line where the scan is (counted from the value given at the start).
    package private(set) var line: Int
    /// Fields of the record completed so far.
    package private(set) var fields = 0
    /// Stray quote, NUL, text after a closing quote, found so far in the record.
    package private(set) var flags: RecordFlags = []
    /// The current field is quoted.
    package private(set) var quoted = false
    /// The current field holds `""` escapes.
    package private(set) var escaped = false
    /// The quoted field being read: the line and 1-based field number where it opened.
    package private(set) var openQuote: (line: Int, field: Int)?
    /// Offset of the opening quote of the field being read in the feed where it opened.
    package private(set) var quoteOffset = 0
    /// Whether the record ended with a line break (else at the end of the input).
    package private(set) var brokeLine = false

    /// A tokenizer at the start of a record on line `line`.
    package init(delimiter: UInt8, line: Int = 1) {
        self.delimiter = delimiter
        self.line = line
    }

    /// Starts the next record (the line goes on from where the last record ended).
    package mutating func nextRecord() {
        state = .fieldStart
        fields = 0
        flags = []
        quoted = false
        escaped = false
        openQuote = nil
        brokeLine = false
    }

    /// Scans `p` from `from`; `eof`: nothing follows `p`. Field content goes to `sink`.
    @inline(__always)
    package mutating func feed<Sink: CSVFieldSink>(_ p: UnsafeBufferPointer<UInt8>, from: Int, eof: Bool, into sink: inout Sink) -> Outcome
    {
        let n = p.count
        guard let base = p.baseAddress else { return finish(p, from: 0, pieceStart: 0, eof: eof, into: &sink) }
        let delimiter = self.delimiter
        var i = from
        var pieceStart = from
        while true {
            switch state {
            case .done:
                return .ended(next: i)
            case .fieldStart:
                guard i < n else { return finish(p, from: i, pieceStart: pieceStart, eof: eof, into: &sink) }
                escaped = false
                if base[i] == ASCII.quote {
                    quoted = true
                    openQuote = (line, fields + 1)
                    quoteOffset = i
                    state = .quoted
                    i += 1
                } else {
                    quoted = false
                    state = .unquoted
                }
                pieceStart = i
            case .unquoted:
                i = Self.nextStop(base, from: i, count: n, delimiter: delimiter)
                guard i < n else { return finish(p, from: i, pieceStart: pieceStart, eof: eof, into: &sink) }
                let b = base[i]
                if b == ASCII.quote || b == ASCII.nul {
                    flags.insert(b == ASCII.quote ? .strayQuote : .nulByte)
                    i += 1
                    continue
                }
                state = .fieldEnd
                fields += 1
                if !sink.field(p, start: pieceStart, end: i, last: true, tokenizer: self) { return .stopped }
            case .quoted:
                let j = Self.quotedRunEnd(base, from: i, count: n)
                guard j < n else { return finish(p, from: n, pieceStart: pieceStart, eof: eof, into: &sink) }
                let b = base[j]
                let nextKnown = j + 1 < n || eof
                if (b == ASCII.quote || b == ASCII.cr) && !nextKnown {
                    return sink.field(p, start: pieceStart, end: j, last: false, tokenizer: self) ? .more(consumed: j) : .stopped
                }
                i = j + 1
                if b == ASCII.quote {
                    if j + 1 < n && base[j + 1] == ASCII.quote {
                        escaped = true
                        i = j + 2
                        continue
                    }
                    state = .fieldEnd
                    fields += 1
                    openQuote = nil
                    if !sink.field(p, start: pieceStart, end: j, last: true, tokenizer: self) { return .stopped }
                } else if b == ASCII.lf {
                    line += 1
                } else if b == ASCII.cr {
                    if !(j + 1 < n && base[j + 1] == ASCII.lf) { line += 1 }
                } else {
                    flags.insert(.nulByte)
                }
            case .fieldEnd:
                guard i < n else { return finish(p, from: i, pieceStart: pieceStart, eof: eof, into: &sink) }
                let b = base[i]
                if b == delimiter {
                    i += 1
                    state = .fieldStart
                } else if ASCII.isLineEnd(b) {
                    if b == ASCII.cr && i + 1 >= n && !eof { return .more(consumed: i) }
                    i = RecordEnd.after(p, i)
                    line += 1
                    brokeLine = true
                    state = .done
                    return .ended(next: i)
                } else {
                    flags.insert(.textAfterQuote)
                    i += 1
                }
            }
        }
    }

    /// At the end of the bytes fed (`i` = their count): more to come, or the record ends
    /// with the input.
    @inline(__always)
    private mutating func finish<Sink: CSVFieldSink>(
        _ p: UnsafeBufferPointer<UInt8>, from i: Int, pieceStart: Int, eof: Bool, into sink: inout Sink
    ) -> Outcome {
        let inField = state == .unquoted || state == .quoted
        if !eof || state == .quoted {
            if inField && !sink.field(p, start: pieceStart, end: i, last: false, tokenizer: self) { return .stopped }
            return eof ? .unterminated : .more(consumed: i)
        }
        if state == .fieldStart {  // after a final delimiter: one more, empty field
            quoted = false
            escaped = false
        }
        if state == .fieldStart || state == .unquoted {
            fields += 1
            state = .fieldEnd
            if !sink.field(p, start: inField ? pieceStart : i, end: i, last: true, tokenizer: self) { return .stopped }
        }
        state = .done
        return .ended(next: i)
    }

    // MARK: The plain mode

    /// A record of plain fields: its field count and where the next record starts.
    package struct PlainRecord {
        /// Number of fields.
        package var fields: Int
        /// Offset after the record's line break (or the end of the bytes).
        package var next: Int
        /// Whether the record ended with a line break (else at the end of the bytes).
        package var brokeLine: Bool
    }

    /// A plain field: its content and the offset just after it (after its closing quote).
    struct PlainField {
        /// First byte of the content.
        var start: Int
        /// One past the content's last byte.
        var end: Int
        /// Offset of the byte after the field: a delimiter, line end, quote or NUL, or `n`.
        var next: Int
    }

    /// Bytes that end a quoted field's run of plain content: quote, LF, CR, NUL.
    static let inQuotesStops: [Bool] = (0..<256).map { [ASCII.quote, ASCII.lf, ASCII.cr, ASCII.nul].contains(UInt8($0)) }

    /// The first offset from `i` (at most `n`) holding a byte that ends an unquoted field's
    /// plain run: the delimiter, LF, CR, quote or NUL. Eight bytes at a time while eight
    /// remain: in each word a byte equal to a stop byte becomes zero after an XOR, and the
    /// lowest zero byte is found exactly by the (t − 0x01…) & ~t & 0x80… test (only bytes
    /// above it can be false hits); then byte by byte. The first two bytes are looked at
    /// one by one first.
    @inline(__always)
    static func nextStop(_ p: UnsafePointer<UInt8>, from i: Int, count n: Int, delimiter: UInt8) -> Int {
        @inline(__always) func isStop(_ b: UInt8) -> Bool {
            b == delimiter || (b <= ASCII.quote && (b == ASCII.lf || b == ASCII.cr || b == ASCII.quote || b == ASCII.nul))
        }
        // Fields of no byte or one (most answers) end before a word is worth loading.
        if i >= n || isStop(p[i]) { return i }
        if i &+ 1 >= n || isStop(p[i &+ 1]) { return i &+ 1 }
        var i = i &+ 2
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let d = UInt64(delimiter) &* ones
        while i &+ 8 <= n {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            @inline(__always) func zeros(_ t: UInt64) -> UInt64 { (t &- ones) & ~t & highs }
            let hits =
                zeros(x ^ d) | zeros(x ^ (UInt64(ASCII.lf) &* ones)) | zeros(x ^ (UInt64(ASCII.cr) &* ones))
                | zeros(x ^ (UInt64(ASCII.quote) &* ones)) | zeros(x)
            if hits != 0 { return i &+ (hits.trailingZeroBitCount &>> 3) }
            i &+= 8
        }
        while i < n && !isStop(p[i]) { i &+= 1 }
        return i
    }

    /// The first offset from `i` (at most `n`) holding a quote, LF, CR or NUL.
    @inline(__always)
    static func quotedRunEnd(_ p: UnsafePointer<UInt8>, from i: Int, count n: Int) -> Int {
        inQuotesStops.withUnsafeBufferPointer { stop in
            var j = i
            while j < n && !stop[Int(p[j])] { j &+= 1 }
            return j
        }
    }

    /// The plain field at `i`: unquoted up to the next stop byte, or quoted without `""`,
    /// line breaks or NUL inside and closed before `n`; nil for a quoted field that is not
    /// plain (the state machine reads it). What follows an unquoted field (`next`) may still
    /// be a quote or NUL, which the caller must treat as not plain.
    @inline(__always)
    static func plainField(_ p: UnsafePointer<UInt8>, from i: Int, count n: Int, delimiter: UInt8) -> PlainField? {
        if i < n && p[i] == ASCII.quote {
            let j = quotedRunEnd(p, from: i + 1, count: n)
            guard j < n && p[j] == ASCII.quote && !(j + 1 < n && p[j + 1] == ASCII.quote) else { return nil }
            return PlainField(start: i + 1, end: j, next: j + 1)
        }
        let end = nextStop(p, from: i, count: n, delimiter: delimiter)
        return PlainField(start: i, end: end, next: end)
    }

    /// Scans the record at `from` in plain mode into `spans` (room for `room`): every field
    /// plain, each followed by the delimiter, a line end or the end of the bytes. Nil when
    /// a field is not plain (a quote inside, `""`, a line break inside quotes, NUL, text
    /// after a closing quote) or the record has more than `room` fields; it then finds the
    /// same fields, record end and (empty) flags as `feed` would.
    @inline(__always)
    package func plainRecord(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, spans: UnsafeMutablePointer<FieldSpan>, room: Int)
        -> PlainRecord?
    {
        let n = bytes.count
        let p = bytes.baseAddress!
        let delimiter = self.delimiter
        var i = from
        var f = 0
        while true {
            guard let field = Self.plainField(p, from: i, count: n, delimiter: delimiter), f < room else { return nil }
            spans[f] = FieldSpan(start: field.start, end: field.end)
            f += 1
            i = field.next
            if i >= n { return PlainRecord(fields: f, next: n, brokeLine: false) }
            let b = p[i]
            if b == delimiter {
                i += 1
                continue
            }
            if ASCII.isLineEnd(b) { return PlainRecord(fields: f, next: RecordEnd.after(bytes, i), brokeLine: true) }
            return nil  // quote, NUL or text after a closing quote
        }
    }
}
