import Testing
@testable import ParSurvey

/// The design block (issue 18): checks of bad input, R's lonely-PSU failure, and the plan's
/// `design` block reaching the standard errors (values from Scripts/reference/designs.R).
@Suite struct SurveyDesignTests {
    static func column(_ name: String, _ values: [String]) -> SurveyDesign.Column {
        var levels: [String] = []
        var index: [String: UInt32] = [:]
        let codes = values.map { v -> UInt32 in
            if let c = index[v] { return c }
            index[v] = UInt32(levels.count)
            levels.append(v)
            return UInt32(levels.count - 1)
        }
        return SurveyDesign.Column(name: name, codes: codes, levels: levels)
    }

    static func failure(
        strata: [String]? = nil, ids: [[String]] = [], fpc: [[Double]] = [], nest: Bool = false,
        lonely: SurveyDesign.LonelyPSU = .certainty
    ) -> String? {
        let n = strata?.count ?? ids.first?.count ?? fpc.first?.count ?? 0
        do {
            _ = try SurveyDesign.build(
                rowCount: n, strata: strata.map { column("district", $0) },
                clusters: ids.enumerated().map { column($0.offset == 0 ? "commune" : "village", $0.element) },
                fpc: fpc.enumerated().map { SurveyDesign.NumericColumn(name: "N\($0.offset + 1)", values: $0.element) },
                nest: nest, lonely: lonely)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func clusterInTwoStrataWithoutNest() throws {
        let m = try #require(Self.failure(strata: ["D1", "D1", "D2", "D2"], ids: [["c1", "c2", "c1", "c3"]]))
        #expect(m.contains("cluster 'c1'") && m.contains("'commune'") && m.contains("'D1'") && m.contains("'D2'") && m.contains("row 3"))
        // with nest the ids restart within strata: c1 of D1 and c1 of D2 are two PSUs (R: nest = TRUE)
        let d = try SurveyDesign.build(
            rowCount: 4, strata: Self.column("district", ["D1", "D1", "D2", "D2"]),
            clusters: [Self.column("commune", ["c1", "c2", "c1", "c3"])], fpc: [], nest: true, lonely: .fail)
        #expect(d.stratumPSUs == [2, 2])
        #expect(d.degreesOfFreedom == 2)
    }

    @Test func blankClusterId() throws {
        let m = try #require(Self.failure(ids: [["c1", "", "c2"]]))
        #expect(m.contains("row 2") && m.contains("blank cluster id") && m.contains("'commune'"))
    }

    @Test func fpcSmallerThanTheSample() throws {
        let m = try #require(Self.failure(strata: ["D1", "D1", "D1"], ids: [["a", "b", "c"]], fpc: [[2, 2, 2]]))
        #expect(m.contains("'2'") && m.contains("'N1'") && m.contains("3 clusters") && m.contains("stratum 'D1'"))
    }

    @Test func fpcNotConstantWithinStratum() throws {
        let m = try #require(Self.failure(strata: ["D1", "D1", "D2"], ids: [["a", "b", "c"]], fpc: [[10, 12, 5]]))
        #expect(m.contains("'12'") && m.contains("'10'") && m.contains("stratum 'D1'") && m.contains("row 2"))
    }

    @Test func fractionOutsideZeroOne() throws {
        let zero = try #require(Self.failure(ids: [["a", "b"]], fpc: [[0, 0]]))
        #expect(zero.contains("'0'") && zero.contains("not a positive number"))
        #expect(Self.failure(ids: [["a", "b", "c"]], fpc: [[0.5, 0.5, 0.5]]) == nil)  // 3 of 6 PSUs
        let census = try SurveyDesign.build(
            rowCount: 2, strata: nil, clusters: [Self.column("commune", ["a", "b"])],
            fpc: [SurveyDesign.NumericColumn(name: "f", values: [1, 1])], nest: false, lonely: .fail)
        #expect(census.stratumPopulation == [2])  // a fraction of 1: a census of the PSUs
        let kinds = try #require(Self.failure(strata: ["D1", "D2"], ids: [["a", "b"]], fpc: [[0.5, 20]], lonely: .certainty))
        #expect(kinds.contains("'0.5'") && kinds.contains("one kind"))
    }

    /// R: `svydesign(ids = ~dnum, strata = ~band, …)` on apiclus1 with the default
    /// `survey.lonely.psu = "fail"` stops with "Stratum (A) has only one PSU at stage 1"
    /// (designs.R prints it).
    @Test func lonelyPSUFailsAsR() throws {
        let s = try ReferenceScenario("api-lonely-adjust")
        let band = s.table.variable("band")!
        let dnum = s.table.variable("dnum")!
        #expect(throws: SurveyDesignError.self) {
            try SurveyDesign.build(
                rowCount: s.table.rowCount,
                strata: SurveyDesign.Column(name: "band", codes: band.codes, levels: band.levels),
                clusters: [SurveyDesign.Column(name: "dnum", codes: dnum.codes, levels: dnum.levels)],
                fpc: [], nest: false, lonely: .fail)
        }
        do {
            _ = try SurveyDesign.build(
                rowCount: s.table.rowCount,
                strata: SurveyDesign.Column(name: "band", codes: band.codes, levels: band.levels),
                clusters: [SurveyDesign.Column(name: "dnum", codes: dnum.codes, levels: dnum.levels)],
                fpc: [], nest: false, lonely: .fail)
        } catch {
            #expect(error.message.contains("stratum 'A' has only one PSU at stage 1"))
        }
    }

    /// A plan with `"design": {"ids": "dnum", "fpc": "fpc"}` and no steps gives R's
    /// `svydesign(ids = ~dnum, fpc = ~fpc, weights = ~pw, data = apiclus1)` SEs and df.
    @Test func planDesignBlockReachesTheStandardErrors() throws {
        let s = try ReferenceScenario("api-clus1-fpc")
        let text = #"{"steps": [], "design": {"ids": ["dnum"], "fpc": "fpc", "lonelyPSU": "fail"}}"#
        let plan = try WeightingPlan.parse(try JSONParser.parse(Array(text.utf8)), path: "design.json", folder: ".")
        #expect(plan.design == DesignSpec(ids: ["dnum"], fpc: ["fpc"]))
        let mapping = ColumnMapping(id: "id", unit: "stype", weight: "weight")
        let weighted = try WeightingEngine.apply(plan, to: s.table, columns: mapping).weighted
        let overall = try ComponentScorer.score(weighted, groupBy: nil, uncertainty: UncertaintyOptions()).overall
        let ref = s.reference["domains"]!["all"]!.items[0]
        #expect(overall.degreesOfFreedom == 14)  // 15 districts − 1 stratum
        for c in ref["criteria"]!.items {
            let mine = try #require(overall.criteria.first { $0.id == c["id"]!.string! }?.standardError)
            #expect(abs(mine / c["se"]!.double! - 1) < 1e-9)
        }
        let bad = #"{"steps": [], "design": {"ids": ["dnum"], "lonelyPSU": "sometimes"}}"#
        #expect(throws: WeightingError.self) {
            try WeightingPlan.parse(try JSONParser.parse(Array(bad.utf8)), path: "bad.json", folder: ".")
        }
    }
}
