import Foundation
import Testing
@testable import ParSurvey

/// The report's per-district commune comparisons against R: each district's respondents alone,
/// raked within the district (Fixtures/reports/communes-reference.json, written by
/// Scripts/reference/report_communes.R with R 4.2 and survey 4.1.1).
@Suite struct UnitComparisonTests {
    static let run: ParIndexRun = try! ParIndexRun.run(path: TestPaths.sample)

    func reference() throws -> JSONValue {
        try JSONParser.parse(try InputFile.read(TestPaths.fixture("reports/communes-reference.json")))
    }

    func close(_ a: Double?, _ b: Double?, _ tol: Double = 1e-8, _ what: String) {
        guard let a, let b else {
            Issue.record("\(what): missing (\(String(describing: a)) vs \(String(describing: b)))")
            return
        }
        #expect(ReferenceFixture.relative(a, b) < tol, "\(what): \(a) vs R \(b)")
    }

    @Test func raoScottSharesAndHolmFlagsMatchRWithinEachDistrict() throws {
        let data = Self.run.responses[0]
        let q = data.table.questionnaire
        let ref = try reference()
        let ids = ref.items[0]["questions"]!.items.map { $0["question"]!.string! }
        let comparisons = try GroupComparison.compareWithinUnits(data, by: "commune", questions: ids.map { q.questionIndex($0)! })
        #expect(comparisons.map(\.unit) == Self.run.manifest.units!)
        var checked = 0
        for district in ref.items {
            let name = district["district"]!.string!
            let mine = try #require(comparisons.first { $0.unit == name })
            for (k, rq) in district["questions"]!.items.enumerated() {
                let c = mine.result.questions[k]
                #expect(c.question.id == rq["question"]!.string!)
                #expect(c.crosstab.rows.reduce(0, +) == Int(rq["rows"]!.double!))
                let t = try #require(c.test)
                let location = "\(name) \(c.question.id)"
                #expect((t.designEffectsFrom == .expectedProportions) == (rq["svychisqError"] != nil), "\(location): fallback")
                close(t.pearsonChiSquare, rq["pearsonX2"]!.double, 1e-8, "\(location) X²")
                close(t.f, rq["F"]!.double, 1e-8, "\(location) F")
                close(t.ndf, rq["ndf"]!.double, 1e-8, "\(location) ndf")
                close(t.ddf, rq["ddf"]!.double, 1e-8, "\(location) ddf")
                close(t.pValueF, rq["pF"]!.double, 1e-7, "\(location) p(F)")
                close(t.pValueChiSquare, rq["pChisq"]!.double, 1e-7, "\(location) p(χ²)")
                close(c.pooled.estimate, rq["pooled"]!.double, 1e-10, "\(location) pooled share")
                for rc in rq["communes"]!.items {
                    let s = try #require(c.shares.first { $0.group == rc["commune"]!.string! })
                    // absolute: the sample's raking stops at 1e-10, R's here at 1e-12
                    #expect(abs(s.difference - rc["difference"]!.double!) < 1e-9, "\(location) \(s.group) difference")
                    close(s.differenceStandardError, rc["se"]!.double, 1e-8, "\(location) \(s.group) SE")
                    close(s.pValue, rc["p"]!.double, 1e-6, "\(location) \(s.group) p")
                    close(s.pValueHolm, rc["pHolm"]!.double, 1e-6, "\(location) \(s.group) p Holm")
                    #expect(s.significantlyBelow == (rc["pHolm"]!.double! < 0.05 && rc["difference"]!.double! < 0))
                    checked += 1
                }
            }
        }
        #expect(checked == 5 * (15 + 4))
    }

    @Test func eachDistrictHasOnlyItsOwnCommunes() throws {
        let data = Self.run.responses[0]
        let comparisons = try GroupComparison.compareWithinUnits(data, by: "commune", questions: [0])
        let taySon = try #require(comparisons.first { $0.unit == "Tây Sơn" })
        #expect(taySon.result.questions[0].crosstab.groups.count == 15)
        #expect(taySon.result.questions[0].crosstab.groups.first == "Phú Phong")
        let anLao = try #require(comparisons.first { $0.unit == "An Lão" })
        #expect(anLao.result.questions[0].crosstab.groups.allSatisfy { $0.hasSuffix(" AL") || $0.contains(" AL") })
        // Every district's rows add up to its respondents (the sample: 299 in Tây Sơn, 311 in An Lão).
        #expect(taySon.result.questions[0].crosstab.rows.reduce(0, +) == 299)
        #expect(anLao.result.questions[0].crosstab.rows.reduce(0, +) == 311)
    }

    @Test func pooledElementChartMatchesRWeightedTables() throws {
        let data = Self.run.responses[0]
        let q = data.table.questionnaire
        let comparisons = try GroupComparison.compareWithinUnits(data, by: "commune", questions: Array(q.questions.indices))
        var checked = 0
        for district in try reference().items {
            let name = district["district"]!.string!
            let unit = try #require(comparisons.first { $0.unit == name })
            let e5 = try #require(ReportModel.charts(unit.result.questions, q, perQuestion: false, total: true).first { $0.id == "E5" })
            #expect(e5.questions == ["q19", "q20", "q21", "q22"])
            let ref = district["pooledE5"]!
            for rc in ref["communes"]!.items {
                let row = try #require(e5.rows.first { $0.label == rc["commune"]!.string! && !$0.isTotal })
                for (k, x) in rc["shares"]!.items.enumerated() {
                    #expect(abs(row.shares[k] - x.double!) < 1e-9)
                    checked += 1
                }
            }
            let total = try #require(e5.rows.last)
            #expect(total.isTotal)
            for (k, x) in ref["whole"]!.items.enumerated() {
                #expect(abs(total.shares[k] - x.double!) < 1e-9)
                checked += 1
            }
        }
        #expect(checked == 5 * (15 + 1 + 4 + 1))
    }
}
