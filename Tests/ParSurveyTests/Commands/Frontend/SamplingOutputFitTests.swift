import Foundation
import Testing

@testable import ParSurveyCommands

/// The officer's other terminal tables fit too: `validate`, `sample-size`, `fieldwork` and
/// `audit` on the sampling sample, in both languages, no line wider than `COLUMNS` (counted
/// as `TerminalTableFitTests` counts: combining marks take no column), and the tables are
/// cut into blocks of whole columns, not wrapped mid-row.
@Suite struct SamplingOutputFitTests {
    static let sample = TestPaths.repo("Samples/sampling-2025")

    static var commands: [[String]] {
        [
            ["validate", sample],
            ["sample-size", "--frame", sample + "/frame/transactions.csv", "--unit", "commune", "--error", "0.05"],
            ["fieldwork", sample, "--target", "0.05", "--min", "150"],
            ["audit", sample],
        ]
    }

    @Test(arguments: [80, 100])
    func everyLineFits(width: Int) {
        for command in Self.commands {
            for lang in ["vi", "en"] {
                let r = TerminalTableFitTests.run(command + ["--lang", lang], width: width)
                #expect(r.code == 0, "\(command[0]) \(r.stderr)")
                #expect(TerminalTableFitTests.widest(r.stdout) <= width, "\(command[0]) \(lang) at \(width)")
            }
        }
    }

    /// At 100 columns the fieldwork table is two blocks, each headed by the unit; a data row
    /// keeps its cells on one line (Tây Sơn: N 1.450, planned 314, received 294, from the
    /// sample's README and FieldworkReportSectionTests), and counts from 1 000 up are grouped.
    @Test func fieldworkTableIsCutIntoBlocks() {
        let r = TerminalTableFitTests.run(["fieldwork", Self.sample, "--target", "0.05", "--min", "150"], width: 100)
        #expect(r.stdout.components(separatedBy: "\nĐơn vị ").count - 1 == 2)
        #expect(r.stdout.contains("\nTây Sơn    1.450       314      294"))
    }
}
