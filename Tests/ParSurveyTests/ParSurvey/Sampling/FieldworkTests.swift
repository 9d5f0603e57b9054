import Foundation
import Testing
@testable import ParSurvey

/// Fieldwork monitoring against a drawn sample, and the sample folder's reproducibility.
@Suite struct FieldworkTests {
    static let folder = TestPaths.repo("Samples/sampling-2025")

    static let draw = """
        id,unit,reserve,inclusionProbability,designWeight
        a1,A,0,0.5,2
        a2,A,0,0.5,2
        a3,A,0,0.5,2
        a4,A,0,0.5,2
        a5,A,1,0.5,2
        b1,B,0,0.25,4
        b2,B,0,0.25,4
        b3,B,1,0.25,4

        """

    @Test func countsByHand() throws {
        let sample = try DrawnSample.load(DrawnSampleSpec(file: TestPaths.write(Self.draw, name: "draw.csv"), id: "id", unit: "unit"))
        let forms: [FieldworkProgress.Form] = [
            .init(frameID: "a1", unit: "A", origin: "f:2"), .init(frameID: "a2", unit: "A", origin: "f:3"),
            .init(frameID: "a5", unit: "A", origin: "f:4"),  // a replacement from the reserve
            .init(frameID: "zz", unit: "A", origin: "f:5"),  // not drawn
            .init(frameID: "b1", unit: "A", origin: "f:6"),  // drawn for B, answered as A: not A's sample
            .init(frameID: "b2", unit: "B", origin: "f:7"),
            .init(frameID: "a1", unit: "A", origin: "f:8"),  // a1 again: a duplicate, not a second response
        ]
        let p = FieldworkProgress(sample: sample, forms: forms, rejected: ["B": 2], target: 0.3, minimum: 4)
        let a = p.units[0]
        let b = p.units[1]
        // A: N = 4 × 2 = 8, planned 4; accepted 6 = 2 from the sample + 1 reserve + 2 outside + 1 duplicate; rate 2/4.
        #expect(a.unit == "A" && a.population == 8 && a.planned == 4 && a.accepted == 6 && a.rejected == 0 && a.received == 6)
        #expect(a.fromSample == 2 && a.fromReserve == 1 && a.notInSample == 2 && a.duplicates == 1 && a.responseRate == 0.5)
        // B: N = 2 × 4 = 8, planned 2, accepted 1 (+2 rejected = 3 received); rate 1/2.
        #expect(b.population == 8 && b.planned == 2 && b.accepted == 1 && b.rejected == 2 && b.received == 3 && b.responseRate == 0.5)
        #expect(p.outside.map(\.origin) == ["f:5", "f:6"])
        // Margin for A: n = 6 − 1 duplicate = 5 of N = 8: 1.959964 × √(0.25 × 3 / (5 × 7)) = 1.959964 × 0.146385 = 0.286909 < 0.3.
        #expect(abs(a.margin - 0.286909) < 1e-6 && !a.aboveTarget && !a.belowMinimum)
        // B: n = 1 of 8: 1.959964 × √(0.25 × 7 / 7) = 0.979982 > 0.3; 1 < 4 forms.
        #expect(abs(b.margin - 0.979982) < 1e-6 && b.aboveTarget && b.belowMinimum)
    }

