import Foundation
import Testing
import ParSurveyCommands

/// Progress on standard error: only on a terminal, not with --quiet, erased before results.
@Suite struct ProgressTests {
    static func run(_ args: [String], terminal: Bool) -> (code: Int32, stdout: String, stderr: String) {
        let capture = CommandIO.Capture()
        let base = capture.io
        // progressDelay 0: show progress at once, so even this tiny batch shows it.
        let io = CommandIO(out: base.out, err: base.err, errIsTerminal: terminal, progressDelay: 0)
        let code = ParSurveyCommand.main(args, io: io)
        return (code, capture.stdout, capture.stderr)
    }

    static let score = [
        "score", "--questionnaire", TestPaths.fixture("pipeline/small-questionnaire.json"),
        TestPaths.fixture("pipeline/six.csv"), "--unit", "unit",
    ]
    // (Table output: with `--format csv` the row accounting goes to standard error, see
    // `AccountingNotice`, and these tests are about progress only.)

    @Test func shownOnATerminalWithStageRowsAndRate() {
        let r = Self.run(Self.score + ["--lang", "en"], terminal: true)
        #expect(r.code == 0)
        #expect(r.stderr.contains("par-survey: reading…"))
        #expect(r.stderr.contains("par-survey: reading six.csv: 6 rows"))  // six.csv has six respondents
        #expect(r.stderr.contains("rows/s"))
        #expect(r.stderr.contains("par-survey: scoring…"))
        #expect(r.stderr.hasSuffix("\r\u{1B}[K"))  // the line is erased at the end
        #expect(r.stdout == Self.run(Self.score + ["--lang", "en"], terminal: false).stdout)
    }

    @Test func silentWhenNotATerminalOrQuiet() {
        #expect(Self.run(Self.score, terminal: false).stderr.isEmpty)
        #expect(Self.run(Self.score + ["--quiet"], terminal: true).stderr.isEmpty)
        #expect(Self.run(["run", TestPaths.sample, "--quiet"], terminal: true).stderr.isEmpty)
        let validate = Self.run(
            [
                "validate", "--questionnaire", TestPaths.fixture("pipeline/small-questionnaire.json"),
                TestPaths.fixture("pipeline/six.csv"), "--quiet",
            ], terminal: true)
        #expect(validate.code == 0 && validate.stderr.isEmpty)
    }

    @Test func runShowsReadingProgress() {
        let r = Self.run(["run", TestPaths.sample, "--lang", "en"], terminal: true)
        #expect(r.code == 0 && r.stderr.contains("par-survey: reading ") && r.stderr.contains(" rows"))
    }
}
