import Testing
import ParSurvey

// Copied verbatim from docs/LIBRARY.md ("Getting started"); keep the two identical.
/// The PAR Index of a survey folder (its `survey.json` names questionnaires, batches, plans):
/// each unit's 100-point total and rank, best first, and how many rows were rejected.
func parIndex(folder: String) throws -> (ranking: [(unit: String, total: Double, rank: Int)], rejected: Int) {
    var job = ParIndexJob(manifestPath: folder)
    job.uncertainty.level = 0.90  // 90 % confidence intervals
    let run = try job.run()  // throws ParSurveyFailure (message, exit code)
    let ranking = run.table.ranked.map { row in
        (unit: row.unit, total: Double(row.total) / 100, rank: row.rank)  // totals are hundredths
    }
    return (ranking, run.rejects.count)
}
// End of the copy.

@Suite struct LibraryGettingStartedTests {
    // The seed report (Samples/binh-dinh-2021, as in SampleExpectedFiguresTests): Tây Sơn
    // 84,11/100, 4th of 11 — from the published table, not from this code.
    @Test func theSnippetGivesThePublishedFigures() throws {
        let (ranking, _) = try parIndex(folder: TestPaths.sample)
        #expect(ranking.count == 11)
        let taySon = try #require(ranking.first { $0.unit == "Tây Sơn" })
        #expect(taySon.total == 84.11 && taySon.rank == 4)
        #expect(ranking.map(\.rank) == ranking.map(\.rank).sorted())
    }

    // The job from a manifest in memory runs the same as from its path.
    @Test func aManifestInMemoryRunsLikeItsPath() throws {
        let manifest = try SurveyManifest.load(path: TestPaths.sample)
        let fromMemory = try ParIndexJob(manifest: manifest).run()
        let fromPath = try ParIndexJob(manifestPath: TestPaths.sample).run()
        #expect(fromMemory.table.rows.map(\.total) == fromPath.table.rows.map(\.total))
        #expect(fromMemory.table.rows.first { $0.unit == "Tây Sơn" }?.total == 8411)
    }
}
