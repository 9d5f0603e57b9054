import Foundation
import Testing
@testable import ParSurvey

/// Carrying last year's results through a crosswalk, by hand; register and crosswalk errors
/// through the CLI.
@Suite struct CrosswalkTests {
    static let register = """
        id,name,type,parent,validFrom,validTo
        A,Xã A,commune,,,2025-06-30
        B,Xã B,commune,,,2025-06-30
        C,Xã C,commune,,,2025-06-30
        D,Xã D,commune,,,2025-06-30
        F,Xã F,commune,,,2025-06-30
        E,Phường E,ward,,,
        N1,Xã N1,commune,,2025-07-01,
        N2,Xã N2,commune,,2025-07-01,
        N3,Xã N3,commune,,2025-07-01,
        N4,Xã N4,commune,,2025-07-01,
        N5,Xã N5,commune,,2025-07-01,
        """
    static let crosswalk = """
        oldUnit,newUnit,share
        Xã A,N1,
        B,Xã N1,
        C,N2,0.25
        C,N3,0.75
        F,N3,
        D,N4,
        D,N5,
        E,E,
        """
    static let previous = """
        unit,selfAssessment,satisfaction,leadership,total,rank,population
        Xã A,50,25,8,83,1,1000
        Xã B,40,20,6,66,6,3000
        Xã C,45,24,7,76,4,2000
        Xã D,47,23,7,77,2,1500
        Xã F,40,20,9,69,5,1000
        Phường E,48,22,7,77,2,5000
        """

