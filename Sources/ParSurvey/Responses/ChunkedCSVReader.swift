import Dispatch
import Foundation

/// Reads a CSV batch a window at a time and hands each stretch of records to a worker.
///
/// Each window is split at newlines into one stretch per worker; the stretches are parsed in
/// parallel, each from its own line 1. A split point is only a guess (the newline may lie
/// inside a quoted field): the worker before it checks that its last record ended exactly
/// there. If it did not, that worker goes on to the end of the window itself and the later
/// stretches are thrown away, so the outcome is always that of one sequential pass. Rows
/// are merged in file order; the incomplete record at the end of a window is carried over.
struct ChunkedCSVReader {
    /// How a worker's stretch ended.
    struct Stretch {
        /// Byte offset (in the window) where parsing stopped.
        var stop = 0
        /// The stretch's relative line where parsing stopped (1 = its first line).
        var endLine = 1
        /// The stretch ended exactly at the next stretch's start, which is thereby a record start.
        var verified = false
        /// A quote opened and never closed (only at the end of the input).
        var unterminated: CSVScanner.UnterminatedQuote?
    }

    /// The input.
    let input: ChunkedInput
    /// The batch file (for errors).
    let file: String
    /// Window and worker settings.
    let tuning: BatchLoader.Tuning
    /// The field delimiter (known after `readHeader`).
    private(set) var delimiter: UInt8 = 0x2C
    /// File line where the window starts.
    private var line = 1

    /// A reader of `input`.
    init(input: ChunkedInput, file: String, tuning: BatchLoader.Tuning) {
        self.input = input
        self.file = file
        self.tuning = tuning
    }

    private func fill(_ more: Int) throws(BatchError) {
        do { try input.fill(more) } catch { throw .unreadable(file: file, reason: error.reason) }
    }

    /// Checks the encoding, skips a BOM, picks the delimiter (unless given) and returns the
    /// header's names (NFC, trimmed); the window then starts at the first record.
    mutating func readHeader(delimiter given: UInt8?) throws(BatchError) -> [String] {
        while input.count < 67 && !input.atEOF { try fill(67 - input.count) }
        let start = try BatchLoader.contentStart(input.withWindow { Array($0) }, file: file)
        input.consume(start)
        while true {
            let eof = input.atEOF
            let file = self.file
            let scanned: Result<(names: [String], consumed: Int, line: Int, delimiter: UInt8)?, BatchError> = input.withWindow { w in
                if !eof && given == nil && !Self.headerLineEnds(w) { return .success(nil) }
                let delim = given ?? CSVScanner.detectDelimiter(w, start: 0)
                var scanner = CSVScanner(bytes: w, delimiter: delim)
                var spans: [FieldSpan] = []
                var flags: RecordFlags = []
                do throws(CSVScanner.UnterminatedQuote) {
                    guard try scanner.next(into: &spans, flags: &flags) != nil else { return .failure(.empty(file: file)) }
                } catch {
                    return eof ? .failure(.unterminatedQuote(file: file, line: error.line, column: error.field)) : .success(nil)
                }
                if !eof && scanner.position == w.count && w[w.count - 1] != 0x0A { return .success(nil) }
                var names: [String] = []
                for (i, s) in spans.enumerated() {
                    guard let name = String(validating: scanner.fieldBytes(s), as: UTF8.self) else {
                        return .failure(.header(file: file, column: i + 1, value: "?", message: "header is not valid UTF-8 (save the file as CSV UTF-8)"))
                    }
                    names.append(TextKey.clean(name))
                }
                if !flags.isEmpty {
                    return .failure(.header(file: file, column: 0, value: "", message: "header line has a stray quote or NUL byte"))
                }
                return .success((names, scanner.position, scanner.line, delim))
            }
            switch scanned {
            case let .failure(e): throw e
            case let .success(header?):
                input.consume(header.consumed)
                line = header.line
                delimiter = header.delimiter
                return header.names
            case .success(nil):
                try fill(max(tuning.chunkSize, input.count))
            }
        }
    }

    /// Whether the window holds the end of the first line as `CSVScanner.detectDelimiter`
    /// sees it (a line break outside quotes), so the delimiter it picks is final.
    static func headerLineEnds(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var inQuotes = false
        for b in w {
            if b == 0x22 { inQuotes.toggle() } else if !inQuotes && (b == 0x0A || b == 0x0D) { return true }
        }
        return false
    }

