import Testing

@testable import ParSurveyCommands

/// `merge` on its option table (issue 12): the table parses, validates and writes the option
/// lines of `--help`, as for every other command. The expected lines are those of the
/// hand-written help `merge` had before (column 27), and the messages those of the other
/// commands' tables.
@Suite struct MergeOptionsTests {
    @Test func nearMissOptionGetsAHint() {
        let r = CLIRunner.run(["--lang", "en", "merge", "--satisfactoin", "x"])
        #expect(r.code == 64)
        #expect(r.stderr.contains("unknown option --satisfactoin; did you mean --satisfaction?"))
        let lead = CLIRunner.run(["--lang", "en", "merge", "--leadershp", "x"])
        #expect(lead.code == 64 && lead.stderr.contains("unknown option --leadershp; did you mean --leadership?"))
        // a command's own option stays its own: --by is score's
        let other = CLIRunner.run(["--lang", "en", "merge", "--by", "commune"])
        #expect(other.code == 64 && other.stderr.contains("unknown option --by"))
    }

    @Test func badValueListsEveryValue() {
        let pdf = CLIRunner.run(["--lang", "en", "merge", "--format", "pdf"])
        #expect(pdf.code == 64)
        #expect(pdf.stderr.contains("--format must be table, csv, json, markdown or xlsx, not 'pdf'\n"))
        let near = CLIRunner.run(["--lang", "en", "merge", "--format", "jsno"])
        #expect(near.stderr.contains("--format must be table, csv, json, markdown or xlsx, not 'jsno' (did you mean json?)"))
        let html = CLIRunner.run(["--lang", "en", "merge", "--format", "html"])
        #expect(html.code == 64)
        #expect(
            html.stderr.contains("--format html is for 'report', 'run' and 'annex'; here --format takes table, csv, json, markdown or xlsx")
        )
        let lang = CLIRunner.run(["--lang", "en", "merge", "--lang", "fr"])
        #expect(lang.code == 64 && lang.stderr.contains("--lang must be vi or en, not 'fr'\n"))
    }

    @Test func sameOptionsAndChecksAsBefore() {
        #expect(
            MergeCommand.valued == [
                "--self-assessment", "--scheme", "--register", "--year", "--satisfaction", "--leadership", "--previous", "--units",
                "--title", "--seed", "--level",
            ])
        #expect(MergeCommand.flags.isEmpty)
        let missing = CLIRunner.run(["--lang", "en", "merge", "--satisfaction", "a.json"])
        #expect(missing.code == 64 && missing.stderr.contains("--self-assessment, --satisfaction and --leadership are required"))
        let positional = CLIRunner.run(["--lang", "en", "merge", "extra"])
        #expect(positional.code == 64 && positional.stderr.contains("unexpected argument 'extra'"))
    }

    @Test func helpFromTheTable() {
        let help = CLIRunner.run(["--lang", "en", "merge", "--help"])
        #expect(help.code == 0)
        #expect(help.stdout == MergeCommand.help)
        #expect(help.stdout.contains("\n  --self-assessment FILE   CSV or .xlsx (first sheet): unit,criterion,score,max\n"))
        #expect(help.stdout.contains("\n  --year N                 survey year, with --register (units valid on 31 December)\n"))
        #expect(help.stdout.contains("\n  --title TEXT             table title\n"))
        #expect(help.stdout.contains("\n  --format, --output, --lang as for every command\n"))
    }
}
