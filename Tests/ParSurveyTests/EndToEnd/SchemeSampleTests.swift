import Foundation
import Testing
@testable import ParSurvey

/// The two scheme samples against the generator's independent figures
/// (`Scripts/gen_index_samples.py`, numpy, from the files on disk): every unit.
@Suite struct SchemeSampleTests {
    static func hundredths(_ v: JSONValue?) -> Int? {
        guard case let .number(x, _)? = v else { return nil }
        return Int((x * 100).rounded())
    }

    static func check(_ sample: String) throws {
        let folder = TestPaths.repo("Samples/" + sample)
        let expected = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))))
        guard case let .array(units)? = expected["units"] else {
            Issue.record("no units")
            return
        }
        let run = try ParIndexRun.run(path: folder)
        let rows = Dictionary(uniqueKeysWithValues: run.table.rows.map { ($0.unit, $0) })
        #expect(rows.count == units.count)
        for e in units {
            guard case let .string(name)? = e["unit"], let r = rows[name] else {
                Issue.record("unit missing: \(String(describing: e["unit"]))")
                continue
            }
            #expect(r.selfAssessment == hundredths(e["selfAssessment"]), "\(name)")
            #expect(r.satisfaction == hundredths(e["satisfaction"]), "\(name)")
            #expect(r.leadership == hundredths(e["leadership"]), "\(name)")
            #expect(r.adjustment == hundredths(e["adjustment"]), "\(name)")
            #expect(r.total == hundredths(e["total"]), "\(name)")
            #expect(.number(Double(r.rank), text: String(r.rank)) == e["rank"], "\(name)")
            #expect(.number(Double(r.of), text: String(r.of)) == e["of"], "\(name)")
            let grade: JSONValue = r.grade.map { .string($0.id) } ?? .null
            #expect(grade == e["grade"], "\(name)")
            let group: JSONValue = r.rankGroup.map { .string($0.id) } ?? .null
            #expect(group == e["rankGroup"], "\(name)")
            #expect(.array(r.missing.map { .string($0.rawValue) }) == e["missing"], "\(name)")
            if case let .number(p, _)? = e["satisfactionPoints"] { #expect(abs(r.satisfactionPoints - p) < 1e-9, "\(name)") }
            if case let .number(p, _)? = e["leadershipPoints"] { #expect(abs(r.leadershipPoints - p) < 1e-9, "\(name)") }
            switch e["previous"] {
            case nil: #expect(r.previous == nil && !r.previousNotComparable, "\(name)")
            case let p?:
                if p["notComparable"] != nil {
                    #expect(r.previousNotComparable && r.previous == nil, "\(name)")
                } else {
                    #expect(r.previous?.derived == true && r.previous?.rank == 0, "\(name)")
                    #expect(r.previous?.selfAssessment == hundredths(p["selfAssessment"]), "\(name)")
                    #expect(r.previous?.satisfaction == hundredths(p["satisfaction"]), "\(name)")
                    #expect(r.previous?.leadership == hundredths(p["leadership"]), "\(name)")
                    #expect(r.previous?.total == hundredths(p["total"]), "\(name)")
                }
            }
        }
    }

    @Test func taySonCommunes2021() throws { try Self.check("tay-son-communes-2021") }

    @Test func giaLai2025() throws { try Self.check("gia-lai-2025") }

    @Test func giaLaiDerivedMarkersInEveryFormat() throws {
        let dir = TestPaths.repo("Samples/gia-lai-2025")
        let table = CLIRunner.run(["run", dir, "--lang", "en"])
        #expect(table.code == 0)
        #expect(table.stdout.contains("* Previous year derived through the unit crosswalk"))
        #expect(table.stdout.contains("  Bình Khê ← Tây Thuận + Tây Giang"))
        #expect(table.stdout.contains("not comparable"))
        let csv = CLIRunner.run(["run", dir, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n")[0].contains("previousBasis"))
        #expect(csv.stdout.contains(",derived,") && csv.stdout.contains(",notComparable,"))
        let json = CLIRunner.run(["run", dir, "--format", "json"])
        #expect(json.stdout.contains("\"derived\": true") && json.stdout.contains("\"notComparable\": true"))
        #expect(json.stdout.contains("\"derivation\": \"Tây Thuận + Tây Giang\""))
    }
}
