import Testing
@testable import ParSurvey

/// Standard errors, intervals, design effects and degrees of freedom of `score` against R's
/// survey package (Scripts/reference/uncertainty.R): per criterion
/// `svymean(~P_q, subset, na.rm = TRUE, deff = "replace")` and `svyciprop(method = "logit")`,
/// per element and overall `svycontrast` of `svytotal`s with a t interval on `degf(subset)`,
/// for base weights, post-stratified and raked (`calibrate(calfun = "raking")`) weights,
/// raking within unit, raked weights treated as fixed, and the leaders' survey (mean credits
/// with t intervals, points-weighted overall index; by unit and by respondent group).
@Suite struct ScoreUncertaintyTests {
    static let scenarios = [
        "api-strat", "api-clus1", "api-clus1-fpc", "api-clus2", "api-clus2-frac", "api-clus1-raked", "api-lonely-adjust",
        "api-lonely-average", "api-lonely-certainty", "weighted-base", "weighted-poststratified", "weighted-raked", "trimmed",
        "weighted-raked-fixed", "sparse",
        "districts-base", "districts-raked", "districts-raked-fixed", "tay-son", "leaders",
    ]

    @Test(arguments: scenarios)
    func standardErrorsMatchR(_ name: String) throws {
        let s = try ReferenceScenario(name)
        let domainSets = s.reference["domains"]!
        var checked = 0
        for key in domainSets.keys {
            let result = try s.score(by: key == "all" ? nil : key)
            let groups = key == "all" ? [result.overall] : result.groups
            for ref in domainSets[key]!.items {
                let name = ref["domain"]!.string!
                guard let g = key == "all" ? groups.first : groups.first(where: { $0.group == name }) else {
                    Issue.record("\(key) \(name): no group")
                    continue
                }
                checked += compare(g, ref, context: "\(s.data.method) \(key)=\(name)")
            }
        }
        #expect(checked > 30)
    }

    /// `--fixed-weights` on raked data reproduces R's design on the raked weights taken as
    /// fixed (`svydesign(weights = raked)`, scenario weighted-raked-fixed).
    @Test func fixedWeightsOptionIgnoresCalibration() throws {
        let raked = try ReferenceScenario("weighted-raked")
        let fixed = try ReferenceFixture.json("weighted-raked-fixed.json")
        #expect(raked.data.calibration != nil)
        let result = try raked.score(by: nil, options: UncertaintyOptions(fixedWeights: true))
        let n = compare(result.overall, fixed["domains"]!["all"]!.items[0], context: "fixed all")
        #expect(n > 50)
        let byCommune = try raked.score(by: "commune", options: UncertaintyOptions(fixedWeights: true))
        for ref in fixed["domains"]!["commune"]!.items {
            _ = compare(byCommune.groups.first { $0.group == ref["domain"]!.string! }!, ref, context: "fixed commune")
        }
    }

    /// The element and overall SEs are summed over row segments (added in order, each on any
    /// core). With 7-row segments (so 16 segments on these files, and segments cutting
    /// through communes and calibration cells) they still match R, and differ from the
    /// default (one segment here) in the last bits at most.
    @Test(arguments: ["weighted-raked", "districts-raked", "leaders"])
    func segmentedSumsMatchR(_ name: String) throws {
        let s = try ReferenceScenario(name)
        var options = UncertaintyOptions()
        options.rowSegment = 7
        var checked = 0
        for key in s.reference["domains"]!.keys {
            let segmented = try s.score(by: key == "all" ? nil : key, options: options)
            let whole = try s.score(by: key == "all" ? nil : key)
            let groups = key == "all" ? [segmented.overall] : segmented.groups
            for ref in s.reference["domains"]![key]!.items {
                guard let g = key == "all" ? groups.first : groups.first(where: { $0.group == ref["domain"]!.string! }) else { continue }
                checked += compare(g, ref, context: "segmented \(name) \(key)")
            }
            for (a, b) in zip(segmented.groups + [segmented.overall], whole.groups + [whole.overall]) {
                guard let x = a.standardError, let y = b.standardError else { continue }
                #expect(abs(x - y) <= 1e-14 * y, "\(a.group): \(x) vs \(y)")
            }
        }
        #expect(checked > 50)
    }

    /// Compares one group with R's domain result; returns the number of values compared.
    func compare(_ g: GroupScore, _ ref: JSONValue, context: String) -> Int {
        var n = 0
        func close(_ mine: Double?, _ r: Double?, _ tol: Double, _ what: String) {
            n += 1
            guard let mine, let r else {
                Issue.record("\(context) \(what): \(String(describing: mine)) vs R \(String(describing: r))")
                return
            }
            let diff = abs(r) < 1e-6 ? abs(mine - r) : ReferenceFixture.relative(mine, r)
            #expect(diff < tol, "\(context) \(what): \(mine) vs R \(r)")
        }
        #expect(g.degreesOfFreedom == Int(ref["df"]!.double!), "\(context) df")
        #expect(g.respondents == Int(ref["rows"]!.double!), "\(context) rows")
        close(g.kishDesignEffect, ref["kish"]!.double, 1e-12, "Kish deff")
        for c in ref["criteria"]!.items {
            let id = c["id"]!.string!
            guard let mine = g.criteria.first(where: { $0.id == id }) else {
                Issue.record("\(context) \(id) missing")
                continue
            }
            #expect(mine.answered == Int(c["answered"]!.double!))
            close(mine.index, c["share"]!.double, 1e-12, "\(id) share")
            close(mine.standardError, c["se"]!.double, 1e-9, "\(id) SE")
            // svyciprop's glm fit converges to ~1e-8 (R's glm epsilon); the closed form to 1e-9.
            close(mine.confidenceInterval?.low, c["ciLow"]!.double, 5e-8, "\(id) CI low (svyciprop)")
            close(mine.confidenceInterval?.high, c["ciHigh"]!.double, 5e-8, "\(id) CI high (svyciprop)")
            close(mine.confidenceInterval?.low, c["ciLowFormula"]!.double, 1e-9, "\(id) CI low")
            close(mine.confidenceInterval?.high, c["ciHighFormula"]!.double, 1e-9, "\(id) CI high")
            if let deff = c["deff"]?.double {
                close(mine.designEffect, deff, 1e-9, "\(id) deff")
            } else {
                #expect(mine.designEffect == nil)
            }
        }
        for e in ref["indices"]!.items {
            let id = e["id"]!.string!
            let est: Double?
            let se: Double?
            let ci: ConfidenceInterval?
            if id == "overall" {
                (est, se, ci) = (g.index, g.standardError, g.confidenceInterval)
            } else if let el = g.elements.first(where: { $0.id == id }) {
                (est, se, ci) = (el.index, el.standardError, el.confidenceInterval)
            } else {
                Issue.record("\(context) \(id) missing")
                continue
            }
            close(est, e["estimate"]!.double, 1e-12, "\(id) index")
            close(se, e["se"]!.double, 1e-9, "\(id) SE")
            close(ci?.low, e["ciLow"]!.double, 1e-9, "\(id) CI low")
            close(ci?.high, e["ciHigh"]!.double, 1e-9, "\(id) CI high")
        }
        return n
    }
}
