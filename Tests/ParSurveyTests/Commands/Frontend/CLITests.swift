import Foundation
import Testing
@testable import ParSurvey

/// The command line: exit codes, options anywhere, outputs whole or not at all.
@Suite struct CLITests {
    @Test func optionsMayFollowPositionalArguments() {
        let a = CLIRunner.run(["run", "Samples/binh-dinh-2021", "--format", "json", "--lang", "en"].map(Self.abs))
        let b = CLIRunner.run(["run", "--lang=en", "--format=json", "Samples/binh-dinh-2021"].map(Self.abs))
        #expect(a.code == 0 && a.stdout == b.stdout)
    }

    static func abs(_ s: String) -> String {
        s.hasPrefix("Samples") || s.hasPrefix("Questionnaires") || s.hasPrefix("Tests") ? TestPaths.repo(s) : s
    }

    @Test func runJSONContract() throws {
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "json"])
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(units)? = json["units"] else {
            Issue.record("no units")
            return
        }
        #expect(units.count == 11)
        let ts = try #require(units.first { $0["unit"] == .string("Tây Sơn") })
        for key in [
            "unit", "selfAssessment", "satisfaction", "leadership", "total", "rank", "of", "satisfactionPoints", "leadershipPoints",
        ] {
            #expect(ts[key] != nil, "missing \(key)")
        }
        #expect(ts["total"] == .number(84.11, text: "84.11"))
        #expect(ts["rank"] == .number(4, text: "4"))
        #expect(ts["of"] == .number(11, text: "11"))
        #expect(r.stdout.contains("\"total\": 84.11,"))
        // previous-2020.csv: Tây Sơn 49.00 + 24.88 + 7.88 = 81.76, rank 4 → change 84.11 − 81.76 = +2.35, 25.70 − 24.88 = +0.82.
        #expect(ts["change"]?["total"] == .number(2.35, text: "2.35"))
        #expect(ts["change"]?["satisfaction"] == .number(0.82, text: "0.82"))
        #expect(ts["change"]?["rank"] == .number(0, text: "0"))
    }

    @Test func scoreJSONContract() throws {
        let r = CLIRunner.run([
            "score", "--questionnaire", TestPaths.fixture("pipeline/small-questionnaire.json"),
            TestPaths.fixture("pipeline/six.csv"), "--unit", "unit", "--format", "json",
        ])
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        #expect(json["component"] == .string("satisfaction"))
        #expect(json["maxPoints"] == .number(30, text: "30"))
        guard case let .array(groups)? = json["groups"] else {
            Issue.record("no groups")
            return
        }
        let g = groups[0]
        #expect(g["group"] == .string("U"))
        #expect(g["respondents"] == .number(6, text: "6"))
        #expect(g["points"] == .number(18.38, text: "18.38"))  // 30 × 0.6125 = 18.375 → 18.38 (hand computation)
        guard case let .number(idx, _)? = g["index"] else {
            Issue.record("no index")
            return
        }
        #expect(Swift.abs(idx - 0.6125) < 1e-15)
        guard case let .array(criteria)? = g["criteria"], case let .array(elements)? = g["elements"] else {
            Issue.record("no criteria")
            return
        }
        #expect(criteria.count == 3 && elements.count == 2)
        #expect(criteria[1]["id"] == .string("a2") && criteria[1]["answered"] == .number(4, text: "4"))
    }

    @Test func scoreByCommuneOnTaySon() {
        let r = CLIRunner.run([
            "score", "--questionnaire", TestPaths.repo("Questionnaires/sipas-citizen.json"),
            TestPaths.sample + "/citizens/tay-son.csv", "--by", "commune", "--format", "csv",
        ])
        #expect(r.code == 0)
        let overall = r.stdout.split(separator: "\n").filter { $0.contains(",overall,") }
        #expect(overall.count == 16)  // 15 communes + all together
        // Without the manifest's weighting plan every respondent counts 1: expected.json's
        // independent `unweighted.satisfactionPoints` for Tây Sơn is 25.50283654535911 → 25.50.
        #expect(overall.last?.split(separator: ",", omittingEmptySubsequences: false)[6] == "25.50")
    }

    @Test func usageErrorsExit64() {
        #expect(CLIRunner.run(["--lang", "en"] + []).code == 64)
        #expect(CLIRunner.run(["--lang", "en"] + ["frobnicate"]).code == 64)
        let r = CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--colour"])
        #expect(r.code == 64 && r.stderr.contains("unknown option --colour"))
        #expect(CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--format", "xml"]).code == 64)
    }

    @Test func helpAndVersion() {
        let h = CLIRunner.run(["--lang", "en", "run", "--help"])
        #expect(h.code == 0 && h.stdout.hasPrefix("Usage: par-survey run FOLDER"))
        #expect(CLIRunner.run(["--version"]).stdout == "par-survey 0.3.0\n")
    }

    @Test func missingInputExits66() {
        let r = CLIRunner.run(["--lang", "en"] + ["run", "/nonexistent/folder"])
        #expect(r.code == 66)
        #expect(r.stderr.contains("/nonexistent/folder: cannot read manifest: no such file"))
    }

    @Test func strictTurnsRejectsIntoExit65AndRejectsFileListsThem() throws {
        let dir = TestPaths.temporaryFolder()
        let batch = dir + "/b.csv"
        try "id,unit,a1,a2,b1\nr1,U,4,4,4\nr2,U,Hài lòng lắm,4,4\n".write(toFile: batch, atomically: true, encoding: .utf8)
        let q = TestPaths.fixture("pipeline/small-questionnaire.json")
        let lenient = CLIRunner.run(["validate", "--questionnaire", q, batch, "--unit", "unit", "--rejects", dir + "/rejects.csv"])
        #expect(lenient.code == 0)
        #expect(lenient.stdout.contains("b.csv:3:3: câu trả lời không khớp phương án nào"))  // --lang vi, the default
        let rejects = try String(contentsOfFile: dir + "/rejects.csv", encoding: .utf8)
        #expect(rejects.hasPrefix("file,line,column,columnName,value,reason,kind,message\n\(batch),3,3,a1,Hài lòng lắm,\"answer matches"))
        let strict = CLIRunner.run(["score", "--questionnaire", q, batch, "--unit", "unit", "--strict", "--output", dir + "/out.txt"])
        #expect(strict.code == 65)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.txt"))
    }

    @Test func outputIsWrittenWholeAndNeverOverAnInput() throws {
        let dir = TestPaths.temporaryFolder()
        let out = dir + "/table.csv"
        let ok = CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--format", "csv", "--output", out])
        #expect(ok.code == 0 && ok.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("4,11,Tây Sơn,50.39,25.70,8.02,84.11"))
        let sa = TestPaths.sample + "/self-assessment.csv"
        let before = try InputFile.read(sa)
        let bad = CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--output", sa])
        #expect(bad.code == 64 && bad.stderr.contains("refusing to write the output over an input file"))
        #expect(try InputFile.read(sa) == before)
        #expect(CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--output", "/nonexistent-dir/x.txt"]).code == 73)
    }

    @Test func mergeFromScoreJSON() throws {
        let dir = TestPaths.temporaryFolder()
        for (comp, file) in [("satisfaction", "sat.json"), ("leadership", "lead.json")] {
            let r = CLIRunner.run(["score", TestPaths.sample, "--component", comp, "--format", "json", "--output", dir + "/" + file])
            #expect(r.code == 0)
        }
        let m = CLIRunner.run([
            "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction", dir + "/sat.json",
            "--leadership", dir + "/lead.json", "--format", "csv",
        ])
        #expect(m.code == 0)
        #expect(m.stdout.contains("\n4,11,Tây Sơn,50.39,25.70,8.02,84.11,"))
        let swapped = CLIRunner.run([
            "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction", dir + "/lead.json",
            "--leadership", dir + "/sat.json",
        ])
        #expect(swapped.code == 65 && swapped.stderr.contains("is the leadership component, expected satisfaction"))
    }

    @Test func selfAssessmentScoreAboveMax() throws {
        let dir = TestPaths.temporaryFolder()
        try "unit,criterion,score,max\nA,1.1,10.5,10\n".write(toFile: dir + "/sa.csv", atomically: true, encoding: .utf8)
        #expect(
            throws: SelfAssessmentError.invalid(
                file: dir + "/sa.csv", line: 2, column: 3, value: "10.5", message: "score is above the criterion's max 10.00")
        ) {
            try SelfAssessment.load(path: dir + "/sa.csv")
        }
    }

    @Test func subCriteriaMustSumToTheirGroup() {
        // The shipped scheme's groups 1.1–1.7 (max 10, 5, 10, 7, 11, 5, 12) and 1.3's four sub-criteria (2 + 1.5 + 3 + 3.5).
        let rows =
            ["unit,criterion,score,max"]
            + zip(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"], [10, 5, 10, 7, 11, 5, 12]).map { "A,\($0),1,\($1)" }
            + ["A,1.3.1,0.5,2", "A,1.3.2,0.2,1.5", "A,1.3.3,0.1,3", "A,1.3.4,0.1,3.5"]
        // 0.5 + 0.2 + 0.1 + 0.1 = 0.9 against the group row's 1; maxima 2 + 1.5 + 3 + 3.5 = 10.
        #expect(
            throws: SelfAssessmentError.invalid(
                file: "sa.csv", line: 4, column: 0, value: "A",
                message: "sub-criteria of 1.3 sum to 0.90/10.00, the group row says 1.00/10.00")
        ) {
            try SelfAssessment.parse(Array(rows.joined(separator: "\n").utf8), file: "sa.csv")
        }
    }
}
