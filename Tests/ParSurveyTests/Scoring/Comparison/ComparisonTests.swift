import Testing
@testable import ParSurvey

/// `compare` against R (Scripts/reference/uncertainty.R): `svychisq(~group + F_q, design,
/// statistic = "F" | "Chisq")` (F, ndf, ddf, p; Pearson X², chi-square p), `svytable` counts,
/// per-group shares (`svymean` on the domain, logit interval), and each group's difference
/// from the pooled share (`svycontrast`) with `p.adjust(.., "holm")`; stratified, post-stratified
/// and raked designs, and sparse tables where `svychisq` stops (closed form with expected
/// proportions, computed in R from the survey package's V).
@Suite struct ComparisonTests {
    static let scenarios = [
        "api-strat", "api-clus1", "api-clus1-fpc", "api-clus2", "api-clus1-raked", "weighted-base", "weighted-poststratified",
        "weighted-raked", "trimmed", "sparse", "districts-base",
        "districts-raked", "tay-son", "leaders",
    ]

    @Test(arguments: scenarios)
    func raoScottMatchesSvychisq(_ name: String) throws {
        let s = try ReferenceScenario(name)
        let items = s.reference["chisq"]!.items
        #expect(!items.isEmpty)
        for ref in items {
            let q = ref["question"]!.string!
            let by = ref["by"]!.string!
            let qi = s.table.questionnaire.questionIndex(q)!
            let result = try GroupComparison.compare(s.data, by: by == s.unitColumn ? "unit" : by, questions: [qi])
            let c = result.questions[0]
            guard let test = c.test else {
                Issue.record("\(name) \(q): no test; \(c.warnings)")
                continue
            }
            let context = "\(name) \(q) by \(by)"
            #expect(test.designEffectsFrom.rawValue == ref["method"]!.string!, "\(context) method")
            #expect(ReferenceFixture.relative(test.pearsonChiSquare, ref["pearsonX2"]!.double!) < 1e-9, "\(context) X2")
            #expect(ReferenceFixture.relative(test.f, ref["F"]!.double!) < 1e-9, "\(context) F \(test.f)")
            #expect(ReferenceFixture.relative(test.ndf, ref["ndf"]!.double!) < 1e-9, "\(context) ndf \(test.ndf)")
            #expect(ReferenceFixture.relative(test.ddf, ref["ddf"]!.double!) < 1e-9, "\(context) ddf")
            #expect(abs(test.pValueF - ref["pF"]!.double!) < 1e-8, "\(context) p(F) \(test.pValueF)")
            #expect(ReferenceFixture.relative(test.pValueF, ref["pF"]!.double!) < 1e-7, "\(context) p(F) relative")
            #expect(test.chiSquareDF == Int(ref["chisqDf"]!.double!), "\(context) chisq df")
            #expect(abs(test.pValueChiSquare - ref["pChisq"]!.double!) < 1e-8, "\(context) p(Chisq)")
            #expect(ReferenceFixture.relative(test.pValueChiSquare, ref["pChisq"]!.double!) < 1e-7, "\(context) p(Chisq) relative")
            // weighted counts (svytable)
            let rows = ref["rows"]!.items.map { $0.string! }
            let cats = ref["categories"]!.items.map { $0.string! }
            let counts = ref["weightedCounts"]!.items.map { $0.items.map { $0.double! } }
            for (i, g) in rows.enumerated() {
                let gi = c.crosstab.groups.firstIndex(of: g)!
                for (k, code) in cats.enumerated() {
                    let ki = c.crosstab.categories.firstIndex { $0.code == code }!
                    #expect(ReferenceFixture.relative(c.crosstab.weighted[gi][ki], counts[i][k]) < 1e-12, "\(context) count \(g) \(code)")
                }
            }
        }
    }

    @Test(arguments: scenarios)
    func groupDifferencesMatchSvycontrastAndHolm(_ name: String) throws {
        let s = try ReferenceScenario(name)
        for ref in s.reference["contrasts"]!.items {
            let q = ref["question"]!.string!
            let by = ref["by"]!.string!
            let qi = s.table.questionnaire.questionIndex(q)!
            let c = try GroupComparison.compare(s.data, by: by == s.unitColumn ? "unit" : by, questions: [qi]).questions[0]
            #expect(ReferenceFixture.relative(c.pooled.estimate, ref["pooled"]!.double!) < 1e-12)
            #expect(c.pooled.degreesOfFreedom == Int(ref["df"]!.double!))
            let groups = ref["groups"]!.items
            #expect(groups.count == c.shares.count)
            for g in groups {
                let name = g["group"]!.string!
                guard let mine = c.shares.first(where: { $0.group == name }) else {
                    Issue.record("\(name) missing")
                    continue
                }
                let context = "\(s.data.method) \(q) \(name)"
                #expect(abs(mine.difference - g["difference"]!.double!) < 1e-12, "\(context) difference")
                #expect(ReferenceFixture.relative(mine.differenceStandardError, g["se"]!.double!) < 1e-9, "\(context) SE")
                #expect(abs(mine.pValue! - g["p"]!.double!) < 1e-8, "\(context) p")
                #expect(abs(mine.pValueHolm! - g["pHolm"]!.double!) < 1e-8, "\(context) Holm")
                #expect(mine.significantlyBelow == (g["pHolm"]!.double! < 0.05 && g["difference"]!.double! < 0))
            }
        }
    }

    /// The per-group shares of `compare` equal `score --by` (both R's svymean on the domain).
    @Test func groupSharesMatchDomainEstimates() throws {
        let s = try ReferenceScenario("weighted-raked")
        let c = try GroupComparison.compare(s.data, by: "unit", questions: [0]).questions[0]
        for ref in s.reference["domains"]!["commune"]!.items {
            let g = c.shares.first { $0.group == ref["domain"]!.string! }!
            let q1 = ref["criteria"]!.items[0]
            #expect(ReferenceFixture.relative(g.share.standardError, q1["se"]!.double!) < 1e-9)
            #expect(ReferenceFixture.relative(g.share.confidenceInterval!.low, q1["ciLowFormula"]!.double!) < 1e-9)
            #expect(g.share.degreesOfFreedom == Int(ref["df"]!.double!))
        }
    }
}
