import Foundation
import Testing
@testable import ParSurvey

/// Issue 17, items 4 and 5: numbers that used to crash the tool (signal 4) or publish
/// `inf`/`nan` are refused where they enter, with the file, line or key and the value;
/// whatever passes gives finite output. Every case runs the built binary.
@Suite struct NumberRangeTests {
    typealias C = MalformedCorpus

    /// `mini.json` split into two elements (q1, q2 | q3) with these element weights and maxPoints.
    static func questionnaire(elementWeights: (String, String) = ("1", "1"), maxPoints: String = "30") throws -> String {
        var q = try String(contentsOfFile: C.path("mini.json"), encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(q.utf8)) as! [String: Any]
        var element = (json["elements"] as! [[String: Any]])[0]
        let questions = element["questions"] as! [Any]
        element["questions"] = Array(questions[0..<2])
        element["weight"] = "@W1@"
        var second = element
        second["id"] = "E2"
        second["questions"] = [questions[2]]
        second["weight"] = "@W2@"
        var out = json
        out["elements"] = [element, second]
        out["maxPoints"] = "@MAX@"
        q = String(decoding: try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]), as: UTF8.self)
        q = q.replacingOccurrences(of: "\"@W1@\"", with: elementWeights.0).replacingOccurrences(of: "\"@W2@\"", with: elementWeights.1)
            .replacingOccurrences(of: "\"@MAX@\"", with: maxPoints)
        return TestPaths.write(q, name: "q.json")
    }

    static func batch(weight: String) -> String {
        TestPaths.write(
            "id,district,weight,q1,q2,q3\nA,Tây Sơn,\(weight),4,5,4\nB,Tây Sơn,1,2,5,1\nC,An Lão,1,4,4,4\nD,An Lão,2,1,1,5\n",
            name: "w.csv")
    }

    /// No CSV field of `text` is inf or nan (any spelling).
    static func allFinite(_ text: String) -> Bool {
        !text.split(whereSeparator: { $0 == "," || $0 == "\n" }).contains { f in
            let v = f.lowercased().trimmingCharacters(in: .whitespaces)
            return ["inf", "-inf", "+inf", "nan", "-nan", "infinity", "-infinity"].contains(v)
        }
    }

    @Test(arguments: ["1e200", "1e-320", "1.7e308", "5e-324", "1e13", "0.0000000001"])
    func anExtremeWeightRejectsItsRowNamingTheValue(_ w: String) throws {
        let b = Self.batch(weight: w)
        let r = try CLIRunner.runBinary([
            "score", "--questionnaire", C.path("mini.json"), "--unit", "district", "--weight", "weight",
            "--format", "csv", b,
        ])
        #expect(r.code == 0)
        // line 2, column 3 is the weight; the value as written
        #expect(r.stderr.contains("\(b):2:3: trọng số ") && r.stderr.contains("(cột 'weight', giá trị '\(w)')"), "\(r.stderr)")
        #expect(Self.allFinite(r.stdout))
    }

    @Test func weightsAtTheEndsOfTheRangeGiveFiniteResults() throws {
        for w in ["1e12", "1e-9", "999999999999"] {
            let r = try CLIRunner.runBinary([
                "score", "--questionnaire", C.path("mini.json"), "--unit", "district", "--weight", "weight",
                "--format", "csv", Self.batch(weight: w),
            ])
            #expect(r.code == 0 && !r.stderr.contains("rejected"), "\(w): \(r.stderr)")
            #expect(Self.allFinite(r.stdout))
        }
    }

    static func tinyCase(commune2Total: String) throws -> [String] {
        let dir = TestPaths.temporaryFolder()
        let src = TestPaths.fixture("weighting/cases/tiny")
        try FileManager.default.copyItem(atPath: src, toPath: dir + "/tiny")
        var csv = try String(contentsOfFile: dir + "/tiny/commune.csv", encoding: .utf8)
        csv = csv.replacingOccurrences(of: "C02,23757", with: "C02,\(commune2Total)")
        try csv.write(toFile: dir + "/tiny/commune.csv", atomically: true, encoding: .utf8)
        return [
            "score", "--questionnaire", TestPaths.fixture("weighting/questionnaire.json"), dir + "/tiny/responses.csv",
            "--unit", "district", "--group", "rtype", "--weight", "weight", "--weighting", dir + "/tiny/plans/ps.json", "--format", "csv",
        ]
    }

    @Test(arguments: ["1e300", "1.7e308", "1e13"])
    func anExtremePopulationTotalIsAnErrorNamingFileLineAndValue(_ total: String) throws {
        let args = try Self.tinyCase(commune2Total: total)
        let r = try CLIRunner.runBinary(["--lang", "en"] + args)
        #expect(r.code == 65)
        #expect(r.stderr.contains("commune.csv:3:2: '\(total)': target"), "\(r.stderr)")
    }

    @Test func extremeQuestionnaireNumbersAreErrorsNamingKeyAndValue() throws {
        let cases: [(q: String, key: String, value: String)] = [
            (try Self.questionnaire(maxPoints: "1e18"), "maxPoints", "1e+18"),
            (try Self.questionnaire(elementWeights: ("1e308", "1e308")), "elements[0].weight", "1e+308"),
            (try Self.questionnaire(elementWeights: ("1", "1e-320")), "elements[1].weight", "1e-320"),
        ]
        for c in cases {
            let r = try CLIRunner.runBinary(
                ["--lang", "en"] + ["score", "--questionnaire", c.q, "--unit", "district", C.path("answers.csv")])
            #expect(r.code == 65, "\(c.key)")
            #expect(r.stderr.contains("\(c.q): questionnaire key '\(c.key)': ") && r.stderr.contains(c.value), "\(r.stderr)")
        }
    }

    @Test func aConfidenceLevelTooCloseToOneIsAUsageError() throws {
        let r = try CLIRunner.runBinary([
            "score", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
            "--level", "0.9999999999999999", "--lang", "en",
        ])
        #expect(r.code == 64)
        #expect(r.stderr.contains("--level 0.9999999999999999 is too close to 1"))
        let ok = try CLIRunner.runBinary([
            "score", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
            "--level", "0.9999", "--format", "csv",
        ])
        #expect(ok.code == 0 && Self.allFinite(ok.stdout))
    }

    @Test func nonTrappingArithmetic() {
        // saturates instead of trapping (overflow at DecimalText.swift:101, the precondition at :79)
        #expect(DecimalText.roundedScaled(1e300) == Int.max)
        #expect(DecimalText.roundedScaled(-1e300) == -Int.max)
        #expect(DecimalText.roundedScaled(.infinity) == Int.max)
        #expect(DecimalText.roundedScaled(.nan) == 0)
        #expect(DecimalText.roundedScaled(84.105) == 8411)
        #expect(StudentT.quantile(1, df: 5) == .infinity)
        #expect(StudentT.quantile(0, df: 5) == -.infinity)
        #expect(StudentT.quantile(0.5, df: .nan).isNaN)
    }

    /// The sample's satisfaction component file with the first unit's `pointsUnrounded` written as `text`.
    static func satisfactionFile(points text: String) throws -> String {
        let json = try String(contentsOfFile: MergeValidationTests.files.sat, encoding: .utf8)
        let key = "\"pointsUnrounded\": "
        let start = try #require(json.range(of: key)).upperBound
        let end = try #require(json[start...].firstIndex(of: ","))
        return TestPaths.write(json.replacingCharacters(in: start..<end, with: text), name: "sat.json")
    }

    /// Random extreme numbers in weights, totals, element weights, maxPoints and merged points: each run
    /// either refuses the value naming it, or gives finite output; never a crash.
    @Test func randomExtremeNumbersGiveAnErrorNamingTheValueOrFiniteOutput() throws {
        var rng = Xoshiro256StarStar(seed: 17)
        let specials = ["1e-320", "1e200", "1.7e308", "4.9e-324", "1e400", "nan", "NaN", "inf", "-1e5", "0", "1e18", "1e-7"]
        for i in 0..<50 {
            let value: String
            if i % 2 == 0 {
                value = specials[Int(rng.next() % UInt64(specials.count))]
            } else {
                let mantissa = 1 + Double(rng.next() % 9000) / 1000
                let exponent = Int(rng.next() % 640) - 330
                value = "\(mantissa)e\(exponent)"
            }
            let target = i % 5
            let args: [String]
            switch target {
            case 4:
                args = [
                    "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction",
                    try Self.satisfactionFile(points: value), "--leadership", MergeValidationTests.files.lead, "--format", "csv",
                ]
            case 0:
                args = [
                    "score", "--questionnaire", C.path("mini.json"), "--unit", "district", "--weight", "weight", "--format", "csv",
                    Self.batch(weight: value),
                ]
            case 1: args = try Self.tinyCase(commune2Total: value)
            case 2:
                args = [
                    "score", "--questionnaire", try Self.questionnaire(elementWeights: ("1", value)), "--unit", "district",
                    "--format", "csv", C.path("answers.csv"),
                ]
            default:
                args = [
                    "score", "--questionnaire", try Self.questionnaire(maxPoints: value), "--unit", "district",
                    "--format", "csv", C.path("answers.csv"),
                ]
            }
            let r = try CLIRunner.runBinary(["--lang", "en"] + args)
            #expect(r.code == 0 || r.code == 65, "\(value) in target \(target): exit \(r.code) \(r.stderr)")
            let refused = r.code == 65 || r.stderr.contains("value '\(value)'")
            if refused {
                let shown = Double(value).map { "\($0)" }
                // `nan`, `inf` are not JSON: the questionnaire's JSON error names file, line and column
                let notJSON =
                    target >= 2 && (r.stderr.contains("q.json:1:") || r.stderr.contains("sat.json: line "))
                    && r.stderr.contains("not valid JSON")
                #expect(r.stderr.contains(value) || shown.map { r.stderr.contains($0) } == true || notJSON, "\(value): \(r.stderr)")
            } else {
                #expect(Self.allFinite(r.stdout), "\(value) in target \(target)")
            }
        }
    }
}