    /// Parses every record after the header with `workers` (one stretch each per window)
    /// and calls `merge(worker, lineBase)` for each valid stretch in file order, `lineBase`
    /// being the file line of the stretch's line 1; `windowDone` after each window.
    mutating func readRecords(workers: inout [RowDecoder], merge: (inout RowDecoder, Int) -> Void,
                              windowDone: () -> Void) throws(BatchError) {
        var more = tuning.chunkSize
        while true {
            try fill(more)
            if input.count == 0 && input.atEOF { return }
            let eof = input.atEOF
            let delim = delimiter
            let bounds = input.withWindow { w in Self.splitPoints(w, parts: workers.count, minBytes: tuning.minParallelBytes) }
            let stretches = input.withWindow { w in Self.parseStretches(w, bounds: bounds, workers: &workers, delimiter: delim, eof: eof) }
            var lineBase = line
            var consumed = 0
            for k in stretches.indices {
                let s = stretches[k]
                if let e = s.unterminated {
                    throw .unterminatedQuote(file: file, line: lineBase + e.line - 1, column: e.field)
                }
                merge(&workers[k], lineBase)
                lineBase += s.endLine - 1
                consumed = s.stop
                if !s.verified { break }
            }
            input.consume(consumed)
            line = lineBase
            windowDone()
            if eof && input.count == 0 { return }
            // No complete record in the window: read more before trying again.
            more = consumed == 0 ? max(tuning.chunkSize, input.count) : tuning.chunkSize
        }
    }

    /// Stretch starts: 0, then just after a newline near each k/parts of the window.
    static func splitPoints(_ w: UnsafeBufferPointer<UInt8>, parts: Int, minBytes: Int) -> [Int] {
        var bounds = [0]
        let n = w.count
        guard parts > 1, n >= max(minBytes, 2) else { return bounds }
        for k in 1..<parts {
            let from = max(k * n / parts, bounds.last!)
            guard from < n, let p = memchr(w.baseAddress! + from, 0x0A, n - from) else { break }
            let b = w.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
            if b >= n { break }
            if b > bounds.last! { bounds.append(b) }
        }
        return bounds
    }

    /// Parses the stretches starting at `bounds` in parallel (worker k takes stretch k).
    static func parseStretches(_ w: UnsafeBufferPointer<UInt8>, bounds: [Int], workers: inout [RowDecoder],
                               delimiter: UInt8, eof: Bool) -> [Stretch] {
        let parts = bounds.count
        var out = [Stretch](repeating: Stretch(), count: parts)
        if parts == 1 {
            out[0] = parse(&workers[0], w, delimiter: delimiter, from: 0, stopAt: nil, eof: eof)
            return out
        }
        workers.withUnsafeMutableBufferPointer { wb in
            out.withUnsafeMutableBufferPointer { ob in
                let shared = UncheckedSendable(value: (wb, ob, w))
                DispatchQueue.concurrentPerform(iterations: parts) { k in
                    let (wb, ob, w) = shared.value
                    ob[k] = parse(&wb[k], w, delimiter: delimiter, from: bounds[k],
                                  stopAt: k + 1 < parts ? bounds[k + 1] : nil, eof: eof)
                }
            }
        }
        return out
    }

    /// Parses records from `from` into the worker's partial table until the record start
    /// `stopAt` (verified), or to the end of the window (leaving an incomplete last record
    /// unless at the end of the input).
    static func parse(_ worker: inout RowDecoder, _ w: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                      from: Int, stopAt: Int?, eof: Bool) -> Stretch {
        worker.partial.clear()
        var scanner = CSVScanner(bytes: w, delimiter: delimiter, start: from)
        var stopAt = stopAt
        var flags: RecordFlags = []
        let n = w.count
        while true {
            let recordStart = scanner.position, recordLine = scanner.line
            if let s = stopAt {
                if recordStart == s { return Stretch(stop: s, endLine: recordLine, verified: true) }
                if recordStart > s { stopAt = nil }  // the guess split a quoted field: go on alone
            }
            if recordStart >= n { return Stretch(stop: n, endLine: recordLine) }
            let got: Int?
            do throws(CSVScanner.UnterminatedQuote) {
                got = try scanner.next(into: &worker.spans, flags: &flags)
            } catch {
                if eof { return Stretch(stop: recordStart, endLine: recordLine, unterminated: error) }
                return Stretch(stop: recordStart, endLine: recordLine)
            }
            guard let line = got else { return Stretch(stop: n, endLine: recordLine) }
            // A record reaching the window's end may go on in the next chunk (even a final CR
            // may be half of a CRLF) unless it ended with LF.
            if !eof && scanner.position == n && w[n - 1] != 0x0A { return Stretch(stop: recordStart, endLine: recordLine) }
            let spans = worker.spans
            if spans.count == 1 && spans[0].start == spans[0].end {
                worker.partial.blankLines += 1
                continue
            }
            worker.partial.read += 1
            worker.decode(w, spans: spans, flags: flags, line: line)
        }
    }
}

/// A value handed to parallel workers that each touch a disjoint part of it.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}
