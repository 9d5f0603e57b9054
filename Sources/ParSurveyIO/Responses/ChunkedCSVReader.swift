import Dispatch
import Foundation
import ParSurveyModel

/// Reads a CSV batch a window at a time: header and encoding checks, then each window split
/// into one stretch per worker (`StretchParser`), parsed in parallel while the previous
/// window's rows are merged into the table in file order. The incomplete record at the end
/// of a window is carried over to the next.
struct ChunkedCSVReader {
    /// The input.
    let input: ChunkedInput
    /// The batch file (for errors).
    let file: String
    /// Window and worker settings.
    let tuning: BatchLoader.Tuning
    /// Bounds on the header's columns and names, and on records (see `ReaderLimits`).
    var limits = ReaderLimits.standard
    /// The field delimiter (known after `readHeader`).
    private(set) var delimiter = ASCII.comma
    /// File line where the window starts.
    private var line = 1
    /// Records longer than the record limit that streamed past (`streamLongRecord`).
    private(set) var streamedRecords = 0

    /// Bytes read per window: `tuning.chunkSize`, but a file a few windows long is cut into
    /// about 16 windows (of at least 512 KiB), so that parsing one overlaps merging the one
    /// before; a chunk size at least the file's size reads it as one window.
    let windowSize: Int

    /// A reader of `input`.
    init(input: ChunkedInput, file: String, tuning: BatchLoader.Tuning) {
        self.input = input
        self.file = file
        self.tuning = tuning
        let total = input.totalBytes ?? .max
        windowSize = tuning.chunkSize >= total ? tuning.chunkSize : min(tuning.chunkSize, max(512 << 10, total / 16))
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
            let limits = self.limits
            let scanned: Result<(names: [String], consumed: Int, line: Int, delimiter: UInt8)?, BatchError> = input.withWindow { w in
                if !eof && given == nil && !Self.headerLineEnds(w) { return .success(nil) }
                let delim = given ?? CSVScanner.detectDelimiter(w, start: 0)
                var scanner = CSVScanner(bytes: w, delimiter: delim)
                scanner.fieldLimit = limits.maxColumns + 1
                var spans: [FieldSpan] = []
                var flags: RecordFlags = []
                do throws(CSVScanner.UnterminatedQuote) {
                    guard try scanner.next(into: &spans, flags: &flags) != nil else { return .failure(.empty(file: file)) }
                } catch {
                    return eof
                        ? .failure(
                            .unterminatedQuote(
                                file: file, line: error.line, column: error.field,
                                value: Self.quotePreview(w, from: error.offset))) : .success(nil)
                }
                if RecordEnd.mayContinue(w, next: scanner.position, eof: eof) { return .success(nil) }
                if spans.count + scanner.droppedFields > limits.maxColumns {
                    return .failure(
                        .limitExceeded(file: file, line: 1, column: 0, message: limits.tooManyColumns(spans.count + scanner.droppedFields)))
                }
                var names: [String] = []
                for (i, s) in spans.enumerated() {
                    if s.end - s.start > limits.maxFieldBytes {
                        return .failure(
                            .limitExceeded(
                                file: file, line: 1, column: i + 1,
                                message: "header name " + limits.fieldTooLong(s.end - s.start).dropFirst(6)))
                    }
                    guard let name = String(validating: scanner.fieldBytes(s), as: UTF8.self) else {
                        return .failure(
                            .header(
                                file: file, column: i + 1, value: "?", message: .notUTF8))
                    }
                    names.append(TextKey.clean(name))
                }
                if !flags.isEmpty {
                    return .failure(.header(file: file, column: 0, value: "", message: .strayQuoteOrNUL))
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
                try fill(max(windowSize, input.count))
            }
        }
    }

    /// Reads the record at the window's start, known to be longer than the record limit, a
    /// window at a time with `LongRecordScan` (memory: a window, whatever the record's size),
    /// and merges its outcome — one row excluded or rejected, as `RowDecoder.decode` would
    /// record it — with the line it starts on. Throws the unterminated-quote error that the
    /// whole record in memory would give.
    private mutating func streamLongRecord(worker: inout RowDecoder, merge: (PartialTable, Int, Int) -> Void) throws(BatchError) {
        streamedRecords += 1
        var scan = LongRecordScan(
            delimiter: delimiter, maxFieldBytes: limits.maxFieldBytes,
            approvalColumn: worker.plan.approvalColumn, checkUTF8: worker.checkUTF8)
        while true {
            let eof = input.atEOF
            let outcome = input.withWindow { scan.feed($0, eof: eof) }
            switch outcome {
            case let .more(consumed):
                input.consume(consumed)
                try fill(windowSize)
            case let .ended(consumed):
                input.consume(consumed)
                worker.partial.clear()
                worker.decodeLongRecord(scan)
                var partial = worker.partial
                partial.levels = worker.levels
                merge(partial, 0, line)
                worker.partial.clear()
                line += scan.line - 1
                return
            case .unterminated:
                let open = scan.openQuote!
                throw .unterminatedQuote(file: file, line: line + open.line - 1, column: open.field, value: Self.quotePreview(open.head))
            }
        }
    }

