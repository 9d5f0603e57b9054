import Foundation
import Testing
@testable import ParSurvey

/// Sample sizes against hand computation, and the sample-size command's errors.
@Suite struct SampleSizeTests {
    @Test func yamaneByHand() {
        // N = 1,000, e = 0.05: n = 1000 / (1 + 1000 × 0.0025) = 1000 / 3.5 = 285.714… → 286 (rounded up).
        let x = SampleSizeFormula.yamane(population: 1000, error: 0.05)
        #expect(abs(x - 285.714_285_714) < 1e-8)
        #expect(SampleSizeFormula.roundUp(x) == 286)
        // N = 400, e = 0.05: 400 / (1 + 1) = 200 exactly; floating noise must not make it 201.
        #expect(SampleSizeFormula.roundUp(SampleSizeFormula.yamane(population: 400, error: 0.05)) == 200)
        // N = 10, e = 0.1: 10 / 1.1 = 9.09… → 10.
        #expect(SampleSizeFormula.roundUp(SampleSizeFormula.yamane(population: 10, error: 0.1)) == 10)
    }

    @Test func marginByHand() {
        // z = 1.959964 (R: qnorm(0.975) = 1.959963984540054), p = 0.5, m = 0.05, deff = 1:
        // n₀ = 1.959964² × 0.25 / 0.0025 = 3.841459 × 100 = 384.1459;
        // N = 1,000: n = 384.1459 / (1 + 383.1459 / 1000) = 384.1459 / 1.3831459 = 277.7335 → 278.
        let z = SampleSizeFormula.z(confidence: 0.95)
        #expect(abs(z - 1.959963984540054) < 1e-14)
        let n0 = SampleSizeFormula.forMargin(0.05, share: 0.5, z: z, designEffect: 1, population: nil)
        #expect(abs(n0 - 384.145882) < 1e-6)
        let n = SampleSizeFormula.forMargin(0.05, share: 0.5, z: z, designEffect: 1, population: 1000)
        #expect(abs(n - 277.7335) < 1e-4)
        #expect(SampleSizeFormula.roundUp(n) == 278)
        // deff 2 doubles n₀ (768.29); n = 768.29 / (1 + 767.29/1000) = 434.75 → 435.
        let n2 = SampleSizeFormula.forMargin(0.05, share: 0.5, z: z, designEffect: 2, population: 1000)
        #expect(SampleSizeFormula.roundUp(n2) == 435)
        // Last year's p = 0.85: n₀ = 3.841459 × 0.1275 / 0.0025 = 195.91; n = 195.91 / 1.19491 = 163.96 → 164.
        let n3 = SampleSizeFormula.forMargin(0.05, share: 0.85, z: z, designEffect: 1, population: 1000)
        #expect(SampleSizeFormula.roundUp(n3) == 164)
    }

    @Test func inverseUndoesTheCorrection() {
        // n = 278 of N = 1,000: m = 1.959964 × √(0.25 × 722 / (278 × 999)) = 1.959964 × √0.00064993 = 0.049967.
        let z = SampleSizeFormula.z(confidence: 0.95)
        let m = SampleSizeFormula.margin(respondents: 278, share: 0.5, z: z, designEffect: 1, population: 1000)
        #expect(abs(m - 0.049967) < 1e-6)
        // The inverse of the exact (unrounded) n gives back m = 0.05.
        let n = SampleSizeFormula.forMargin(0.05, share: 0.5, z: z, designEffect: 1.7, population: 2500)
        #expect(abs(SampleSizeFormula.margin(respondents: n, share: 0.5, z: z, designEffect: 1.7, population: 2500) - 0.05) < 1e-12)
        #expect(SampleSizeFormula.margin(respondents: 50, share: 0.5, z: z, designEffect: 1, population: 50) == 0)
    }

