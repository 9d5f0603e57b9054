import Foundation
import Testing
@testable import ParSurvey

/// The small gaps of issue 13, through the CLI: `merge --scheme/--register/--year`, batch
/// rows naming a unit not valid in the survey year, and derivation notes in the language's
/// decimal sign.
@Suite struct SchemeGapTests {
    /// Scores both components of the Tây Sơn commune sample to JSON, then merges them with
    /// the sample's scheme and register. Every unit's total and rank must be the generator's
    /// (`Samples/tay-son-communes-2021/expected.json`, numpy in `Scripts/gen_index_samples.py`,
    /// not par-survey): the same figures `run` gives, now from `merge`.
    @Test func mergeWithSchemeAndRegisterMatchesTheGenerator() throws {
        let s = TestPaths.repo("Samples/tay-son-communes-2021")
        let dir = TestPaths.temporaryFolder()
        let sat = CLIRunner.run(["score", s, "--component", "satisfaction", "--format", "json", "--output", dir + "/sat.json"])
        let lead = CLIRunner.run(["score", s, "--component", "leadership", "--format", "json", "--output", dir + "/lead.json"])
        #expect(sat.code == 0 && lead.code == 0, "\(sat.stderr) \(lead.stderr)")
        let common = [
            "merge", "--self-assessment", s + "/self-assessment.csv", "--satisfaction", dir + "/sat.json",
            "--leadership", dir + "/lead.json", "--lang", "en",
        ]
        // Without --scheme, the shipped district scheme refuses the commune criteria (1.2 has max 4 here, 5 there).
        let plain = CLIRunner.run(common)
        #expect(plain.code == 65 && plain.stderr.contains("criterion 1.2 has max 5.00 points (value '4')"), "\(plain.stderr)")
        // With the scheme but no register: the leaders' forms name units by register id (TS-01 = Phú Phong).
        let noRegister = CLIRunner.run(common + ["--scheme", s + "/scheme.json"])
        #expect(
            noRegister.code == 65 && noRegister.stderr.contains("unit 'TS-01' in the leaders' survey is not in the list of units"),
            "\(noRegister.stderr)")
        let r = CLIRunner.run(
            common + ["--scheme", s + "/scheme.json", "--register", s + "/register.csv", "--year", "2021", "--format", "csv"])
        #expect(r.code == 0, "\(r.stderr)")
        let expected = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: s + "/expected.json"))))
        guard case let .array(units)? = expected["units"] else {
            Issue.record("no units")
            return
        }
        var got: [String: (rank: String, total: String)] = [:]
        for line in r.stdout.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            got[f[2]] = (f[0], f[6])
        }
        #expect(got.count == 15)
        for e in units {
            guard case let .string(name)? = e["unit"], case let .number(total, _)? = e["total"], case let .number(rank, _)? = e["rank"]
            else {
                Issue.record("bad expected row")
                continue
            }
            #expect(got[name]?.total == String(format: "%.2f", total), "\(name)")
            #expect(got[name]?.rank == String(Int(rank)), "\(name)")
        }
        // A register unit named in a component file but not valid in the year: an error naming the file.
        let bad = CLIRunner.run(common + ["--scheme", s + "/scheme.json", "--register", s + "/register.csv", "--year", "2026"])
        #expect(bad.code == 65 && bad.stderr.contains("was not valid on 2026-12-31"), "\(bad.stderr)")
        let usage = CLIRunner.run(common + ["--register", s + "/register.csv"])
        #expect(usage.code == 64 && usage.stderr.contains("--register needs --year"), "\(usage.stderr)")
    }

    /// Two citizens' forms of the Gia Lai 2025 copy name former communes (by name and by id)
    /// that the register (`register.csv` lines 142 and 155) ends on 2025-06-30: each row is
    /// rejected saying the unit was not valid in 2025, not that it is missing from the
    /// manifest; a name that no register row has keeps the old reason.
    @Test func batchRowNamingAUnitNotValidInTheYear() throws {
        let dir = try CrosswalkTests.giaLaiCopy {
            try CrosswalkTests.replace($0 + "/citizens.csv", "GL-001-C001,Tây Sơn,", "GL-001-C001,Tây Thuận,")
            try CrosswalkTests.replace($0 + "/citizens.csv", "GL-001-C002,Tây Sơn,", "GL-001-C002,BD-TS-15,")
            try CrosswalkTests.replace($0 + "/citizens.csv", "GL-001-C003,Tây Sơn,", "GL-001-C003,Xã Không Có,")
        }
        let r = CLIRunner.run(["run", dir, "--lang", "en", "--rejects", dir + "/rejects.csv"])
        #expect(r.code == 0, "\(r.stderr)")
        let rejects = try String(contentsOfFile: dir + "/rejects.csv", encoding: .utf8)
        #expect(rejects.contains("unit not valid in 2025 (register \(dir)/register.csv: BD-TS-02 … – 2025-06-30)"), "\(rejects)")
        #expect(rejects.contains("unit not valid in 2025 (register \(dir)/register.csv: BD-TS-15 … – 2025-06-30)"), "\(rejects)")
        #expect(rejects.contains("unknown unit (not in the manifest's units)"))
        #expect(rejects.split(separator: "\n").count == 4)  // header + 3 rows
    }

    /// The Gia Lai crosswalk (`crosswalk.csv` line 17: Bình Thành → Bình An, share 0.4) in the
    /// note under the table: "0,40 ×" in Vietnamese, "0.40 ×" in English and JSON.
    @Test func derivationSharesInTheLanguagesDecimalSign() throws {
        let dir = TestPaths.repo("Samples/gia-lai-2025")
        let vi = CLIRunner.run(["run", dir])
        #expect(vi.code == 0)
        #expect(vi.stdout.contains("  Bình An ← Bình Tường + Bình Hòa + Tây Vinh + 0,40 × Bình Thành"), "\(vi.stdout)")
        #expect(!vi.stdout.contains("0.40 ×") && !vi.stdout.contains("0.60 ×"))
        let en = CLIRunner.run(["run", dir, "--lang", "en"])
        #expect(en.stdout.contains("  Bình An ← Bình Tường + Bình Hòa + Tây Vinh + 0.40 × Bình Thành"))
        let json = CLIRunner.run(["run", dir, "--format", "json"])
        #expect(json.stdout.contains("\"derivation\": \"Bình Tường + Bình Hòa + Tây Vinh + 0.40 × Bình Thành\""))
    }
}
