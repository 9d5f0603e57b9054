import Foundation
import Testing
@testable import ParSurvey

/// Every unit of the Bình Định sample against `expected.json`, which Scripts/gen_samples.py
/// computes independently (Python, from the CSV files) — not from this code's output.
@Suite struct SampleExpectedFiguresTests {
    static let expected: JSONValue = try! JSONParser.parse(InputFile.read(TestPaths.sample + "/expected.json"))
    static let run = try! ParIndexRun.run(path: TestPaths.sample)

    static func number(_ v: JSONValue?) -> Double {
        if case let .number(d, _)? = v { return d }
        return .nan
    }

    @Test func everyUnitMatchesTheIndependentComputation() throws {
        guard case let .object(units)? = Self.expected["units"] else {
            Issue.record("no units")
            return
        }
        #expect(units.count == 11)
        for (name, e) in units {
            let row = try #require(Self.run.table.rows.first { $0.unit == name })
            #expect(row.selfAssessment == Int((Self.number(e["selfAssessment"]) * 100).rounded()), "\(name)")
            #expect(row.satisfaction == Int((Self.number(e["satisfaction"]) * 100).rounded()), "\(name)")
            #expect(row.leadership == Int((Self.number(e["leadership"]) * 100).rounded()), "\(name)")
            #expect(row.total == Int((Self.number(e["total"]) * 100).rounded()), "\(name)")
            #expect(row.rank == Int(Self.number(e["rank"])), "\(name)")
            #expect(abs(row.satisfactionPoints - Self.number(e["satisfactionPoints"])) < 1e-9, "\(name)")
            #expect(abs(row.leadershipPoints - Self.number(e["leadershipPoints"])) < 1e-9, "\(name)")
        }
    }

    // The seed report: Tây Sơn 84,11/100, 4th of 11; 50,39 + 25,7 + 8,02.
    @Test func taySonAsPublished() throws {
        let row = try #require(Self.run.table.rows.first { $0.unit == "Tây Sơn" })
        #expect((row.selfAssessment, row.satisfaction, row.leadership, row.total, row.rank, row.of) == (5039, 2570, 802, 8411, 4, 11))
    }

    // Tây Sơn's weighted criterion indices (post-stratified and raked with the manifest's plan).
    @Test func taySonCriteria() throws {
        let sat = try #require(Self.run.components.first { $0.component == .satisfaction })
        let ts = try #require(sat.groups.first { $0.group == "Tây Sơn" })
        guard case let .object(criteria)? = Self.expected["taySon"]?["criterionIndex"] else {
            Issue.record("no criteria")
            return
        }
        #expect(criteria.count == 22)
        for (id, v) in criteria {
            let c = try #require(ts.criteria.first { $0.id == id })
            #expect(abs(c.index! - Self.number(v)) < 1e-12, "\(id)")
        }
    }

    @Test func rowAccountingAddsUp() {
        for c in Self.run.components {
            for a in c.accounts { #expect(a.read == a.accepted + a.rejected) }
        }
        #expect(Self.run.components[0].accounts.reduce(0) { $0 + $1.accepted } == 3393)
    }
}
