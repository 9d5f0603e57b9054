import Foundation
import Testing

/// The published Tây Sơn 2021 figures (seed report: 84,11/100, rank 4/11; 50,39 + 25,7 + 8,02),
/// reproduced end to end by the built binary on the bundled sample.
@Suite struct SampleEndToEndTests {
    @Test func runReproducesPublishedTaySonFigures() throws {
        let r = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--format", "csv"])
        #expect(r.code == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasPrefix(
                "rank,of,unit,selfAssessment,satisfaction,leadership,total,previousTotal,totalChange,selfAssessmentChange,satisfactionChange,leadershipChange,previousRank,rankChange"
            ) == true)
        #expect(lines.contains { $0.hasPrefix("4,11,Tây Sơn,50.39,25.70,8.02,84.11,") })
    }

    @Test func tableOutputInVietnameseShowsRankFourOfEleven() throws {
        let r = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021"])
        #expect(r.code == 0)
        // piped output is 100 columns wide: the table comes in blocks, each with the unit's row
        let row = r.stdout.split(separator: "\n").filter { $0.contains("Tây Sơn") }.joined(separator: " ")
        #expect(row.hasPrefix(" 4/11"))
        #expect(row.contains("50,39") && row.contains("25,70") && row.contains("8,02") && row.contains("84,11"))
    }
}
