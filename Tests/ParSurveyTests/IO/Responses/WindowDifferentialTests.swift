import Foundation
import Testing
@testable import ParSurvey

/// The fuzz target's differential check (`Fuzz/Sources/FuzzCSV/main.swift`) on the inputs
/// that once failed it: under small limits (16-byte fields, 48-byte records, so long records
/// stream past `LongRecordScan`), windows of a few bytes on several workers must give exactly
/// what one window on one thread gives — ids, lines, rejects, accounts, or the error. No
/// `try?`: the outcome (rows or error) is compared as a whole.
@Suite struct WindowDifferentialTests {
    static let sipas = try! Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))

    /// One read of `bytes` as the fuzz target reads them: the outcome as text, and how many
    /// records streamed past.
    static func outcome(_ bytes: [UInt8], tuning: BatchLoader.Tuning) -> (text: String, streamed: Int) {
        var l = BatchLoader(questionnaire: sipas, mapping: ColumnMapping(id: "id", unit: "district"), units: ["Tây Sơn", "An Lão"])
        l.limits = ReaderLimits(maxFieldBytes: 16, maxRecordBytes: 48)
        l.tuning = tuning
        var text: String
        do {
            try l.loadCSV(bytes: bytes, file: "a.csv")
            text =
                "ids \(l.table.ids) lines \(l.table.origins.map(\.line)) rejects \(l.rejects.map(\.message)) "
                + l.accounts.map { "\($0.read)/\($0.accepted)/\($0.rejected)/\($0.excluded)" }.joined(separator: ",")
        } catch {
            text = "error \(error)"
        }
        for a in l.accounts { #expect(a.read == a.accepted + a.rejected + a.excluded) }
        #expect(l.table.rowCount == l.accounts.reduce(0) { $0 + $1.accepted })
        return (text, l.streamedRecords)
    }

    static let tunings: [BatchLoader.Tuning] = [
        BatchLoader.Tuning(chunkSize: 7, workers: 2, minParallelBytes: 0),  // the fuzz target's
        BatchLoader.Tuning(chunkSize: 1, workers: 1, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 3, workers: 2, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 5, workers: 3, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 13, workers: 2, minParallelBytes: 0),
        BatchLoader.Tuning(chunkSize: 64, workers: 2, minParallelBytes: 0),
    ]

    static func regression(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: TestPaths.fixture("fuzz-regressions/csv/" + name)) ?? Data())
    }

    /// The 771-byte input the CSV fuzz target found after 179,776 executions
    /// (`csv-windows-differ.bin`): `;`-separated rows, runs of `"`, `0xFF` bytes, the header
    /// repeated.
    @Test(arguments: tunings)
    func theFuzzFindingReadsTheSameInAnyWindows(_ tuning: BatchLoader.Tuning) {
        let bytes = Self.regression("windows-differ-long-record.csv")
        #expect(bytes.count == 771)
        let whole = Self.outcome(bytes, tuning: .sequential)
        #expect(whole.streamed == 0)  // one window: the ordinary path
        let windowed = Self.outcome(bytes, tuning: tuning)
        #expect(windowed.text == whole.text, "windows of \(tuning.chunkSize) on \(tuning.workers)")
        if tuning.chunkSize < 48 { #expect(windowed.streamed > 0) }  // the long records did stream
    }

    /// The same input cut down by hand to what matters: the SIPAS header, then one record of
    /// 63 bytes (over the 48-byte limit) that is an empty quoted field followed by stray
    /// text, `""` + 60 × `x` + LF. It is not a blank line: read whole or in windows it is
    /// one record read and rejected (1 field, the header has 27).
    @Test(arguments: tunings)
    func theMinimisedFindingIsOneRejectedRecordInAnyWindows(_ tuning: BatchLoader.Tuning) {
        let bytes = Self.regression("windows-differ-minimised.csv")
        #expect(bytes.count == 179)
        let expected = #"ids [] lines [] rejects ["a.csv:2: row has 1 field, the header has 27"] 1/0/1/0"#
        #expect(Self.outcome(bytes, tuning: .sequential).text == expected)
        let windowed = Self.outcome(bytes, tuning: tuning)
        #expect(windowed.text == expected, "windows of \(tuning.chunkSize) on \(tuning.workers)")
        if tuning.chunkSize < 48 { #expect(windowed.streamed == 1) }
    }

    /// By hand (mini questionnaire, 5 columns, ordinary limits): only an empty line is blank.
    /// `""x` (an empty quoted field, then text) and `""` (an empty quoted field) are records
    /// of one field, each rejected on its line; before, both were counted as blank lines and
    /// vanished from the accounts.
    @Test(arguments: LimitsAcrossWindowsTests.tunings)
    func onlyAnEmptyLineIsBlank(_ tuning: BatchLoader.Tuning) throws {
        let text = "id,district,q1,q2,q3\nT1,An Lão,5,5,5\n\"\"x\n\n\"\"\r\nT4,An Lão,4,4,4\n"
        let p = MalformedCorpus.temporary("blank-or-not.csv", Array(text.utf8))
        var l = MalformedCorpus.loader()
        l.tuning = tuning
        try l.load(path: p)
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3: row has 1 field, the header has 5",
                "\(p):5: row has 1 field, the header has 5",
            ])
        #expect(l.table.ids == ["T1", "T4"] && l.table.origins.map(\.line) == [2, 6])
        #expect(MalformedCorpus.counts(l) == [[4, 2, 2]])
        #expect(l.accounts.map(\.blankLines) == [1])
    }
}
