import Foundation
import Testing
@testable import ParSurvey

/// Small hand-checked cases and the edges: a commune without valid answers, a commune of one
/// respondent (a lonely stratum, df 0), a single group, 100 % satisfied.
@Suite struct UncertaintyEdgeCaseTests {
    static let questionnaire = TestPaths.fixture("uncertainty/tiny-questionnaire.json")

    static func load(_ csv: String, unit: String? = nil) throws -> WeightedResponses {
        let q = try Questionnaire.load(path: questionnaire)
        let path = TestPaths.write(csv, name: "batch.csv")
        let loaded = try LoadedResponses.load(questionnaire: q, batches: [path], mapping: ColumnMapping(id: "id", unit: unit))
        return WeightedResponses.designWeights(loaded.table)
    }

    /// One stratum, q1 = 5, 5, 1, blank: p = 2/3 over W = 3 answers; influence z = (y − p)/3 =
    /// 1/9, 1/9, −2/9 and 0 for the blank; z̄ = 0; V = 4/3 × (1 + 1 + 4)/81 = 8/81, so
    /// SE = √8/9 = 0.314270…; df = 4 − 1 = 3.
    @Test func handComputedStandardError() throws {
        let data = try Self.load("id,q1,q2,q3\n1,5,4,4\n2,5,4,4\n3,1,4,4\n4,,4,4\n")
        let r = try ComponentScorer.score(data)
        let c = r.overall.criteria[0]
        #expect(abs(c.index! - 2.0 / 3) < 1e-15)
        #expect(abs(c.standardError! - 8.0.squareRoot() / 9) < 1e-15)
        #expect(r.overall.degreesOfFreedom == 3)
        // q2 and q3: everyone satisfied → SE 0, interval [1, 1].
        #expect(r.overall.criteria[1].standardError == 0 && r.overall.criteria[1].confidenceInterval == ConfidenceInterval(low: 1, high: 1))
    }

    static let communes = """
        id,commune,q1,q2,q3
        1,A,5,4,1
        2,A,4,2,2
        3,A,1,5,4
        4,A,3,4,5
        5,A,5,1,3
        6,B,,4,4
        7,B,9,4,2
        8,B,,5,5
        9,C,4,4,4
        10,D,2,3,5
        11,D,4,5,5
        12,D,5,1,1
        """

    /// Commune B has no valid q1 answer, C one respondent: the test is computed on A, C, D
    /// with warnings, nothing is NaN, and the JSON is valid.
    @Test func compareWithEmptyAndSingleRespondentCommunes() throws {
        let data = try Self.load(Self.communes + "\n")
        let r = try GroupComparison.compare(data, by: "commune", questions: [0])
        let q = r.questions[0]
        #expect(q.crosstab.groups == ["A", "B", "C", "D"])
        #expect(q.crosstab.missingCounts == [0, 3, 0, 0])
        // B: rows 6-8 give blank, 9 (don't know), blank; A, C, D answered 5, 1 and 3 times (< 10).
        #expect(q.warnings.contains(.groupsWithoutAnswers(["B"])))
        #expect(q.warnings.contains(.fewAnswers(minimum: 10, groups: ["A", "C", "D"], counts: [5, 1, 3])))
        #expect(q.warnings.map(\.description).contains("fewer than 10 valid answers: A (5), C (1), D (3)"))
        #expect(
            q.warnings.map { $0.text(.vi) }.contains("không có câu trả lời hợp lệ, không đưa vào kiểm định: B")
                && q.warnings.map { $0.text(.vi) }.contains("ít hơn 10 câu trả lời hợp lệ: A (5), C (1), D (3)"))
        let test = try #require(q.test)
        #expect(test.rows == 3 && test.columns == 5)
        #expect(test.f.isFinite && test.pValueF.isFinite && test.pValueChiSquare.isFinite)
        let c = q.shares.first { $0.group == "C" }!
        #expect(c.share.degreesOfFreedom == 0 && c.share.confidenceInterval == nil)
        #expect(q.shares.count == 3)
        let json = ComparisonReport.render(r, style: ReportStyle(format: .json))
        #expect(!json.contains("nan") && !json.contains("inf"))
        _ = try JSONParser.parse(json)
    }

    /// By unit = commune, C is a stratum of one row: it adds nothing, the overall warns, its
    /// own interval is missing (df 0), and every report renders.
    @Test func lonelyStratumWarnsAndRenders() throws {
        let data = try Self.load(Self.communes + "\n", unit: "commune")
        let r = try ComponentScorer.score(data)
        #expect(r.overall.warnings == [.lonelyStrata(["C"])])
        #expect(r.overall.warnings[0].text(.vi) == "tầng chỉ có một người trả lời nên không góp phần vào sai số chuẩn: C")
        let c = r.groups.first { $0.group == "C" }!
        #expect(c.degreesOfFreedom == 0 && c.confidenceInterval == nil && c.standardError == 0)
        for format in ReportFormat.allCases {
            let text = ComponentReport.render(r, style: ReportStyle(format: format))
            #expect(!text.contains("nan"))
        }
    }

    @Test func oneGroupGivesNoTestButAWarning() throws {
        let data = try Self.load("id,commune,q1,q2,q3\n1,A,5,4,1\n2,A,4,2,2\n3,A,1,5,4\n")
        let q = try GroupComparison.compare(data, by: "commune", questions: [0]).questions[0]
        #expect(q.test == nil)
        // One group (A) and the three answers 5, 4, 1 in three categories.
        #expect(q.warnings.contains(.noTest(groups: 1, categories: 3)))
        #expect(q.warnings.contains { $0.description == "no test: 1 group and 3 categories with answers" })
    }
}
