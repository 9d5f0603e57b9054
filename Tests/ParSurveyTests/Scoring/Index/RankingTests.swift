import Testing
@testable import ParSurvey

@Suite struct RankingTests {
    // Standard competition ranking: ties share a rank, the next rank skips (1, 2, 2, 4).
    @Test func tiesShareARank() {
        #expect(ParIndexTable.competitionRanks([9000, 8500, 8500, 8000]) == [1, 2, 2, 4])
        #expect(ParIndexTable.competitionRanks([7000, 8000, 7000]) == [2, 1, 2])
    }

    // Totals are sums of the rounded components: 50.39 + 25.699986 (→ 25.70) + 8.020233 (→ 8.02) = 84.11,
    // although the unrounded sum is 84.110219.
    @Test func totalIsSumOfRoundedComponents() throws {
        let sa = try SelfAssessment.parse(
            Array(
                """
                unit,criterion,score,max
                A,1.1,9.25,10
                A,1.2,5,5
                A,1.3,6.47,10
                A,1.4,6,7
                A,1.5,10.5,11
                A,1.6,3.5,5
                A,1.7,9.67,12
                B,1.1,9.25,10
                B,1.2,5,5
                B,1.3,6.47,10
                B,1.4,6,7
                B,1.5,10.5,11
                B,1.6,3.5,5
                B,1.7,9.67,12

                """.utf8), file: "sa.csv")
        let t = try ParIndexTable.merge(
            selfAssessment: sa,
            satisfaction: [
                UnitPoints(unit: "A", index: 0.8566662, points: 25.699986), UnitPoints(unit: "B", index: 0.85665, points: 25.6995),
            ],
            leadership: [UnitPoints(unit: "A", index: 0.8020233, points: 8.020233), UnitPoints(unit: "B", index: 0.8015, points: 8.015)])
        #expect(t.rows[0].total == 8411)
        #expect(t.rows[0].selfAssessment == 5039)
        // B: 25.6995 → 25.70, 8.015 → 8.02: the same rounded total, so the same rank.
        #expect(t.rows[1].total == 8411)
        #expect(t.rows.map(\.rank) == [1, 1])
    }

    @Test func unitWithoutSurveyDataIsAnError() throws {
        let sa = try SelfAssessment.parse(
            Array(
                (["unit,criterion,score,max"]
                    + zip(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"], [10, 5, 10, 7, 11, 5, 12]).map { "Z,\($0),1,\($1)" }).joined(
                        separator: "\n"
                    ).utf8), file: "sa.csv")
        #expect(throws: MergeError.missing(unit: "Z", component: "satisfaction survey data")) {
            try ParIndexTable.merge(selfAssessment: sa, satisfaction: [], leadership: [])
        }
    }
}
