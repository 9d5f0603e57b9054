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
            if c < 0x80 { i += 1; continue }
            let len = sequenceLength(w, i, to)
            if len > 0 { i += len; continue }
            bad += 1
            if bad >= limit { return bad }
            while i < to && w[i] != 0x0A && w[i] != 0x0D { i += 1 }  // the rest of this line counts no more
        }
        return bad
    }

    /// Length of a valid UTF-8 sequence at `i` (≥ 2) ending before `n`, or 0 if invalid.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch b[i] {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
