import Foundation
import Testing

@testable import ParSurveyCommands

/// The declarative option tables: one table per command drives parsing, validation, the
/// "did you mean" hint and the option lines of `--help`; the options of every command may
/// come before the command's name.
@Suite struct OptionTableTests {
    /// Every command: each one's options come from its table.
    static let converted: [(String, any Subcommand.Type)] = [
        ("run", RunCommand.self), ("report", ReportCommand.self), ("validate", ValidateCommand.self),
        ("score", ScoreCommand.self), ("compare", CompareCommand.self), ("weight", WeightCommand.self),
        ("export-spss", ExportSPSSCommand.self), ("audit", AuditCommand.self), ("draw", DrawCommand.self),
        ("fieldwork", FieldworkCommand.self), ("sample-size", SampleSizeCommand.self),
        ("import-xlsform", ImportXLSFormCommand.self), ("export-xlsform", ExportXLSFormCommand.self),
        ("merge", MergeCommand.self), ("annex", AnnexCommand.self),
    ]

    @Test func editDistanceByHand() {
        // kitten → sitting: k→s, e→i, +g (the textbook example) = 3.
        #expect(OptionTable.editDistance("kitten", "sitting") == 3)
        // a transposition costs two substitutions: --fr|om|at → --fo|rm|at.
        #expect(OptionTable.editDistance("--fromat", "--format") == 2)
        #expect(OptionTable.editDistance("", "abc") == 3)
        #expect(OptionTable.nearest(to: "--fromat", among: ["--output", "--format", "--lang"]) == "--format")
        // Three edits away is no near-miss; neither is a word as short as the distance.
        #expect(OptionTable.nearest(to: "--colour", among: ["--output", "--format", "--lang"]) == nil)
        #expect(OptionTable.nearest(to: "fr", among: ["vi", "en"]) == nil)
    }

    @Test func nearMissOptionGetsAHint() {
        let r = CLIRunner.run(["--lang", "en"] + ["score", TestPaths.sample, "--fromat", "json"])
        #expect(r.code == 64)
        #expect(r.stderr.contains("unknown option --fromat; did you mean --format?"))
        let far = CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--colour"])
        #expect(far.code == 64 && far.stderr.contains("unknown option --colour\n"))
        let command = CLIRunner.run(["--lang", "en"] + ["rnu", TestPaths.sample])
        #expect(command.code == 64 && command.stderr.hasPrefix("par-survey: unknown command 'rnu' (did you mean run?)\n"))
        // Vietnamese by default: the message and the command list that follows it.
        let vi = CLIRunner.run(["rnu", TestPaths.sample])
        #expect(vi.code == 64 && vi.stderr.hasPrefix("par-survey: không có lệnh “rnu” (có phải là run?)\n"))
        #expect(vi.stderr.contains("Tùy chọn chung cho mọi lệnh:") && !vi.stderr.contains("Options for every command"))
        let bare = CLIRunner.run([])
        #expect(bare.code == 64 && bare.stderr.contains("Tùy chọn chung cho mọi lệnh:"))
    }

    @Test func badValueListsEveryValueTheCommandAccepts() {
        let score = CLIRunner.run(["--lang", "en"] + ["score", TestPaths.sample, "--format", "pdf"])
        #expect(score.code == 64)
        #expect(score.stderr.contains("--format must be table, csv, json, markdown or xlsx, not 'pdf'\n"))
        let near = CLIRunner.run(["--lang", "en"] + ["validate", TestPaths.sample, "--format", "jsn"])
        #expect(near.stderr.contains("--format must be table, csv, json, markdown or xlsx, not 'jsn' (did you mean json?)"))
        let report = CLIRunner.run(["--lang", "en"] + ["report", TestPaths.sample, "--format", "pdf"])
        #expect(report.code == 64 && report.stderr.contains("--format must be html, markdown, xlsx or docx for a report, not 'pdf'"))
        let html = CLIRunner.run(["--lang", "en"] + ["score", TestPaths.sample, "--format", "html"])
        #expect(html.code == 64)
        #expect(
            html.stderr.contains("--format html is for 'report', 'run' and 'annex'; here --format takes table, csv, json, markdown or xlsx")
        )
        let component = CLIRunner.run(["--lang", "en"] + ["score", TestPaths.sample, "--component", "satisfactoin"])
        #expect(component.code == 64)
        #expect(
            component.stderr.contains("--component must be satisfaction or leadership, not 'satisfactoin' (did you mean satisfaction?)"))
        let lang = CLIRunner.run(["--lang", "en"] + ["run", TestPaths.sample, "--lang", "fr"])
        #expect(lang.code == 64 && lang.stderr.contains("--lang must be vi or en, not 'fr'\n"))
    }

    @Test func optionsOfEveryCommandMayComeBeforeIt() {
        let after = CLIRunner.run(["run", TestPaths.sample, "--format", "json", "--lang", "en"])
        let before = CLIRunner.run(["--lang", "en", "--format=json", "run", TestPaths.sample])
        #expect(after.code == 0 && before.code == 0)
        #expect(before.stdout == after.stdout && before.stderr == after.stderr)
        // `--format html` before `run` still makes it the report.
        let html = CLIRunner.run(["--format", "html", "--lang", "en", "run", TestPaths.sample])
        #expect(html.code == 0 && html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        // A command's own option is not global.
        let own = CLIRunner.run(["--seed", "7", "run", TestPaths.sample])
        #expect(own.code == 64 && own.stderr.hasPrefix("par-survey: không có lệnh “--seed”"))
        #expect(CLIRunner.run(["--lang", "en"]).code == 64)
        #expect(CLIRunner.run(["--lang", "en", "--help"]).stdout.hasPrefix("par-survey 0.3.0"))
    }

    @Test func helpComesFromTheTable() {
        for (name, command) in Self.converted {
            let table = command.options + command.outputOptions
            #expect(command.options.help.isEmpty == false, "\(name)")
            #expect(command.help.contains(command.options.help), "\(name)")
            // Every option the command accepts is parsed by the table…
            for o in table.options where !o.name.isEmpty {
                #expect(table.valued.contains(o.name) != table.flags.contains(o.name), "\(name) \(o.name)")
            }
            // …and every documented option is in it.
            for line in command.options.help.split(separator: "\n") where line.hasPrefix("  --") {
                let option = String(line.dropFirst(2).prefix { $0 != " " && $0 != "," })
                #expect(table.option(option) != nil, "\(name): help documents \(option)")
            }
        }
        // Lines of the hand-written help before the tables, unchanged (column 27).
        #expect(
            ScoreCommand.help.contains(
                "\n  --level L                confidence level of intervals (default 0.95; 90 and 99 are read as percentages)\n"))
        #expect(
            ScoreCommand.help.contains(
                "\n  --fixed-weights          standard errors with the final weights treated as fixed\n"
                    + "                           (default after post-stratification or raking: calibration-aware)\n"))
        #expect(
            ParSurveyCommand.usage.contains(
                "\n  --lang vi|en                       language of labels and numbers (default vi: 84,11)\n"))
    }

    @Test func runAcceptsTheAuditTuningOptionsButDocumentsOnlyExcludeFlagged() {
        #expect(RunCommand.valued.contains("--near-k") && ReportCommand.valued.contains("--robust-z"))
        #expect(!RunCommand.help.contains("--near-k"))
        // report shows the progress line too (ReportProgressTests), so it takes --quiet as run does
        #expect(ReportCommand.flags.contains("--quiet") && RunCommand.flags.contains("--quiet"))
    }
}
