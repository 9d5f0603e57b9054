/// The fast path for the commonest record: no quote and no NUL byte anywhere. It finds the
/// same fields and record end as `CSVScanner` would; on a quote or NUL it gives up and the
/// record is scanned by `CSVScanner` (which knows quoting and flags).
struct PlainRecordScanner {
    /// Bytes that end an unquoted field or need the general scanner: delimiter, LF, CR,
    /// quote, NUL.
    let stops: [Bool]
    /// The delimiter.
    let delimiter: UInt8
    /// Bytes that end a quoted field's content on the one-pass path: quote, LF, CR, NUL.
    static let inQuotesStops: [Bool] = (0..<256).map { [ASCII.quote, ASCII.lf, ASCII.cr, ASCII.nul].contains(UInt8($0)) }

    /// A scanner for `delimiter`.
    init(delimiter: UInt8) {
        self.delimiter = delimiter
        var stops = [Bool](repeating: false, count: 256)
        for b in [delimiter, ASCII.lf, ASCII.cr, ASCII.quote, ASCII.nul] { stops[Int(b)] = true }
        self.stops = stops
    }

    /// The first offset from `i` (at most `n`) holding a stop byte (delimiter, LF, CR, quote,
    /// NUL): eight bytes at a time while eight remain, then byte by byte. In each word a byte
    /// equal to a stop byte becomes zero after an XOR, and the lowest zero byte is found
    /// exactly by the (t − 0x01…) & ~t & 0x80… test (only bytes above it can be false hits).
    @inline(__always)
    func nextStop(_ p: UnsafePointer<UInt8>, from i: Int, count n: Int, table stop: UnsafeBufferPointer<Bool>) -> Int {
        var i = i
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
        while i < n && !stop[Int(p[i])] { i &+= 1 }
        return i
    }

    /// A plain record scanned: its field count and where the next record starts.
    struct Record {
        /// Number of fields.
        var fields: Int
        /// Offset after the record's line break (or the end of the bytes).
        var next: Int
        /// Whether the record ended with a line break (else at the end of the bytes).
        var brokeLine: Bool
    }

    /// Scans the record at `from` into `spans` (room for `room`); nil when it holds a quote
    /// or NUL, or more than `room` fields.
    @inline(__always)
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, spans: UnsafeMutablePointer<FieldSpan>, room: Int) -> Record? {
        let n = bytes.count
        let p = bytes.baseAddress!
        let delimiter = self.delimiter
        return stops.withUnsafeBufferPointer { stop in
            var i = from
            var f = 0
            while true {
                let start = i
                while i < n && !stop[Int(p[i])] { i += 1 }
                if f == room { return nil }
                spans[f] = FieldSpan(start: start, end: i)
                f += 1
                if i >= n { return Record(fields: f, next: n, brokeLine: false) }
                let b = p[i]
                if b == delimiter {
                    i += 1
                    continue
                }
                if ASCII.isLineEnd(b) { return Record(fields: f, next: RecordEnd.after(bytes, i), brokeLine: true) }
                return nil  // quote or NUL
            }
        }
    }
}
