import Foundation
import Testing
@testable import ParSurvey

/// Plain CSV batches stream through the chunked reader; bytes that are not UTF-8 must still
/// end as main's `TextDecoding` rules say: one damaged line is a row reject, damage on two
/// lines (here in different windows) is an encoding error for the whole file.
@Suite struct StreamingEncodingTests {
    static let q = TestPaths.repo("Questionnaires/sipas-citizen.json")

    /// batch-utf8.csv (header + 12 rows) with 0xFF appended to the id on the given file lines.
    static func damaged(lines: Set<Int>) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("formats/encodings/batch-utf8.csv"))))
        var out: [UInt8] = []
        var line = 1
        var atStart = true
        for b in bytes {
            // the id is the first field: put the bad byte just before the first comma of the line
            if b == 0x2C && atStart && lines.contains(line) { out.append(0xFF) }
            if b == 0x2C { atStart = false }
            out.append(b)
            if b == 0x0A {
                line += 1
                atStart = true
            }
        }
        let p = TestPaths.temporaryFolder() + "/damaged.csv"
        _ = FileManager.default.createFile(atPath: p, contents: Data(out))
        return p
    }

    @Test func oneDamagedLineIsARowReject() throws {
        let questionnaire = try Questionnaire.load(path: Self.q)
        var loader = BatchLoader(questionnaire: questionnaire, mapping: ColumnMapping(id: "id", unit: "district"))
        loader.tuning = BatchLoader.Tuning(chunkSize: 256, workers: 2, minParallelBytes: 1)
        try loader.load(path: try Self.damaged(lines: [5]))
        // 12 rows: the one on line 5 is rejected for its id, 11 accepted
        #expect(loader.accounts[0].read == 12 && loader.accounts[0].accepted == 11 && loader.accounts[0].rejected == 1)
        #expect(loader.rejects.map(\.line) == [5] && loader.rejects[0].reason == "invalid UTF-8 in the respondent id")
    }

    @Test func twoDamagedLinesInDifferentWindowsAreAnEncodingError() throws {
        let questionnaire = try Questionnaire.load(path: Self.q)
        var loader = BatchLoader(questionnaire: questionnaire, mapping: ColumnMapping(id: "id", unit: "district"))
        loader.tuning = BatchLoader.Tuning(chunkSize: 256, workers: 2, minParallelBytes: 1)
        let path = try Self.damaged(lines: [3, 12])
        #expect {
            try loader.load(path: path)
        } throws: { error in
            guard case let .encoding(file, problem) = error as? BatchError else { return false }
            return file == path && problem.message.hasPrefix("line 3, byte 8: byte 0xFF is not UTF-8 (2 lines affected)")
        }
        #expect(loader.accounts.isEmpty && loader.table.rowCount == 0 && loader.table.batches.isEmpty)
        // declared UTF-8: no file error, both rows rejected
        var declared = BatchLoader(
            questionnaire: questionnaire, mapping: ColumnMapping(id: "id", unit: "district"),
            options: BatchReadOptions(encoding: .utf8))
        try declared.load(path: path)
        #expect(declared.rejects.map(\.line) == [3, 12] && declared.accounts[0].accepted == 10)
    }
}
