import Foundation
import Testing
@testable import ParSurvey

/// `par-survey draw` end to end: files written, same bytes for the same seed, bad input named.
@Suite struct DrawCommandTests {
    static let frame = DrawTests.frame

    static func draw(_ extra: [String], frame: String = Self.frame) -> (CLIResult, String) {
        let out = TestPaths.temporaryFolder() + "/draw.csv"
        let r = CLIRunner.run(["draw", frame, "--id", "transactionId", "--unit", "commune", "--seed", "42", "--output", out] + extra)
        return (r, out)
    }

    @Test func writesSampleAndRecord() throws {
        let (r, out) = Self.draw(["--strata", "field", "--size", "6", "--reserve", "0.5", "--lang", "en"])
        #expect(r.code == 0)
        #expect(r.stdout.contains("seed 42"))
        let sample = try SamplingTable.read(out)
        #expect(sample.header == ["transactionId", "commune", "field", "phone", "reserve", "inclusionProbability", "designWeight"])
        // Phú Phong: 6 over land 12, civil 7 (N = 19): quotas 3.79, 2.21 → 3, 2 + 1 to land → 4, 2;
        // reserve ⌈0.5 × 4⌉ = 2 and ⌈0.5 × 2⌉ = 1.
        let pp = sample.rows.filter { $0.fields[1] == "Phú Phong" }
        #expect(pp.filter { $0.fields[2] == "land" && $0.fields[4] == "0" }.count == 4)
        #expect(pp.filter { $0.fields[2] == "land" && $0.fields[4] != "0" }.map { $0.fields[4] } == ["1", "2"])
        #expect(
            pp.filter { $0.fields[2] == "civil" && $0.fields[4] == "0" }.allSatisfy {
                $0.fields[5] == "\(2.0 / 7)" && $0.fields[6] == "3.5"
            })
        let record = try JSONParser.parse(try String(contentsOfFile: out + ".draw.json", encoding: .utf8))
        #expect(record["seed"] == .number(42, text: "42"))
        #expect(record["frame"]?["sha256"] == .string(SHA256.hex(try InputFile.read(Self.frame))))
        #expect(record["totals"]?["N"] == .number(51, text: "51"))
    }

    @Test func sameSeedSameBytesAnyRowOrder() throws {
        let (_, a) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1"])
        let (_, b) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1"])
        #expect(try InputFile.read(a) == InputFile.read(b))
        // The frame's rows reversed: the same sample (members are ordered by id before drawing).
        let lines = try String(contentsOfFile: Self.frame, encoding: .utf8).split(separator: "\n")
        let reversed = TestPaths.write(([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n", name: "frame.csv")
        let (_, c) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1"], frame: reversed)
        #expect(try InputFile.read(a) == InputFile.read(c))
        let (_, d) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1", "--seed", "43"])
        #expect(try InputFile.read(a) != InputFile.read(d))
    }

    @Test func badInputNamesFileLineAndValue() {
        let dup = TestPaths.write("transactionId,commune\nT1,A\nT2,A\nT1,B\n", name: "dup.csv")
        let (r1, _) = Self.draw(["--lang", "en", "--size", "1"], frame: dup)
        #expect(
            r1.code == 65 && r1.stderr.contains("dup.csv:4:") && r1.stderr.contains("duplicate id 'T1'") && r1.stderr.contains("line 2"))
        let (r2, _) = Self.draw(["--lang", "en", "--size", "13"])
        #expect(r2.code == 65 && r2.stderr.contains("n = 13 is larger than N = 9 of unit 'Tây Xuân'"))  // 23, 19, 9 rows
        let blank = TestPaths.write("transactionId,commune,field\nT1,A,x\nT2,A,\n", name: "blank.csv")
        let (r3, _) = Self.draw(["--lang", "en", "--size", "1", "--strata", "field"], frame: blank)
        #expect(r3.code == 65 && r3.stderr.contains("blank.csv:3:") && r3.stderr.contains("empty stratum"))
        let sizes = TestPaths.write("commune,n\nPhú Phong,3\nBình Nghi,3\nTây Xuân,2\nHoài Ân,4\n", name: "sizes.csv")
        let (r4, _) = Self.draw(["--lang", "en", "--sizes", sizes])
        #expect(r4.code == 65 && r4.stderr.contains("sizes.csv:5:") && r4.stderr.contains("'Hoài Ân' has no frame rows"))
        let strata = TestPaths.write("commune,field,n\nPhú Phong,land,3\nPhú Phong,business,1\n", name: "strata.csv")
        let (r5, _) = Self.draw(["--lang", "en", "--sizes", strata, "--strata", "field", "--allocation", "given"])
        #expect(r5.code == 65 && r5.stderr.contains("strata.csv:3:") && r5.stderr.contains("empty stratum: 'business'"))
        let big = TestPaths.write("commune,n\nPhú Phong,30\nBình Nghi,3\nTây Xuân,2\n", name: "big.csv")
        let (r6, _) = Self.draw(["--lang", "en", "--sizes", big])
        #expect(r6.code == 65 && r6.stderr.contains("big.csv:2:") && r6.stderr.contains("n = 30 is larger than N = 19"))
        let neg = TestPaths.write("commune,n\nPhú Phong,-3\n", name: "neg.csv")
        let (r7, _) = Self.draw(["--lang", "en", "--sizes", neg])
        #expect(r7.code == 65 && r7.stderr.contains("neg.csv:2:") && r7.stderr.contains("'-3'"))
        let (r8, _) = Self.draw(["--lang", "en", "--size", "2", "--seed", "-1"])
        #expect(r8.code == 64 && r8.stderr.contains("'-1'"))
    }

    @Test func workbookFrameDrawsLikeItsCSV() throws {
        // The fixture frame as an .xlsx sheet (ids and names as text): the same sample, byte for byte.
        let t = try SamplingTable.read(Self.frame)
        let rows: [[XLSXValue?]] = [t.header.map { .text($0) }] + t.rows.map { $0.fields.map { .text($0) } }
        let xlsx = TestPaths.temporaryFolder() + "/frame.xlsx"
        _ = FileManager.default.createFile(atPath: xlsx, contents: Data(XLSXWriter.workbook([XLSXSheet(name: "frame", rows: rows)])))
        let (a, outA) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1"])
        let (b, outB) = Self.draw(["--strata", "field", "--size", "5", "--reserve", "1"], frame: xlsx)
        #expect(a.code == 0 && b.code == 0)
        #expect(try InputFile.read(outA) == InputFile.read(outB))
    }
}
