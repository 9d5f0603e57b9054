import Foundation
import Testing
@testable import ParSurvey

/// The exported SPSS syntax run by GNU PSPP (skipped when `pspp` is not installed).
@Suite struct PSPPTests {
    /// Both shipped questionnaires' syntax runs without an error or warning; the frequencies
    /// PSPP prints match counts taken straight from the sample's raw CSV files: Tây Sơn's
    /// file has 299 data lines, and column l1 of the leaders' file holds "A" 275 times
    /// (`awk -F, 'NR>1{c[$4]++}'`), which the value label shows as "A: Tốt".
    @Test(.enabled(if: ExternalTool.find("pspp") != nil))
    func exportedSyntaxRunsCleanInPSPP() throws {
        let dir = TestPaths.temporaryFolder() + "/not/yet/there"
        let r = CLIRunner.run(["export-spss", TestPaths.sample, "--output-dir", dir])
        #expect(r.code == 0, "\(r.stderr)")
        let pspp = try #require(ExternalTool.find("pspp"))

        let tay = try String(contentsOfFile: TestPaths.sample + "/citizens/tay-son.csv", encoding: .utf8)
        let tayRows = tay.split(separator: "\n").count - 1
        let leadersRaw = try String(contentsOfFile: TestPaths.sample + "/leaders/leaders.csv", encoding: .utf8)
        let l1A = leadersRaw.split(separator: "\n").dropFirst().filter {
            $0.split(separator: ",", omittingEmptySubsequences: false)[3] == "A"
        }.count

        for (name, freq, expected) in [("sipas-citizen", "unit", "Tây Sơn,\(tayRows),"), ("leaders", "l1", "A: Tốt,\(l1A),")] {
            let sps = try String(contentsOfFile: "\(dir)/\(name).sps", encoding: .utf8)
            #expect(!sps.contains("UNICODE"))
            let script = sps + "FREQUENCIES VARIABLES=\(freq).\n"
            try script.write(toFile: "\(dir)/\(name)-freq.sps", atomically: true, encoding: .utf8)
            let run = try ExternalTool.run(pspp, ["-O", "format=csv", "-o", "\(name).out.csv", "\(name)-freq.sps"], in: dir)
            let out = try String(contentsOfFile: "\(dir)/\(name).out.csv", encoding: .utf8)
            let all = run.stdout + run.stderr + out
            #expect(run.code == 0, "\(all)")
            #expect(!all.lowercased().contains("error"), "\(all)")
            #expect(!all.lowercased().contains("warning"), "\(all)")
            #expect(out.contains(expected), "\(out)")
        }
        #expect(tayRows == 299)
        #expect(l1A == 275)
    }

    @Test func outputFolderInTheWayIsCannotCreate() {
        let file = TestPaths.write("x", name: "occupied")
        let r = CLIRunner.run(["export-spss", TestPaths.sample, "--output-dir", file])
        #expect(r.code == 73)
    }
}