    /// The start of a field whose quote (at `offset`) is never closed: up to its first line
    /// end, cut to 30 characters and `…` when longer.
    static func quotePreview(_ w: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        quotePreview(w[min(offset, w.count)...])
    }

    /// `quotePreview(_:from:)` of bytes starting at the quote (161 of them are enough).
    static func quotePreview<C: Collection<UInt8>>(_ rest: C) -> String {
        let firstLine = rest.prefix { !ASCII.isLineEnd($0) }
        let text = String(decoding: firstLine.prefix(160), as: UTF8.self)
        return text.count > 30 || firstLine.count > 160 ? String(text.prefix(30)) + "…" : text
    }

    /// Whether the window holds the end of the first line as `CSVScanner.detectDelimiter`
    /// sees it (a line break outside quotes), so the delimiter it picks is final.
    static func headerLineEnds(_ w: UnsafeBufferPointer<UInt8>) -> Bool { CSVScanner.scanFirstLine(w, start: 0) }

    /// Parses every record after the header with `workers` (one stretch each per window)
    /// and calls `merge(partial, worker, lineBase)` for each valid stretch in file order,
    /// `lineBase` being the file line of the stretch's line 1, then `windowDone`. A window's
    /// stretches are merged while the next window is being parsed. `parsed(rows, bytes)`
    /// tells, before a window is merged, how many rows it held in how many bytes.
    mutating func readRecords(
        workers: inout [RowDecoder], parsed: (Int, Int) -> Void,
        merge: (PartialTable, Int, Int) -> Void, windowDone: () -> Void,
        stop: () -> Bool = { false }
    ) throws(BatchError) {
        var more = windowSize
        var pending: [(partial: PartialTable, worker: Int, lineBase: Int)] = []
        var spares = [PartialTable?](repeating: nil, count: workers.count)
        func mergePending() {
            for (p, k, base) in pending {
                merge(p, k, base)
                var spare = p
                spare.clear()
                spares[k] = spare
            }
            if !pending.isEmpty { windowDone() }
            pending.removeAll()
        }
        while !stop() {
            try fill(more)
            if input.count == 0 && input.atEOF { break }
            let eof = input.atEOF
            let delim = delimiter
            let minBytes = tuning.minParallelBytes
            // Parse this window while the previous one is merged on this thread.
            let stretches = input.withWindow { w in
                let bounds = StretchParser.splitPoints(w, parts: workers.count, minBytes: minBytes)
                return StretchParser.parseStretches(
                    w, bounds: bounds, workers: &workers, delimiter: delim, eof: eof,
                    meanwhile: mergePending)
            }
            var lineBase = line
            var consumed = 0
            var rows = 0
            for k in stretches.indices {
                let s = stretches[k]
                if let e = s.unterminated {
                    let value = input.withWindow { Self.quotePreview($0, from: e.offset) }
                    throw .unterminatedQuote(file: file, line: lineBase + e.line - 1, column: e.field, value: value)
                }
                workers[k].partial.levels = workers[k].levels
                pending.append((workers[k].partial, k, lineBase))
                rows += workers[k].partial.rowCount
                workers[k].partial =
                    spares[k]
                    ?? PartialTable(
                        questions: workers[k].plan.questionnaire.questions.count,
                        variables: workers[k].plan.variableNames.count)
                spares[k] = nil
                lineBase += s.endLine - 1
                consumed = s.stop
                if !s.verified { break }
            }
            parsed(rows, consumed)
            input.consume(consumed)
            line = lineBase
            if eof && input.count == 0 { break }
            // A first record longer than the record limit, still going on: rejected whatever
            // it holds, so it streams past rather than growing the window to its size.
            if consumed == 0 && !eof && input.count > limits.maxRecordBytes {
                mergePending()
                try streamLongRecord(worker: &workers[0], merge: merge)
                windowDone()
                continue
            }
            // No complete record in the window: read more before trying again — twice as
            // much, but not past one byte over the record limit, where the record streams.
            more = consumed == 0 ? max(windowSize, min(input.count, limits.maxRecordBytes + 1 - input.count)) : windowSize
        }
        mergePending()
    }
}
