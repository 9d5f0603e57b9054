import Foundation
import Testing
@testable import ParSurvey

/// The field and record limits, and the repeated-header check, give the same rejects
/// whatever the window size, the worker count, or whether the one-pass path is on.
@Suite struct LimitsAcrossWindowsTests {
    typealias C = MalformedCorpus

    static var tunings: [BatchLoader.Tuning] {
        var general = BatchLoader.Tuning.sequential
        general.onePass = false
        return [
            .sequential, general, BatchLoader.Tuning(chunkSize: 5, workers: 2, minParallelBytes: 0),
            BatchLoader.Tuning(chunkSize: 7, workers: 3, minParallelBytes: 0),
            BatchLoader.Tuning(chunkSize: 64, workers: 2, minParallelBytes: 0),
        ]
    }

    @Test(arguments: tunings)
    func limitsAndRepeatedHeaderDoNotDependOnTheWindows(_ tuning: BatchLoader.Tuning) throws {
        // Limits: 8-byte fields, 22-byte records.
        // line 2 `T1,An Lão,5,5,5` + LF: 17 bytes, fields ≤ 7 bytes: accepted;
        // line 3: `Tây Sơn` is 9 bytes (`â`, `ơ` are 2 each): field 2 too long;
        // line 4: the header again (20 bytes + LF = 21, within the record limit);
        // line 5: `T3,An Lão,5,5,5` + 6 spaces + LF = 23 bytes; its longest field `5` + 6 spaces
        // is 7 bytes: the record is too long (a one-pass row, were it not for the limit);
        // line 6 accepted.
        let text =
            "id,district,q1,q2,q3\nT1,An Lão,5,5,5\nT2,Tây Sơn,5,5,5\nid,district,q1,q2,q3\n"
            + "T3,An Lão,5,5,5      \nT4,An Lão,4,4,4\n"
        let p = C.temporary("limits-windows.csv", Array(text.utf8))
        var l = C.loader()
        l.limits = ReaderLimits(maxFieldBytes: 8, maxRecordBytes: 22)
        l.tuning = tuning
        try l.load(path: p)
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3:2: field is 9 bytes, longer than the limit of 8 bytes (column 'district', value 'Tây Sơn…')",
                "\(p):4: the header line is repeated as a data row (two exports pasted together?)",
                "\(p):5: row is 23 bytes, longer than the limit of 22 bytes",
            ])
        #expect(l.table.ids == ["T1", "T4"])
        #expect(l.table.origins.map(\.line) == [2, 6])
        #expect(C.counts(l) == [[5, 2, 3]])
    }
}
