import Foundation
import Testing
import ParSurveyCommands

/// `report` shows the progress line as `run` does: reading, then scoring (the comparisons and
/// rank simulation), erased before the report is written; silent with --quiet or off a terminal.
@Suite struct ReportProgressTests {
    static let report = ["report", TestPaths.sample, "--format", "markdown", "--date", "2025-01-01", "--lang", "en"]

    @Test func reportShowsReadingAndScoringThenErases() {
        let r = ProgressTests.run(Self.report, terminal: true)
        #expect(r.code == 0)
        #expect(r.stderr.contains("par-survey: reading…"))
        #expect(r.stderr.contains("par-survey: reading ") && r.stderr.contains(" rows"))
        #expect(r.stderr.contains("par-survey: scoring…"))
        #expect(r.stderr.hasSuffix("\r\u{1B}[K"))
        let plain = ProgressTests.run(Self.report, terminal: false)
        #expect(plain.stderr.isEmpty)
        #expect(!r.stdout.isEmpty && r.stdout == plain.stdout)
    }

    @Test func reportQuietIsSilent() {
        let r = ProgressTests.run(Self.report + ["--quiet"], terminal: true)
        #expect(r.code == 0 && r.stderr.isEmpty)
    }
}
