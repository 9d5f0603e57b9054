import Foundation

extension RowDecoder {
    /// How far a run of one-pass rows got.
    struct OnePassRun {
        /// Offset of the first record not decoded (or the end of the run).
        var position: Int
        /// Its relative line.
        var line: Int
    }

    /// Decodes records from `from` in one pass over their bytes, without field spans, as
    /// long as each is plain (no NUL; quoted fields without `""` or line breaks inside; no
    /// text after a closing quote), has the header's number of fields, every
    /// value is valid, and is complete (not cut by the end of a window); stops before the
    /// first record that is not, having recorded nothing for it (it then takes the general
    /// path, which finds the same fields and records any reject), or at `until`. Answers of
    /// one byte or none, the common case, cost a table lookup each.
    mutating func decodeOnePass(
        _ w: UnsafeBufferPointer<UInt8>, from: Int, line: Int, until: Int, eof: Bool,
        tokenizer: CSVTokenizer
    ) -> OnePassRun {
        let n = w.count
        let p = w.baseAddress!
        let delimiter = tokenizer.delimiter
        let fields = plan.slots.count
        speculative = true
        let rowsAtStart = partial.rowCount
        defer {
            speculative = false
            onePassRows += partial.rowCount - rowsAtStart
        }
        let table = plan.singleByte
        let maxField = plan.limits.maxFieldBytes
        let maxRecord = plan.limits.maxRecordBytes
        let idColumn = plan.idColumn
        let idName = plan.headerBytes?[plan.idColumn]
        var run = OnePassRun(position: from, line: line)
        table.withUnsafeBufferPointer { single in
            plan.slots.withUnsafeBufferPointer { slots in
                while run.position < until {
                    partial.reserve(1)
                    let row = partial.rowCount
                    let out = partial.columns
                    var i = run.position
                    for c in 0..<fields {
                        // The commonest field: an answer of one byte (or none) that is
                        // not the last of the record — no scan, one table look-up.
                        if case let .question(q, scale) = slots[c], c + 1 < fields, i + 1 < n {
                            let b0 = p[i]
                            if b0 == delimiter {
                                out.answers[q &* out.answerStride &+ row] = 0
                                i += 1
                                continue
                            }
                            if p[i + 1] == delimiter {
                                let v = single[scale &<< 8 | Int(b0)]
                                if v != DecodePlan.noMatch {
                                    out.answers[q &* out.answerStride &+ row] = v
                                    i += 2
                                    continue
                                }
                            }
                        }
                        // The field's content, scanned by the tokenizer's plain mode:
                        // unquoted up to a stop byte, or quoted without `""`, line
                        // breaks or NUL inside.
                        guard let plainField = CSVTokenizer.plainField(p, from: i, count: n, delimiter: delimiter) else { return }
                        let start = plainField.start
                        let end = plainField.end
                        i = plainField.next
                        if end - start > maxField { return }  // the general path rejects it
                        // An id spelled like the header's: maybe the header again, which
                        // the general path tells apart.
                        if c == idColumn, let h = idName, end - start == h.count, end > start,
                            h.withUnsafeBufferPointer({ memcmp(p + start, $0.baseAddress!, h.count) }) == 0
                        {
                            return
                        }
                        if case let .question(q, scale) = slots[c] {
                            var v: UInt8 = 0
                            if end - start == 1 {
                                v = single[scale &<< 8 | Int(p[start])]
                                if v == DecodePlan.noMatch {
                                    guard let a = answer(c, scale, UnsafeRawBufferPointer(start: p + start, count: 1)) else {
                                        return
                                    }
                                    v = a
                                }
                            } else if end > start {
                                guard let a = answer(c, scale, UnsafeRawBufferPointer(start: p + start, count: end - start)) else {
                                    return
                                }
                                v = a
                            }
                            out.answers[q &* out.answerStride &+ row] = v
                        } else if !cachedLevel(slots[c], p, start: start, end: end, count: n, out, row) {
                            guard field(c, UnsafeRawBufferPointer(start: p + start, count: end - start), out, row) else { return }
                        }
                        if c + 1 < fields {
                            guard i < n && p[i] == delimiter else { return }
                            i += 1
                        }
                    }
                    let next: Int
                    var brokeLine = true
                    if i == n {
                        next = n
                        brokeLine = false
                    } else if ASCII.isLineEnd(p[i]) {
                        next = RecordEnd.after(w, i)
                    } else {
                        return  // more fields, or a quote or NUL
                    }
                    // A record reaching the window's end may go on in the next chunk.
                    if RecordEnd.mayContinue(w, next: next, eof: eof) { return }
                    if next - run.position > maxRecord { return }
                    out.lines[row] = UInt32(clamping: run.line)
                    partial.rowCount = row + 1
                    partial.read += 1
                    run.position = next
                    if brokeLine { run.line += 1 }
                }
            }
        }
        partial.dropIncompleteRow()
        return run
    }

    /// Stores the code of a unit, group or variable field of 1–8 bytes that its column's
    /// short-spelling cache already holds (read with one unaligned load where eight bytes
    /// remain in the window); false for anything else, which `field` then handles.
    @inline(__always)
    private func cachedLevel(
        _ slot: DecodePlan.Slot, _ p: UnsafePointer<UInt8>, start: Int, end: Int, count n: Int,
        _ out: StretchColumns, _ row: Int
    ) -> Bool {
        let length = end - start
        guard length > 0 && length <= 8 else { return false }
        let word: UInt64
        if start + 8 <= n {
            let all = UInt64(littleEndian: UnsafeRawPointer(p + start).loadUnaligned(as: UInt64.self))
            word = length == 8 ? all : all & ((1 &<< UInt64(length &* 8)) &- 1)
        } else {
            word = LevelInterner.word(UnsafeRawBufferPointer(start: p + start, count: length))
        }
        let column: Int
        let code: UInt32?
        switch slot {
        case .unit:
            column = PartialTable.unitColumn
            code = unitLevels.cachedCode(word: word, length: length)
        case .group:
            column = PartialTable.groupColumn
            code = groupLevels.cachedCode(word: word, length: length)
        case let .variable(k):
            column = PartialTable.variableColumn(k)
            code = variableLevels[k].cachedCode(word: word, length: length)
        default: return false
        }
        guard let code else { return false }
        out.codes[column &* out.codeStride &+ row] = code
        return true
    }
}
