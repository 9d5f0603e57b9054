import Testing
@testable import ParSurvey

/// Small batches whose indices are computed by hand in the comments.
@Suite struct HandComputedScoringTests {
    static func load(_ q: String, _ batch: String, mapping: ColumnMapping) throws -> LoadedResponses {
        let questionnaire = try Questionnaire.load(path: TestPaths.fixture("pipeline/" + q))
        return try LoadedResponses.load(questionnaire: questionnaire, batches: [TestPaths.fixture("pipeline/" + batch)], mapping: mapping)
    }

    // six.csv (codes 4, 5 satisfied; 9 = don't know and blank leave the denominator):
    //   a1: 5 4 3 2 1 5   → valid 6, satisfied 3           → 0.5
    //   a2: 4 2 9 5 4 ·   → valid 4 (r1 r2 r4 r5), sat. 3  → 0.75
    //   b1: 3 5 4 · 4 1   → valid 5, satisfied 3 (r2 r3 r5) → 0.6
    //   E1 = (0.5 + 0.75)/2 = 0.625, E2 = 0.6, overall = 0.6125, points = 30 × 0.6125 = 18.375 → 18.38
    @Test func unweightedSixRespondents() throws {
        let loaded = try Self.load("small-questionnaire.json", "six.csv", mapping: ColumnMapping(unit: "unit"))
        let r = try ComponentScorer.score(.designWeights(loaded.table))
        let u = try #require(r.groups.first)
        #expect(u.respondents == 6)
        #expect(u.criteria.map(\.answered) == [6, 4, 5])
        #expect(u.criteria[0].index == 0.5)
        #expect(u.criteria[1].index == 0.75)
        #expect(u.criteria[2].index == 0.6)
        #expect(abs(u.elements[0].index! - 0.625) < 1e-15)
        #expect(abs(u.index! - 0.6125) < 1e-15)
        #expect(u.publishedHundredths == 1838)
    }

    // With weights w = 2 1 1 1 1 2:
    //   a1: Σw = 8, satisfied r1(2) r2(1) r6(2) = 5          → 0.625
    //   a2: valid r1(2) r2(1) r4(1) r5(1) = 5, sat. r1 r4 r5 = 4 → 0.8
    //   b1: valid r1(2) r2 r3 r5 r6(2) = 7, sat. r2 r3 r5 = 3    → 3/7
    //   E1 = 0.7125, E2 = 3/7, overall = (0.7125 + 3/7)/2 = 0.570535714…, points 17.116071… → 17.12
    @Test func weightedSixRespondents() throws {
        let loaded = try Self.load("small-questionnaire.json", "six.csv", mapping: ColumnMapping(unit: "unit", weight: "w"))
        let r = try ComponentScorer.score(.designWeights(loaded.table))
        let u = try #require(r.groups.first)
        #expect(u.criteria[0].index == 0.625)
        #expect(u.criteria[1].index == 0.8)
        #expect(abs(u.criteria[2].index! - 3.0 / 7.0) < 1e-15)
        #expect(abs(u.index! - (0.7125 + 3.0 / 7.0) / 2) < 1e-15)
        #expect(u.publishedHundredths == 1712)
        #expect(u.sumOfWeights == 8)
    }

    // leaders-four.csv, A 1, B .6, C .2, D 0, E cannot assess:
    //   l1 (6 points): A B D · → (1 + .6 + 0)/3 = 0.5333…
    //   l2 (4 points): B · C A → (.6 + .2 + 1)/3 = 0.6
    //   points = 6 × 0.5333… + 4 × 0.6 = 3.2 + 2.4 = 5.6; index = 0.56
    @Test func leadershipMeanCredit() throws {
        let loaded = try Self.load("leaders-small.json", "leaders-four.csv", mapping: ColumnMapping(unit: "unit", group: "group"))
        let r = try ComponentScorer.score(.designWeights(loaded.table))
        let u = try #require(r.groups.first)
        #expect(abs(u.criteria[0].index! - 1.6 / 3) < 1e-15)
        #expect(abs(u.criteria[1].index! - 0.6) < 1e-15)
        #expect(abs(u.points! - 5.6) < 1e-12)
        #expect(abs(u.index! - 0.56) < 1e-14)
        #expect(u.publishedHundredths == 560)
    }

    // Grouping by a kept column: the two groups of leaders-four.csv.
    //   delegate (p1, p2): l1 A B → 0.8; l2 B · → 0.6; points 6×0.8 + 4×0.6 = 7.2
    //   district (p3, p4): l1 D · → 0;   l2 C A → 0.6; points 0 + 2.4 = 2.4
    @Test func groupByColumn() throws {
        let loaded = try Self.load("leaders-small.json", "leaders-four.csv", mapping: ColumnMapping(unit: "unit"))
        let r = try ComponentScorer.score(.designWeights(loaded.table), groupBy: "group")
        #expect(r.groups.map(\.group) == ["delegate", "district"])
        #expect(abs(r.groups[0].points! - 7.2) < 1e-12)
        #expect(abs(r.groups[1].points! - 2.4) < 1e-12)
        #expect(abs(r.overall.points! - 5.6) < 1e-12)
    }

    @Test func unknownGroupColumnIsAUsageError() throws {
        let loaded = try Self.load("leaders-small.json", "leaders-four.csv", mapping: ColumnMapping(unit: "unit"))
        #expect(throws: ScoringError.unknownColumn(column: "commune", available: ["group"])) {
            try ComponentScorer.score(.designWeights(loaded.table), groupBy: "commune")
        }
    }
}
