extension RowDecoder {
    /// Where a row decoded in one pass ends.
    struct OnePassRow {
        /// Offset after the row's line break (or the end of the bytes).
        var next: Int
        /// Whether the row ended with a line break.
        var brokeLine: Bool
    }

    /// Decodes the record at `from` in one pass over its bytes, without field spans, when it
    /// is plain (no quote, no NUL), has the header's number of fields, every value is valid
    /// and it is complete (not cut by the end of a window); returns nil otherwise, having
    /// recorded nothing (the record then takes the general path, which finds the same fields
    /// and records any reject). Answers of one byte or none, the common case, cost a table
    /// lookup each.
    @inline(__always)
    mutating func decodeOnePass(_ w: UnsafeBufferPointer<UInt8>, from: Int, line: Int, eof: Bool,
                                scanner: PlainRecordScanner) -> OnePassRow? {
        let n = w.count
        guard from < n else { return nil }
        partial.reserve(1)
        let row = partial.rowCount
        let out = partial.columns
        let p = w.baseAddress!
        let delimiter = scanner.delimiter
        let fields = plan.slots.count
        speculative = true
        defer { speculative = false }
        let table = plan.singleByte
        return scanner.stops.withUnsafeBufferPointer { stop -> OnePassRow? in
            table.withUnsafeBufferPointer { single -> OnePassRow? in
                plan.slots.withUnsafeBufferPointer { slots -> OnePassRow? in
                    var i = from
                    for c in 0..<fields {
                        let start = i
                        if case let .question(q, scale) = slots[c] {
                            var v: UInt8 = 0
                            if i < n && !stop[Int(p[i])] {
                                if i + 1 < n && stop[Int(p[i + 1])] {
                                    v = single[scale &<< 8 | Int(p[i])]
                                    if v == DecodePlan.noMatch {
                                        guard let a = answer(c, scale, UnsafeRawBufferPointer(start: p + i, count: 1)) else { return nil }
                                        v = a
                                    }
                                    i += 1
                                } else {
                                    while i < n && !stop[Int(p[i])] { i += 1 }
                                    guard let a = answer(c, scale, UnsafeRawBufferPointer(start: p + start, count: i - start)) else { return nil }
                                    v = a
                                }
                            }
                            out.answers[q &* out.answerStride &+ row] = v
                        } else {
                            while i < n && !stop[Int(p[i])] { i += 1 }
                            guard field(c, UnsafeRawBufferPointer(start: p + start, count: i - start), out, row) else { return nil }
                        }
                        if c + 1 < fields {
                            guard i < n && p[i] == delimiter else { return nil }
                            i += 1
                        }
                    }
                    let end: OnePassRow
                    if i == n {
                        end = OnePassRow(next: n, brokeLine: false)
                    } else if p[i] == 0x0A {
                        end = OnePassRow(next: i + 1, brokeLine: true)
                    } else if p[i] == 0x0D {
                        end = OnePassRow(next: i + 1 < n && p[i + 1] == 0x0A ? i + 2 : i + 1, brokeLine: true)
                    } else {
                        return nil  // more fields, or a quote or NUL
                    }
                    // A record reaching the window's end may go on in the next chunk.
                    if !eof && end.next == n && p[n - 1] != 0x0A { return nil }
                    out.lines[row] = UInt32(clamping: line)
                    partial.rowCount = row + 1
                    return end
                }
            }
        }
    }
}