    @Test func sampleFolderFieldwork() throws {
        let r = CLIRunner.run(["fieldwork", Self.folder, "--target", "0.05", "--min", "150", "--format", "json"])
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(comps)? = json["components"], case let .array(units)? = comps.first?["fieldwork"]?["units"] else {
            Issue.record("no units")
            return
        }
        #expect(units.count == 5)
        // Planned = the draw's rows with reserve 0 per commune, which are sample-size's n (sizes.csv).
        let sizes = try SamplingTable.read(Self.folder + "/sample/sizes.csv")
        for row in sizes.rows {
            let u = try #require(units.first { $0["unit"] == .string(row.fields[0]) })
            #expect(u["planned"] == .number(Double(row.fields[6])!, text: row.fields[6]))
            #expect(u["N"] == .number(Double(row.fields[1])!, text: row.fields[1]))
        }
        // Counts add up to the batch accounting: accepted 1060 + rejected 1 = 1061 read.
        let accepted = units.reduce(0) {
            if case let .number(v, _)? = $1["accepted"] { return $0 + Int(v) }
            return $0
        }
        let rejected = units.reduce(0) {
            if case let .number(v, _)? = $1["rejected"] { return $0 + Int(v) }
            return $0
        }
        #expect(accepted == 1060 && rejected == 1)
        guard case let .array(outside)? = comps.first?["fieldwork"]?["notInSample"] else {
            Issue.record("no list")
            return
        }
        #expect(outside.count == 2)
        let hiep = try #require(units.first { $0["unit"] == .string("Bình Hiệp") })
        #expect(hiep["belowMinimum"] == .bool(true))
    }

    @Test func sampleFolderIsReproducible() throws {
        // sizes.csv is what sample-size computes from the frame, and draw.csv what the recorded seed draws.
        let frame = Self.folder + "/frame/transactions.csv"
        let s = CLIRunner.run(["sample-size", "--frame", frame, "--unit", "commune", "--error", "0.05", "--format", "csv"])
        #expect(s.stdout == (try String(contentsOfFile: Self.folder + "/sample/sizes.csv", encoding: .utf8)))
        let out = TestPaths.temporaryFolder() + "/draw.csv"
        let record = try JSONParser.parse(try String(contentsOfFile: Self.folder + "/sample/draw.csv.draw.json", encoding: .utf8))
        guard case let .number(seed, _)? = record["seed"] else {
            Issue.record("no seed")
            return
        }
        let d = CLIRunner.run([
            "draw", frame, "--id", "transactionId", "--unit", "commune", "--strata", "field",
            "--sizes", Self.folder + "/sample/sizes.csv", "--reserve", "0.1", "--seed", String(UInt64(seed)), "--output", out,
        ])
        #expect(d.code == 0)
        #expect(try InputFile.read(out) == InputFile.read(Self.folder + "/sample/draw.csv"))
        #expect(record["frame"]?["sha256"] == .string(SHA256.hex(try InputFile.read(frame))))
        // n per commune in the draw = sample-size's n (Tây Sơn: 1450 / (1 + 1450 × 0.0025) = 313.51 → 314).
        let drawn = try SamplingTable.read(out)
        #expect(drawn.rows.filter { $0.fields[1] == "Tây Sơn" && $0.fields[5] == "0" }.count == 314)
    }

    @Test func runAcceptsTheSampleManifestAndItsDesignWeights() throws {
        let r = CLIRunner.run(["weight", Self.folder, "--component", "satisfaction", "--format", "json"])
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(comps)? = json["components"] else {
            Issue.record("no components")
            return
        }
        #expect(comps.count == 1)
        let run = CLIRunner.run(["run", Self.folder, "--format", "json"])
        #expect(run.code == 0)
    }

    @Test func aManifestWithoutASampleIsAnError() {
        let r = CLIRunner.run(["fieldwork", TestPaths.sample])
        #expect(r.code == 65 && r.stderr.contains("names a drawn sample"))
    }

    @Test func manifestSampleKeyIsChecked() throws {
        let folder = TestPaths.temporaryFolder()
        let manifest = try String(contentsOfFile: Self.folder + "/survey.json", encoding: .utf8)
            .replacingOccurrences(of: "\"batchColumn\"", with: "\"batchColum\"")
            .replacingOccurrences(of: "../../Questionnaires", with: TestPaths.repo("Questionnaires"))
            .replacingOccurrences(of: "\"citizens/", with: "\"\(Self.folder)/citizens/")
        _ = FileManager.default.createFile(atPath: folder + "/survey.json", contents: Data(manifest.utf8))
        let r = CLIRunner.run(["--lang", "en", "fieldwork", folder])
        #expect(r.code == 65 && r.stderr.contains("components[0].sample.batchColum") && r.stderr.contains("unknown key"))
    }
}
