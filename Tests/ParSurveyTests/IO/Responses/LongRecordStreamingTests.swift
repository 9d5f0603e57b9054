import Foundation
import Testing
@testable import ParSurvey

/// A record longer than the record limit streams past (`LongRecordScan`) when it does not fit
/// in a window, instead of growing the window to its size; read as one whole window, the same
/// file takes the ordinary path (`CSVScanner` + `RowDecoder.decode`). Both must give the same
/// rows, rejects (line, column, value, reason), exclusions, bad-UTF-8 verdict and
/// unterminated-quote error — checked on generated hostile records.
@Suite struct LongRecordStreamingTests {
    typealias C = MalformedCorpus

    /// The project's generator (a fixed sequence on every platform), with a bounded draw.
    struct Generator {
        var rng: Xoshiro256StarStar
        init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }
        mutating func below(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    }

    /// A field: plain text (codes, Vietnamese, a stray quote, NUL, a bad or cut UTF-8 byte),
    /// or quoted text with `""`, delimiters and every kind of line break inside, sometimes
    /// with text after the closing quote.
    static func field(_ g: inout Generator) -> [UInt8] {
        let plain: [[UInt8]] = [Array("4".utf8), Array("An Lão".utf8), Array("ơ".utf8), [0x61], Array("approved".utf8), Array("5".utf8)]
        let rare: [[UInt8]] = [[0x22], [0], [0xFF], [0xC3]]  // stray quote, NUL, bad byte, cut sequence
        let inQuotes: [[UInt8]] = plain + [[0x22, 0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A]]
        func part(_ list: [[UInt8]]) -> [UInt8] {
            g.below(50) == 0 ? rare[g.below(rare.count)] : list[g.below(list.count)]
        }
        var out: [UInt8] = []
        let parts = g.below(12)
        if g.below(3) == 0 {
            out.append(0x22)
            for _ in 0..<parts { out += part(inQuotes) }
            out.append(0x22)
            if g.below(8) == 0 { out += Array("x".utf8) }
        } else {
            for _ in 0..<parts { out += part(plain) }
        }
        return out
    }

    /// A file: header (with an ODK `ReviewState` column), then records of 5–7 fields — some
    /// long, some short — ending in LF, CRLF or CR (the last maybe with none).
    static func file(seed: UInt64) -> [UInt8] {
        var g = Generator(seed: seed)
        var out = Array("id,district,q1,q2,q3,ReviewState\n".utf8)
        let records = 3 + g.below(6)
        for r in 0..<records {
            if g.below(3) == 0 {
                out += Array("R\(r),An Lão,4,5,4,approved".utf8)
            } else {
                let n = 5 + g.below(3)
                for f in 0..<n {
                    if f > 0 { out.append(0x2C) }
                    out += field(&g)
                }
            }
            switch g.below(4) {
            case 0: out += [0x0D, 0x0A]
            case 1: out.append(0x0D)
            case 2 where r == records - 1: break
            default: out.append(0x0A)
            }
        }
        return out
    }

    /// What a read gave: rows, rejects, accounts — or the error; and how many records streamed.
    static func outcome(_ path: String, tuning: BatchLoader.Tuning, approvedOnly: Bool) -> (String, Int) {
        var l = BatchLoader(
            questionnaire: C.mini, mapping: ColumnMapping(id: "id", unit: "district"), units: C.units,
            options: BatchReadOptions(approvedOnly: approvedOnly))
        l.limits = ReaderLimits(maxFieldBytes: 12, maxRecordBytes: 40)
        l.tuning = tuning
        do {
            try l.load(path: path)
        } catch {
            return ("error: \(error)", l.streamedRecords)
        }
        let a = l.accounts.map { "\($0.read)/\($0.accepted)/\($0.rejected)/\($0.excluded)" }
        return (
            "ids \(l.table.ids) lines \(l.table.origins.map(\.line)) accounts \(a) rejects \(l.rejects.map(\.message))", l.streamedRecords
        )
    }

    static let tunings = [
        BatchLoader.Tuning(chunkSize: 3, workers: 1, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 5, workers: 2, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 11, workers: 3, minParallelBytes: 0),
    ]

    @Test(arguments: [false, true])
    func streamedRecordsMatchTheWholeRead(approvedOnly: Bool) throws {
        var streamed = 0
        var errors = 0
        for seed in UInt64(1)...300 {
            let bytes = Self.file(seed: seed)
            let p = C.temporary("long-\(approvedOnly)-\(seed).csv", bytes)
            let (whole, none) = Self.outcome(p, tuning: .sequential, approvedOnly: approvedOnly)
            #expect(none == 0)  // one window: the ordinary path
            for t in Self.tunings {
                let (windowed, n) = Self.outcome(p, tuning: t, approvedOnly: approvedOnly)
                #expect(windowed == whole, "seed \(seed), windows of \(t.chunkSize), \(t.workers) workers")
                streamed += n
            }
            if whole.hasPrefix("error") { errors += 1 }
        }
        // Long records, with 3–11-byte windows, do stream; some files end in an open quote or
        // are not UTF-8 (errors), most are read.
        #expect(streamed > 300 && errors > 10 && errors < 150, "\(streamed) streamed, \(errors) errors")
    }

