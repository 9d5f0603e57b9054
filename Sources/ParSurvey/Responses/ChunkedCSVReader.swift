import Dispatch
import Foundation

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
    /// The field delimiter (known after `readHeader`).
    private(set) var delimiter: UInt8 = 0x2C
    /// File line where the window starts.
    private var line = 1

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
                try fill(max(windowSize, input.count))
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
    /// and calls `merge(partial, worker, lineBase)` for each valid stretch in file order,
    /// `lineBase` being the file line of the stretch's line 1, then `windowDone`. A window's
    /// stretches are merged while the next window is being parsed. `parsed(rows, bytes)`
    /// tells, before a window is merged, how many rows it held in how many bytes.
    mutating func readRecords(workers: inout [RowDecoder], parsed: (Int, Int) -> Void,
                              merge: (PartialTable, Int, Int) -> Void, windowDone: () -> Void,
                              stop: () -> Bool = { false }) throws(BatchError) {
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
                return StretchParser.parseStretches(w, bounds: bounds, workers: &workers, delimiter: delim, eof: eof,
                                                    meanwhile: mergePending)
            }
            var lineBase = line
            var consumed = 0
            var rows = 0
            for k in stretches.indices {
                let s = stretches[k]
                if let e = s.unterminated {
                    throw .unterminatedQuote(file: file, line: lineBase + e.line - 1, column: e.field)
                }
                workers[k].partial.levels = workers[k].levels
                pending.append((workers[k].partial, k, lineBase))
                rows += workers[k].partial.rowCount
                workers[k].partial = spares[k] ?? PartialTable(questions: workers[k].plan.questionnaire.questions.count,
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
            // No complete record in the window: read more before trying again.
            more = consumed == 0 ? max(windowSize, input.count) : windowSize
        }
        mergePending()
    }
}
