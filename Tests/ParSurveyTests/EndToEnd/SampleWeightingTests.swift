import Foundation
import ParSurvey
import Testing

/// The weighted Bình Định sample against `expected.json`, which `Scripts/gen_samples.py --check`
/// computed from the files with its own numpy weighting (`Scripts/sample_weighting.py`).
@Suite struct SampleWeightingTests {
    static func expected() throws -> JSONValue {
        try JSONParser.parse([UInt8](try #require(FileManager.default.contents(atPath: TestPaths.sample + "/expected.json"))))
    }

    static func number(_ v: JSONValue?) -> Double? {
        if case let .number(x, _)? = v { return x }
        return nil
    }

    @Test func weightedPointsOfEveryUnitMatchTheIndependentComputation() throws {
        let run = try ParIndexRun.run(path: TestPaths.sample)
        let e = try Self.expected()
        for row in run.table.ranked {
            let u = e["units"]?[row.unit]
            let sat = try #require(Self.number(u?["satisfactionPoints"]))
            let lead = try #require(Self.number(u?["leadershipPoints"]))
            #expect(abs(row.satisfactionPoints - sat) < 1e-9, "\(row.unit)")
            #expect(abs(row.leadershipPoints - lead) < 1e-9, "\(row.unit)")
            #expect(row.rank == Int(try #require(Self.number(u?["rank"]))))
        }
        // the published figures hold with the weights (and would not without them: 25.50 and 7.98)
        let ts = try #require(run.table.ranked.first { $0.unit == "Tây Sơn" })
        #expect(ts.total == 8411 && ts.rank == 4 && ts.satisfaction == 2570 && ts.leadership == 802)
        #expect(abs(try #require(Self.number(e["units"]?["Tây Sơn"]?["unweighted"]?["satisfactionPoints"])) - 25.50) < 0.005)
    }

    @Test func designEffectsAndEffectiveSampleSizesMatchTheIndependentComputation() throws {
        let run = try ParIndexRun.run(path: TestPaths.sample)
        let e = try Self.expected()
        for (component, key) in [(Component.satisfaction, "citizens"), (.leadership, "leaders")] {
            let d = try #require(run.components.first { $0.component == component }?.weightingDiagnostics)
            #expect(d.units.count == 11)
            for s in d.units {
                let x = e["units"]?[s.name]?["weighting"]?[key]
                #expect(abs(s.designEffect - (Self.number(x?["designEffect"]) ?? .nan)) < 1e-9, "\(key) \(s.name)")
                #expect(abs(s.effectiveSampleSize - (Self.number(x?["effectiveSampleSize"]) ?? .nan)) < 1e-9 * s.effectiveSampleSize)
                #expect(abs(s.sumOfWeights - (Self.number(x?["sumOfWeights"]) ?? .nan)) < 1e-9 * s.sumOfWeights)
            }
        }
        // citizens: each district's weights sum to its adult population (populations/communes.csv: Tây Sơn 89 200)
        let cit = try #require(run.components.first { $0.component == .satisfaction }?.weightingDiagnostics)
        #expect(abs(try #require(cit.units.first { $0.name == "Tây Sơn" }).sumOfWeights - 89_200) < 1e-6)
    }

    @Test func taySonCommuneIndicesMatchTheIndependentComputation() throws {
        let r = CLIRunner.run(["score", TestPaths.sample, "--component", "satisfaction", "--by", "commune", "--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(groups)? = json["groups"] else {
            Issue.record("no groups")
            return
        }
        guard case let .object(communes)? = try Self.expected()["taySon"]?["communeOverallIndex"] else {
            Issue.record("no communes")
            return
        }
        #expect(communes.count == 15)
        for (name, value) in communes {
            let g = groups.first { $0["group"] == .string(name) }
            #expect(abs((Self.number(g?["index"]) ?? .nan) - (Self.number(value) ?? .nan)) < 1e-9, "\(name)")
        }
    }
}