    /// By hand: a 62-byte record (limit 40) with an over-long field, a quoted line break and
    /// a CRLF, between two good rows; and a quote that never closes.
    @Test func aLongRecordIsRejectedOnItsLineAndTheNextLinesCount() throws {
        let text =
            "id,district,q1,q2,q3,ReviewState\nA1,An Lão,4,5,4,approved\n"
            + "A2,\"An Lão\nAn Lão\",44444444444444444444444444,5,4,approved\r\nA3,An Lão,4,4,4,approved\n"
        let p = C.temporary("long-by-hand.csv", Array(text.utf8))
        for t in Self.tunings + [.sequential] {
            var l = BatchLoader(questionnaire: C.mini, mapping: ColumnMapping(id: "id", unit: "district"), units: C.units)
            l.limits = ReaderLimits(maxFieldBytes: 12, maxRecordBytes: 40)
            l.tuning = t
            try l.load(path: p)
            // Field 2 (`An Lão\nAn Lão`, 15 bytes) is the first over 12 bytes; the record spans
            // lines 3–4, so A3 is on line 5.
            #expect(
                l.rejects.map(\.message) == [
                    "\(p):3:2: field is 15 bytes, longer than the limit of 12 bytes (column 'district', value 'An Lão\nAn Lão…')"
                ])
            #expect(l.table.ids == ["A1", "A3"] && l.table.origins.map(\.line) == [2, 5])
        }
        let open = "id,district,q1,q2,q3,ReviewState\nA1,An Lão,4,5,4,approved\nA2,\"" + String(repeating: "never closed ", count: 8) + "\n"
        let q = C.temporary("long-unterminated.csv", Array(open.utf8))
        for t in Self.tunings + [.sequential] {
            var l = BatchLoader(questionnaire: C.mini, mapping: ColumnMapping(id: "id", unit: "district"), units: C.units)
            l.limits = ReaderLimits(maxFieldBytes: 12, maxRecordBytes: 40)
            l.tuning = t
            #expect(throws: BatchError.unterminatedQuote(file: q, line: 3, column: 2, value: "\"never closed never closed nev…")) {
                try l.load(path: q)
            }
        }
    }

    /// Memory: a 6 MB record (limit 1 MiB) read in 64 KiB windows never makes the window
    /// grow past the record limit and a window (before, it grew to hold the whole record).
    @Test func aHugeRecordDoesNotGrowTheWindow() throws {
        let big = "A2,An Lão," + String(repeating: "4", count: 6 << 20) + ",5,4,approved\n"
        let text = "id,district,q1,q2,q3,ReviewState\nA1,An Lão,4,5,4,approved\n" + big + "A3,An Lão,4,4,4,approved\n"
        let p = C.temporary("long-6mb.csv", Array(text.utf8))
        var l = BatchLoader(questionnaire: C.mini, mapping: ColumnMapping(id: "id", unit: "district"), units: C.units)
        l.tuning = BatchLoader.Tuning(chunkSize: 64 << 10, workers: 2, minParallelBytes: 0)
        try l.load(path: p)
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3:3: field is 6,291,456 bytes, longer than the limit of 131,072 bytes (column 'q1', value '\(String(repeating: "4", count: 77))…')"
            ])
        #expect(l.table.ids == ["A1", "A3"])
        #expect(l.largestWindowBytes <= (1 << 20) + 2 * (64 << 10))
    }

    /// The streamed UTF-8 check ends lines where `TextDecoding.check` and the CSV scanner do
    /// (LF, CRLF, a lone CR): two bad bytes on two CR-ended lines are two bad lines, one bad
    /// line however many bad bytes it holds. (It used to read on to the next LF, counting
    /// one line here and, across stretches, one line twice.)
    @Test func badUTF8LinesEndAtCRToo() {
        let cases: [([UInt8], Int)] = [
            ([0x61, 0xFF, 0x62, 0x0D, 0x63, 0xFF, 0x64, 0x0D], 2),  // a\xFFb CR c\xFFd CR
            ([0x61, 0xFF, 0xFF, 0x0D, 0x0A, 0x63, 0x0A], 1),  // two bad bytes, one line (CRLF)
            ([0xC3, 0x0D, 0xA9, 0x0A], 2),  // a sequence cut by CR: both lines bad
            ([0xC3, 0xA9, 0x0D, 0xE1, 0xBB, 0x9D, 0x0A], 0),  // é CR ờ LF: valid
        ]
        for (bytes, expected) in cases {
            let n = bytes.withUnsafeBufferPointer { UTF8Check.badLines($0, from: 0, to: $0.count, upTo: 5) }
            #expect(n == expected, "\(bytes)")
            #expect(TextDecoding.check(bytes)?.lines ?? 0 == expected, "whole-file check \(bytes)")
        }
    }
}
