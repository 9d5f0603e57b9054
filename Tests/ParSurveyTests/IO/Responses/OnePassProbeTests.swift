import Testing
@testable import ParSurvey

/// `theOnePassPathAgreesWithTheGeneralPath` (ChunkedReadingTests) compares the one-pass path
/// with the general one; this suite proves, with the loader's `onePassRows` probe, that the
/// one-pass path really decoded rows there (a dead fast path would pass the comparison) and
/// that the general path, when asked for, decoded none.
@Suite struct OnePassProbeTests {
    static let batches = [
        (ChunkedReadingTests.awkwardBatch(rows: 300, seed: 8), "one.csv"),
        (ChunkedReadingTests.awkwardBatch(rows: 200, seed: 9, bom: false), "two.csv"),
    ]

    @Test func theOnePassPathTookRowsOfTheEquivalenceBatches() throws {
        let onePass = try ChunkedReadingTests.load(Self.batches, tuning: .sequential)
        #expect(onePass.onePassRows > 0)
        #expect(onePass.onePassRows <= onePass.table.rowCount)
        var general = BatchLoader.Tuning.sequential
        general.onePass = false
        let reference = try ChunkedReadingTests.load(Self.batches, tuning: general)
        #expect(reference.onePassRows == 0)
        #expect(reference.table.rowCount == onePass.table.rowCount)
    }

    // Plain rows, all valid: every row takes the one-pass path (3 rows, counted by hand).
    @Test func plainValidRowsAllTakeTheOnePassPath() throws {
        let csv = "id,unit,grp,w,note,a1,a2,b1\nr1,U,g1,1,x,5,4,3\nr2,U,g2,2,y,1,2,3\nr3,U,g1,1,z,2,2,2\n"
        let l = try ChunkedReadingTests.load([(Array(csv.utf8), "p.csv")], tuning: .sequential)
        #expect(l.table.rowCount == 3)
        #expect(l.onePassRows == 3)
    }
}
