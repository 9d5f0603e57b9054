import Dispatch
import Foundation
import ParSurveyStatistics

/// Splits a window into one stretch per worker and parses the stretches in parallel.
///
/// A split point is only a guess (the newline there may lie inside a quoted field): the
/// worker before it checks that its last record ended exactly there. If it did not, that
/// worker goes on to the end of the window itself and the later stretches are thrown away,
/// so the outcome is always that of one sequential pass.
package enum StretchParser {
    /// How a worker's stretch ended.
    package struct Stretch {
        /// Byte offset (in the window) where parsing stopped.
        package var stop = 0
        /// The stretch's relative line where parsing stopped (1 = its first line).
        package var endLine = 1
        /// The stretch ended exactly at the next stretch's start, which is thereby a record start.
        package var verified = false
        /// A quote opened and never closed (only at the end of the input).
        var unterminated: CSVScanner.UnterminatedQuote?
    }

    /// Stretch starts: 0, then just after a newline near each k/parts of the window.
    package static func splitPoints(_ w: UnsafeBufferPointer<UInt8>, parts: Int, minBytes: Int) -> [Int] {
        var bounds = [0]
        let n = w.count
        guard parts > 1, n >= max(minBytes, 2) else { return bounds }
        for k in 1..<parts {
            let from = max(k * n / parts, bounds.last!)
            guard from < n, let p = memchr(w.baseAddress! + from, Int32(ASCII.lf), n - from) else { break }
            let b = w.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
            if b >= n { break }
            if b > bounds.last! { bounds.append(b) }
        }
        return bounds
    }

    /// Parses the stretches starting at `bounds` in parallel (worker k takes stretch k),
    /// running `meanwhile` on the calling thread.
    package static func parseStretches(
        _ w: UnsafeBufferPointer<UInt8>, bounds: [Int], workers: inout [RowDecoder],
        delimiter: UInt8, eof: Bool, meanwhile: () -> Void
    ) -> [Stretch] {
        let parts = bounds.count
        var out = [Stretch](repeating: Stretch(), count: parts)
        workers.withUnsafeMutableBufferPointer { wb in
            out.withUnsafeMutableBufferPointer { ob in
                let shared = UncheckedSendable(value: (wb, ob, w))
                let done = DispatchGroup()
                DispatchQueue.global().async(group: done) {
                    DispatchQueue.concurrentPerform(iterations: parts) { k in
                        let (wb, ob, w) = shared.value
                        ob[k] = parse(
                            &wb[k], w, delimiter: delimiter, from: bounds[k],
                            stopAt: k + 1 < parts ? bounds[k + 1] : nil, eof: eof, guessed: k > 0)
                    }
                }
                meanwhile()
                done.wait()
            }
        }
        return out
    }

    /// Parses records from `from` into the worker's partial table until the record start
    /// `stopAt` (verified), or to the end of the window (leaving an incomplete last record
    /// unless at the end of the input).
    ///
    /// A stretch whose start is `guessed` (not known to be a record start) is not parsed at
    /// all unless its first record has the header's number of fields: a guess that fell
    /// inside a quoted field would otherwise turn the field's lines into rejects, all thrown
    /// away (a 10 MB quoted field once cost 2 s and 400 MB so). The stretch before it then
    /// ends at the guess and the next window starts there, so the result is the same.
    package static func parse(
        _ worker: inout RowDecoder, _ w: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
        from: Int, stopAt: Int?, eof: Bool, guessed: Bool = false
    ) -> Stretch {
        worker.partial.clear()
        if guessed && !firstRecordFits(&worker, w, delimiter: delimiter, from: from) { return Stretch(stop: from) }
        let s = parseRecords(&worker, w, delimiter: delimiter, from: from, stopAt: stopAt, eof: eof)
        if worker.checkUTF8 && s.stop > from { worker.partial.badUTF8Lines = UTF8Check.badLines(w, from: from, to: s.stop, upTo: 2) }
        return s
    }

    /// Whether the record at `from` is complete in the window and has the header's number of
    /// fields.
    static func firstRecordFits(_ worker: inout RowDecoder, _ w: UnsafeBufferPointer<UInt8>, delimiter: UInt8, from: Int) -> Bool {
        var scanner = CSVScanner(bytes: w, delimiter: delimiter, start: from, line: 1)
        var flags: RecordFlags = []
        do throws(CSVScanner.UnterminatedQuote) {
            guard try scanner.next(into: &worker.spans, flags: &flags) != nil else { return false }
        } catch {
            return false
        }
        return worker.spans.count == worker.plan.names.count
    }

    private static func parseRecords(
        _ worker: inout RowDecoder, _ w: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
        from: Int, stopAt: Int?, eof: Bool
    ) -> Stretch {
        let tokenizer = CSVTokenizer(delimiter: delimiter)
        let expected = worker.plan.names.count
        var stopAt = stopAt
        var flags: RecordFlags = []
        let n = w.count
        var position = from
        var line = 1
        while true {
            if let s = stopAt {
                if position == s { return Stretch(stop: s, endLine: line, verified: true) }
                if position > s { stopAt = nil }  // the guess split a quoted field: go on alone
            }
            if position >= n { return Stretch(stop: n, endLine: line) }
            // Plain valid rows in one pass; the first other record takes the general path.
            let run =
                worker.onePass
                ? worker.decodeOnePass(w, from: position, line: line, until: stopAt ?? n, eof: eof, tokenizer: tokenizer)
                : RowDecoder.OnePassRun(position: position, line: line)
            if run.position != position {
                position = run.position
                line = run.line
                continue
            }
            let recordLine = line
            let spans: UnsafeBufferPointer<FieldSpan>
            let next: Int
            let room = worker.spanRoom(expected + 1)
            if let r = tokenizer.plainRecord(w, from: position, spans: room, room: expected + 1) {
                // A record reaching the window's end may go on in the next chunk (even a
                // final CR may be half of a CRLF) unless it ended with LF.
                if RecordEnd.mayContinue(w, next: r.next, eof: eof) { return Stretch(stop: position, endLine: line) }
                spans = UnsafeBufferPointer(start: room, count: r.fields)
                next = r.next
                flags = []
                if r.brokeLine { line += 1 }
                worker.plainRecords += 1
            } else {
                var scanner = CSVScanner(bytes: w, delimiter: delimiter, start: position, line: line)
                do throws(CSVScanner.UnterminatedQuote) {
                    _ = try scanner.next(into: &worker.spans, flags: &flags)
                } catch {
                    if eof { return Stretch(stop: position, endLine: line, unterminated: error) }
                    return Stretch(stop: position, endLine: line)
                }
                if RecordEnd.mayContinue(w, next: scanner.position, eof: eof) { return Stretch(stop: position, endLine: line) }
                let room = worker.spanRoom(worker.spans.count)
                for (k, s) in worker.spans.enumerated() { room[k] = s }
                spans = UnsafeBufferPointer(start: room, count: worker.spans.count)
                next = scanner.position
                line = scanner.line
            }
            let recordBytes = next - position
            let recordStart = position
            position = next
            // A blank line is an empty line: its one field is empty and starts where the
            // record does. A quoted empty field (`""`, maybe with text after it) starts a byte
            // later and is a record like any other, read, then accepted or rejected — as
            // `LongRecordScan` counts it when such a record streams past.
            if spans.count == 1 && spans[0].start == recordStart && spans[0].end == recordStart {
                worker.partial.blankLines += 1
                continue
            }
            worker.partial.read += 1
            worker.decode(w, spans: spans, flags: flags, line: recordLine, recordBytes: recordBytes)
        }
    }
}