    static func files(register: String = register, crosswalk: String = crosswalk) throws -> String {
        let dir = TestPaths.temporaryFolder()
        try register.write(toFile: dir + "/register.csv", atomically: true, encoding: .utf8)
        try crosswalk.write(toFile: dir + "/crosswalk.csv", atomically: true, encoding: .utf8)
        try previous.write(toFile: dir + "/previous.csv", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func handComputedAggregation() throws {
        let dir = try Self.files()
        let reg = try UnitRegister.load(path: dir + "/register.csv")
        let cw = try Crosswalk.load(path: dir + "/crosswalk.csv", register: reg, year: 2025)
        let prev = try PreviousYear.load(path: dir + "/previous.csv")
        let (rows, notComparable) = try cw.carry(prev, previousFile: dir + "/previous.csv", register: reg, year: 2025)
        let by = Dictionary(uniqueKeysWithValues: rows.map { ($0.unit, $0) })
        // N1 = A and B merged, weights 1 × 1000 and 1 × 3000:
        //   self (50·1000 + 40·3000) / 4000 = 42.50; satisfaction (25·1000 + 20·3000) / 4000 = 21.25;
        //   leadership (8·1000 + 6·3000) / 4000 = 6.50; total 70.25; derived, no rank.
        let n1 = try #require(by["Xã N1"])
        #expect([n1.selfAssessment, n1.satisfaction, n1.leadership, n1.total] == [4250, 2125, 650, 7025] && n1.derived && n1.rank == 0)
        // N2 = a quarter of C alone: C's own figures 45 + 24 + 7 = 76.00, derived.
        let n2 = try #require(by["Xã N2"])
        #expect([n2.selfAssessment, n2.satisfaction, n2.leadership, n2.total] == [4500, 2400, 700, 7600] && n2.derived)
        // N3 = three quarters of C (0.75 × 2000 = 1500) and F (1 × 1000):
        //   self (45·1500 + 40·1000) / 2500 = 43.00; satisfaction (24·1500 + 20·1000) / 2500 = 22.40;
        //   leadership (7·1500 + 9·1000) / 2500 = 7.80; total 73.20.
        let n3 = try #require(by["Xã N3"])
        let n3Figures: [Int] = [n3.selfAssessment, n3.satisfaction, n3.leadership, n3.total]
        #expect(n3Figures == [4300, 2240, 780, 7320])
        #expect(n3.derivation == "0.75 × Xã C + Xã F")
        // D split without shares: N4 and N5 are not comparable.
        #expect(notComparable == ["xã n4", "xã n5"] && by["Xã N4"] == nil)
        // E is the same unit (same id, share 1): published figures and rank.
        let e = try #require(by["Phường E"])
        #expect(!e.derived && e.rank == 2 && e.total == 7700)
    }

    static func expectFailure(register: String = register, crosswalk: String = crosswalk, _ message: (String) -> String) throws {
        let dir = try files(register: register, crosswalk: crosswalk)
        let reg = try UnitRegister.load(path: dir + "/register.csv")
        #expect(throws: RegisterError.self) { try Crosswalk.load(path: dir + "/crosswalk.csv", register: reg, year: 2025) }
        do { _ = try Crosswalk.load(path: dir + "/crosswalk.csv", register: reg, year: 2025) } catch {
            #expect(error.description == message(dir + "/crosswalk.csv"))
        }
    }

    @Test func sharesMustSumToOne() throws {
        try Self.expectFailure(crosswalk: Self.crosswalk.replacingOccurrences(of: "C,N3,0.75", with: "C,N3,0.7")) {
            "\($0):4 column 'share': shares of old unit 'Xã C' sum to 0.950000, not 1 (value '0.250000 + 0.700000')"
        }
    }

    @Test func unknownUnitAndUnitNotValidThatYear() throws {
        try Self.expectFailure(crosswalk: Self.crosswalk + "\nXã Z,N1,\n") {
            "\($0):10 column 'oldUnit': unit 'Xã Z' is not in the register \(($0 as NSString).deletingLastPathComponent)/register.csv (value 'Xã Z')"
        }
        // A is an old commune: as a new unit of 2025 it is not valid on 31 December 2025.
        try Self.expectFailure(crosswalk: Self.crosswalk.replacingOccurrences(of: "B,Xã N1,", with: "B,A,")) {
            "\($0):3 column 'newUnit': unit 'A' was not valid on 2025-12-31 (register \(($0 as NSString).deletingLastPathComponent)/register.csv: A … – 2025-06-30) (value 'A')"
        }
    }

    // Through the CLI, on a copy of the Gia Lai sample.
    static func giaLaiCopy(_ edit: (String) throws -> Void) throws -> String {
        let dir = TestPaths.temporaryFolder()
        let src = TestPaths.repo("Samples/gia-lai-2025")
        for f in try FileManager.default.contentsOfDirectory(atPath: src) {
            var text = try String(contentsOfFile: src + "/" + f, encoding: .utf8)
            text = text.replacingOccurrences(of: "../../Questionnaires/", with: TestPaths.repo("Questionnaires") + "/")
            try text.write(toFile: dir + "/" + f, atomically: true, encoding: .utf8)
        }
        try edit(dir)
        return dir
    }

    static func replace(_ file: String, _ a: String, _ b: String) throws {
        let t = try String(contentsOfFile: file, encoding: .utf8)
        #expect(t.contains(a))
        try t.replacingOccurrences(of: a, with: b).write(toFile: file, atomically: true, encoding: .utf8)
    }

    @Test func cliCrosswalkErrors() throws {
        let d1 = try Self.giaLaiCopy { try Self.replace($0 + "/crosswalk.csv", "Bình Thành,Bình An,0.4", "Bình Thành,Bình An,0.5") }
        let r1 = CLIRunner.run(["--lang", "en"] + ["run", d1])
        #expect(
            r1.code == 65
                && r1.stderr.contains(
                    d1
                        + "/crosswalk.csv:13 column 'share': shares of old unit 'Bình Thành' sum to 1.100000, not 1 (value '0.600000 + 0.500000')"
                ), "\(r1.stderr)")
        let d2 = try Self.giaLaiCopy { try Self.replace($0 + "/crosswalk.csv", "Tây Thuận,Bình Khê,", "Tây Thuận,Phú Phong,") }
        let r2 = CLIRunner.run(["--lang", "en"] + ["run", d2])
        #expect(
            r2.code == 65 && r2.stderr.contains(d2 + "/crosswalk.csv:5 column 'newUnit': unit 'Phú Phong' was not valid on 2025-12-31"),
            "\(r2.stderr)")
        let d3 = try Self.giaLaiCopy { try Self.replace($0 + "/crosswalk.csv", "Tây Thuận,Bình Khê,", "Tây Thuận Mới,Bình Khê,") }
        let r3 = CLIRunner.run(["--lang", "en"] + ["run", d3])
        #expect(
            r3.code == 65 && r3.stderr.contains(d3 + "/crosswalk.csv:5 column 'oldUnit': unit 'Tây Thuận Mới' is not in the register"),
            "\(r3.stderr)")
    }

    @Test func cliSelfAssessmentAndBatchUnitsChecked() throws {
        // An old commune in the 2025 self-assessment: not valid that year.
        let d1 = try Self.giaLaiCopy { try Self.replace($0 + "/self-assessment.csv", "Bình Khê,", "Tây Giang,") }
        let r1 = CLIRunner.run(["--lang", "en"] + ["run", d1])
        #expect(
            r1.code == 65 && r1.stderr.contains(d1 + "/self-assessment.csv column 'unit': unit 'Tây Giang' was not valid on 2025-12-31"),
            "\(r1.stderr)")
        // A leaders' form naming an id the register does not know: rejected with the value (--strict: exit 65).
        let d2 = try Self.giaLaiCopy { try Self.replace($0 + "/leaders.csv", "GL-001-L1,GL-001,", "GL-001-L1,GL-999,") }
        let r2 = CLIRunner.run(["--lang", "en"] + ["run", d2, "--strict"])
        #expect(r2.code == 65 && r2.stderr.contains("GL-999"), "\(r2.stderr)")
    }
}
