import Foundation
import Testing
@testable import ParSurvey

/// Issue 17, item 8: `merge` checks each component file as strictly as a batch: schema
/// version, ranges (0 ≤ points ≤ 30 or 10; standard errors finite and ≥ 0), each unit once,
/// every unit present; every error names the file. Through the built binary.
@Suite struct MergeValidationTests {
    /// The sample's satisfaction and leadership component files, as `score --format json` writes them.
    static let files: (sat: String, lead: String) = {
        let dir = TestPaths.temporaryFolder()
        for (comp, file) in [("satisfaction", "sat.json"), ("leadership", "lead.json")] {
            let r = try! CLIRunner.runBinary([
                "score", TestPaths.sample, "--component", comp, "--format", "json", "--output", dir + "/" + file,
            ])
            precondition(r.code == 0, r.stderr)
        }
        return (dir + "/sat.json", dir + "/lead.json")
    }()

    /// A copy of `path` changed by `edit` (on the parsed JSON object).
    static func edited(_ path: String, _ edit: (inout [String: Any]) -> Void) throws -> String {
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        edit(&json)
        let out = TestPaths.temporaryFolder() + "/edited.json"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: out))
        return out
    }

    static func setGroup(_ json: inout [String: Any], _ i: Int, _ key: String, _ value: Any) {
        var groups = json["groups"] as! [[String: Any]]
        groups[i][key] = value
        json["groups"] = groups
    }

    static func merge(sat: String = files.sat, lead: String = files.lead) throws -> CLIResult {
        try CLIRunner.runBinary(
            ["--lang", "en"] + [
                "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction", sat,
                "--leadership", lead, "--format", "csv",
            ])
    }

    @Test func theScoreJSONCarriesItsSchemaVersionAndMergesCleanly() throws {
        let text = try String(contentsOfFile: Self.files.sat, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,\n"))
        let r = try Self.merge()
        #expect(r.code == 0, "\(r.stderr)")
        // without the key: read as the version-1 layout
        let legacy = try Self.edited(Self.files.sat) { $0["schemaVersion"] = nil }
        #expect(try Self.merge(sat: legacy).stdout == r.stdout)
        let future = try Self.edited(Self.files.sat) { $0["schemaVersion"] = 2 }
        let f = try Self.merge(sat: future)
        #expect(f.code == 65)
        #expect(
            f.stderr
                == "par-survey: error: \(future): schemaVersion 2 is not one this version of par-survey reads (1); score the component again\n"
        )
    }

    @Test(arguments: [
        ("pointsUnrounded", -5.0, "groups[0] (unit 'Quy Nhơn').pointsUnrounded is -5.0, outside 0.0 … 30.0"),
        ("pointsUnrounded", 31.0, "groups[0] (unit 'Quy Nhơn').pointsUnrounded is 31.0, outside 0.0 … 30.0"),
        ("pointsUnrounded", 1e300, "groups[0] (unit 'Quy Nhơn').pointsUnrounded is 1e+300, outside 0.0 … 30.0"),
        ("pointsStandardError", -0.1, "groups[0] (unit 'Quy Nhơn').pointsStandardError is -0.1, outside 0.0 … 30.0"),
        ("index", 1.5, "groups[0] (unit 'Quy Nhơn').index is 1.5, outside 0.0 … 1.0"),
    ])
    func outOfRangeNumbersAreErrorsNamingFileUnitAndValue(_ key: String, _ value: Double, _ message: String) throws {
        let bad = try Self.edited(Self.files.sat) { Self.setGroup(&$0, 0, key, value) }
        let r = try Self.merge(sat: bad)
        #expect(r.code == 65)
        #expect(r.stderr == "par-survey: error: \(bad): \(message)\n")
    }

    @Test func leadershipPointsAboveTenAreRefused() throws {
        let bad = try Self.edited(Self.files.lead) { Self.setGroup(&$0, 3, "pointsUnrounded", 10.5) }
        let r = try Self.merge(lead: bad)
        #expect(r.code == 65)
        #expect(r.stderr.contains("\(bad): groups[3]") && r.stderr.contains("pointsUnrounded is 10.5, outside 0.0 … 10.0"))
    }

    @Test func duplicatedAndMissingUnitsNameTheFile() throws {
        let dup = try Self.edited(Self.files.sat) { j in
            var g = j["groups"] as! [[String: Any]]
            g.append(g[0])
            j["groups"] = g
        }
        let d = try Self.merge(sat: dup)
        #expect(d.code == 65)
        #expect(d.stderr == "par-survey: error: \(dup): groups[11] (unit 'Quy Nhơn'): the unit appears twice (also groups[0])\n")
        let missing = try Self.edited(Self.files.lead) { j in
            var g = j["groups"] as! [[String: Any]]
            g.remove(at: 2)
            j["groups"] = g
        }
        let m = try Self.merge(lead: missing)
        #expect(m.code == 65)
        #expect(
            m.stderr
                == "par-survey: error: \(missing): unit 'Hoài Nhơn' has no leaders' survey data; every unit needs all three components\n")
    }
}
