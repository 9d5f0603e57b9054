import Testing
@testable import ParSurvey

/// The Rao–Scott test across 60 communes in 5 district strata against R
/// (`Scripts/reference/rao_scott_many.R`: `svychisq(~commune + F_q, des, statistic = "F" |
/// "Chisq")`, des = `svydesign(ids = ~1, strata = ~district, weights = ~weight)`): no empty cell
/// (q1), 30 empty cells in one column (q2), and empty cells closing cycles where `svychisq` stops
/// and the expected proportions are used (q3). `mainEffectRank` proves the traces came from the
/// low-rank projection: r + c − 1 less one per empty cell (R counts the empty cells of `svytable`).
@Suite struct RaoScottManyUnitsTests {
    @Test func sixtyCommunesInFiveStrataMatchSvychisq() throws {
        let s = try ReferenceScenario("many-units")
        let items = s.reference["chisq"]!.items
        #expect(items.count == 3)
        for ref in items {
            let q = ref["question"]!.string!
            let qi = try #require(s.table.questionnaire.questionIndex(q))
            let result = try GroupComparison.compare(s.data, by: "unit", questions: [qi])
            let test = try #require(result.questions[0].test, "\(q): \(result.questions[0].warnings)")
            #expect(test.rows == Int(ref["rows"]!.double!), "\(q) rows")
            #expect(test.columns == Int(ref["columns"]!.double!), "\(q) columns")
            #expect(test.zeroCells == Int(ref["emptyCells"]!.double!), "\(q) empty cells")
            #expect(test.mainEffectRank == Int(ref["mainEffectRank"]!.double!), "\(q) main effects projected out")
            #expect(test.designEffectsFrom.rawValue == ref["method"]!.string!, "\(q) method")
            #expect(ReferenceFixture.relative(test.pearsonChiSquare, ref["pearsonX2"]!.double!) < 1e-11, "\(q) X2")
            #expect(ReferenceFixture.relative(test.f, ref["F"]!.double!) < 1e-11, "\(q) F \(test.f)")
            #expect(ReferenceFixture.relative(test.ndf, ref["ndf"]!.double!) < 1e-11, "\(q) ndf \(test.ndf)")
            #expect(ReferenceFixture.relative(test.ddf, ref["ddf"]!.double!) < 1e-11, "\(q) ddf")
            #expect(ReferenceFixture.relative(test.pValueF, ref["pF"]!.double!) < 1e-9, "\(q) p(F) \(test.pValueF)")
            #expect(test.chiSquareDF == Int(ref["chisqDf"]!.double!), "\(q) chisq df")
            #expect(ReferenceFixture.relative(test.pValueChiSquare, ref["pChisq"]!.double!) < 1e-9, "\(q) p(Chisq)")
        }
    }
}
