/// Finds lines with bytes that are not UTF-8 while a CSV batch streams, with the rules of
/// `TextDecoding.check` (lines end at LF, CRLF or a lone CR, as records do — so a stretch of
/// records is a run of whole lines; a line counts once however many bad bytes it has).
package enum UTF8Check {
    /// The number of lines in `w[from..<to]` holding invalid UTF-8, counted up to `limit`.
    package static func badLines(_ w: UnsafeBufferPointer<UInt8>, from: Int, to: Int, upTo limit: Int) -> Int {
        var bad = 0
        var i = from
        let raw = UnsafeRawPointer(w.baseAddress!)
        while i < to {
            // ASCII eight bytes at a time.
            while i + 8 <= to && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            if i >= to { break }
            let c = w[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let len = sequenceLength(w, i, to)
            if len > 0 {
                i += len
                continue
            }
            bad += 1
            if bad >= limit { return bad }
            while i < to && !ASCII.isLineEnd(w[i]) { i += 1 }  // the rest of this line counts no more
        }
        return bad
    }

    /// The UTF-8 rules (RFC 3629), the one copy both checks use: after the lead byte `b` of
    /// a sequence, how many continuation bytes follow and the range the first of them must
    /// lie in (the others lie in 0x80...0xBF) — ruling out overlong forms, surrogates and
    /// code points above U+10FFFF; nil for a byte that cannot lead (ASCII is not asked).
    @inline(__always)
    static func lead(_ b: UInt8) -> (continuations: Int, low: UInt8, high: UInt8)? {
        switch b {
        case 0xC2...0xDF: return (1, 0x80, 0xBF)
        case 0xE0: return (2, 0xA0, 0xBF)
        case 0xED: return (2, 0x80, 0x9F)
        case 0xE1...0xEF: return (2, 0x80, 0xBF)
        case 0xF0: return (3, 0x90, 0xBF)
        case 0xF4: return (3, 0x80, 0x8F)
        case 0xF1...0xF3: return (3, 0x80, 0xBF)
        default: return nil
        }
    }

    /// Length of a valid UTF-8 sequence at `i` (≥ 2) ending before `n`, or 0 if invalid.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        guard let l = lead(b[i]), i + l.continuations < n, b[i + 1] >= l.low && b[i + 1] <= l.high else { return 0 }
        var k = 2
        while k <= l.continuations {
            if b[i + k] & 0xC0 != 0x80 { return 0 }
            k += 1
        }
        return l.continuations + 1
    }

    /// The same rules a byte at a time, for bytes seen once and not kept (a record that
    /// streams past, `LongRecordScan`): counts the lines holding bytes that are not UTF-8,
    /// as `badLines` does — a line counts once, at its first bad byte; lines end at LF or CR;
    /// a sequence cut by a line end or the end of the input makes its line bad.
    struct Lines {
        /// Lines found bad so far.
        private(set) var bad = 0
        // Continuation bytes still expected, the range allowed for the next one, and whether
        // the rest of the line is skipped after a bad byte.
        private var need = 0
        private var low: UInt8 = 0x80, high: UInt8 = 0xBF
        private var skippingLine = false

        /// Takes the next byte.
        @inline(__always)
        mutating func take(_ b: UInt8) {
            if skippingLine {
                if ASCII.isLineEnd(b) { skippingLine = false }
                return
            }
            if need > 0 {
                if b >= low && b <= high {
                    need -= 1
                    low = 0x80
                    high = 0xBF
                    return
                }
                badLine()
                if ASCII.isLineEnd(b) { skippingLine = false }  // the line end itself ends the bad line
                return
            }
            if b < 0x80 { return }
            guard let l = UTF8Check.lead(b) else {
                badLine()
                return
            }
            need = l.continuations
            low = l.low
            high = l.high
        }

        /// At the end of the input: a sequence cut there makes its line bad.
        mutating func finish() {
            if need > 0 { badLine() }
        }

        private mutating func badLine() {
            bad += 1
            need = 0
            low = 0x80
            high = 0xBF
            skippingLine = true
        }
    }
}
