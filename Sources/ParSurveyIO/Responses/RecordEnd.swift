/// Where a CSV record ends, one rule for every scan of the reader (`CSVTokenizer` and its
/// plain mode, the one-pass decoder, the header read): a record ends at LF, CRLF
/// or a lone CR, and one that reaches the end of a window without a final LF may go on in
/// the next window — the rule that makes the scan resumable window after window.
enum RecordEnd {
    /// The offset just after the line end at `i` (`w[i]` is LF or CR): past CRLF, or one byte.
    @inline(__always)
    static func after(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        w[i] == ASCII.cr && i + 1 < w.count && w[i + 1] == ASCII.lf ? i + 2 : i + 1
    }

    /// Whether a record scanned up to `next` may still go on in the next window: it reaches
    /// the end of the window `w` (not empty) without a final LF — even a final CR may be half
    /// of a CRLF — and more input follows (`eof` false).
    @inline(__always)
    static func mayContinue(_ w: UnsafeBufferPointer<UInt8>, next: Int, eof: Bool) -> Bool {
        !eof && next == w.count && w[w.count - 1] != ASCII.lf
    }
}
