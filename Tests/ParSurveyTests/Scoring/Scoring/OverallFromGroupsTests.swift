import Testing
@testable import ParSurvey

/// The overall score is added up from the groups' sums (one pass over the answers): it must be
/// the score of everyone, whatever the split into groups.
@Suite struct OverallFromGroupsTests {
    // six-two-units.csv: six.csv's rows and weights (2 1 1 1 1 2), r1–r3 in U, r4–r6 in V.
    //   U: a1 5 4 3 → Σw 4, satisfied r1(2) r2(1) → 0.75; a2 4 2 9 → Σw 3, sat. r1(2) → 2/3;
    //      b1 3 5 4 → Σw 4, sat. r2 r3 → 0.5
    //   V: a1 2 1 5 → Σw 4, sat. r6(2) → 0.5; a2 5 4 · → Σw 2, sat. both → 1;
    //      b1 · 4 1 → Σw 3, sat. r5 → 1/3
    //   Everyone (as HandComputedScoringTests.weightedSixRespondents, one unit):
    //      a1 5/8 = 0.625, a2 4/5 = 0.8, b1 3/7; answered 6 4 5; Σw 8; points → 17.12
    @Test func overallIsEveryone() throws {
        let questionnaire = try Questionnaire.load(path: TestPaths.fixture("pipeline/small-questionnaire.json"))
        let loaded = try LoadedResponses.load(
            questionnaire: questionnaire, batches: [TestPaths.fixture("pipeline/six-two-units.csv")],
            mapping: ColumnMapping(unit: "unit", weight: "w"))
        let r = try ComponentScorer.score(.designWeights(loaded.table), uncertainty: nil)
        #expect(r.groups.map(\.group) == ["U", "V"])
        let u = r.groups[0]
        let v = r.groups[1]
        let all = r.overall
        #expect(u.criteria[0].index == 0.75)
        #expect(abs(u.criteria[1].index! - 2.0 / 3.0) < 1e-15)
        #expect(u.criteria[2].index == 0.5)
        #expect(v.criteria[0].index == 0.5)
        #expect(v.criteria[1].index == 1)
        #expect(abs(v.criteria[2].index! - 1.0 / 3.0) < 1e-15)
        #expect(all.respondents == 6)
        #expect(all.criteria.map(\.answered) == [6, 4, 5])
        #expect(all.criteria.map(\.weightedAnswered) == [8, 5, 7])
        #expect(all.criteria[0].index == 0.625)
        #expect(all.criteria[1].index == 0.8)
        #expect(abs(all.criteria[2].index! - 3.0 / 7.0) < 1e-15)
        #expect(all.sumOfWeights == 8)
        #expect(all.publishedHundredths == 1712)
    }
}