    @Test func planAppliesResponseRateMinMaxAndCensus() {
        // Yamane 286 respondents at a 70 % response rate: 286 / 0.7 = 408.57 → 409 forms.
        let plan = SampleSizePlan(rule: .yamane(error: 0.05), responseRate: 0.7, minimum: 100, maximum: 400)
        let a = plan.size(.init(unit: "A", population: 1000))
        #expect(a.respondents == 286 && a.forms == 400 && a.note == "max")
        // N = 60: 60 / 1.15 = 52.17 → 53; / 0.7 = 75.7 → 76 ≥ 60: a census of 60.
        let b = plan.size(.init(unit: "B", population: 60))
        #expect(b.respondents == 53 && b.forms == 60 && b.note == "census")
        let c = SampleSizePlan(rule: .yamane(error: 0.1), minimum: 150).size(.init(unit: "C", population: 5000))
        // 5000 / 51 = 98.04 → 99, raised to 150.
        #expect(c.respondents == 99 && c.forms == 150 && c.note == "min")
        // 30-point margin = 30 × share margin.
        #expect(abs(c.scoreMargin - 30 * c.margin) < 1e-12)
    }

    @Test func commandCSVFeedsTheDraw() throws {
        let pop = TestPaths.write("unit,N\nAn Nhơn,1000\nTây Sơn,400\n", name: "pop.csv")
        let r = CLIRunner.run(["sample-size", "--population", pop, "--format", "csv"])
        #expect(r.code == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines[0] == "unit,N,designEffect,p,exactRespondents,respondents,n,expectedRespondents,margin,scoreMargin,note")
        #expect(lines[1].hasPrefix("An Nhơn,1000,1.000000,0.500000,285.714286,286,286,"))
        #expect(lines[2].hasPrefix("Tây Sơn,400,1.000000,0.500000,200.000000,200,200,"))
    }

    @Test func frameCountsRowsPerUnit() throws {
        var s = "id,unit\n"
        for i in 0..<1000 { s += "t\(i),A\n" }
        for i in 0..<10 { s += "u\(i),B\n" }
        let frame = TestPaths.write(s, name: "frame.csv")
        let r = CLIRunner.run(["sample-size", "--frame", frame, "--unit", "unit", "--format", "json"])
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(units)? = json["units"] else {
            Issue.record("no units")
            return
        }
        #expect(units[0]["N"] == .number(1000, text: "1000") && units[0]["n"] == .number(286, text: "286"))
        #expect(units[1]["N"] == .number(10, text: "10") && units[1]["n"] == .number(10, text: "10"))
    }

    @Test func perUnitDesignEffectAndShareTables() throws {
        let pop = TestPaths.write("unit,N\nA,1000\nB,1000\n", name: "pop.csv")
        let deff = TestPaths.write("unit,deff\nA,2\nB,1\n", name: "deff.csv")
        let r = CLIRunner.run(["sample-size", "--population", pop, "--margin", "0.05", "--deff", deff, "--format", "csv"])
        #expect(r.code == 0)
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows[1][6] == "435" && rows[2][6] == "278")  // hand values above
    }

    @Test func badInputNamesFileLineAndValue() {
        let neg = TestPaths.write("unit,N\nA,1000\nB,-5\n", name: "neg.csv")
        let r1 = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", neg])
        #expect(r1.code == 65 && r1.stderr.contains("neg.csv:3:") && r1.stderr.contains("'-5'"))
        let text = TestPaths.write("unit,N\nA,many\n", name: "text.csv")
        let r2 = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", text])
        #expect(r2.code == 65 && r2.stderr.contains("text.csv:2:") && r2.stderr.contains("'many'"))
        let pop = TestPaths.write("unit,N\nA,1000\n", name: "pop.csv")
        for e in ["0", "1", "1.5", "-0.1", "x"] {
            let r = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", pop, "--error", e])
            #expect(r.code == 64 && r.stderr.contains("--error") && r.stderr.contains("'\(e)'"))
        }
        let sizes = TestPaths.write("unit,n\nA,1200\n", name: "sizes.csv")
        let r3 = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", pop, "--sizes", sizes])
        #expect(r3.code == 65 && r3.stderr.contains("sizes.csv:2:") && r3.stderr.contains("1200"))
        let other = TestPaths.write("unit,n\nZ,10\n", name: "other.csv")
        let r4 = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", pop, "--sizes", other])
        #expect(r4.code == 65 && r4.stderr.contains("other.csv:2:") && r4.stderr.contains("'Z'") && r4.stderr.contains("no frame rows"))
        let dup = TestPaths.write("unit,N\nA,10\nA,20\n", name: "dup.csv")
        let r5 = CLIRunner.run(["--lang", "en"] + ["sample-size", "--population", dup])
        #expect(r5.code == 65 && r5.stderr.contains("dup.csv:3:") && r5.stderr.contains("twice"))
    }
}
