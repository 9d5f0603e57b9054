import Foundation
import Testing
@testable import ParSurvey

/// Outputs that cannot attack their reader: CSV cells neutralised against formula
/// injection, Markdown/HTML text escaped, files written whole or not at all and never over
/// an input.
@Suite struct SafeOutputTests {
    typealias C = MalformedCorpus

    @Test(arguments: [
        ("=1+2", "'=1+2"),
        ("+41 22 555", "'+41 22 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""),
        ("-", "'-"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        // plain numbers stay numbers
        ("-0.5", "-0.5"), ("+3", "+3"), ("-12", "-12"), ("84.11", "84.11"),
        // ordinary text: quoted only when needed
        ("Tây Sơn", "Tây Sơn"), ("a,b", "\"a,b\""), ("x;y", "\"x;y\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("", ""),
    ])
    func csvCellIsNeutralisedOnlyWhenItCouldBeAFormula(_ value: String, _ expected: String) {
        #expect(CSVField.encode(value) == expected)
    }

    @Test func excelFlavouredCSVKeepsTheNeutralisation() throws {
        var t = TextTable(headers: ["unit", "v"])
        t.add(["=1+2", "-0.5"])
        t.add(["@x;y", "84.11"])
        // `;` CSV with decimal commas: the `'` prefixes survive, numbers stay numbers.
        let out = String(decoding: try SpreadsheetCSV.excel(t.csv(), delimiter: ";"), as: UTF8.self)
        #expect(out == "\u{FEFF}unit;v\r\n'=1+2;-0,5\r\n\"'@x;y\";84,11\r\n")
    }

    @Test func htmlEscapingCoversTagsQuotesAndAmpersands() {
        #expect(
            MarkupEscaping.html("<script>alert('x')</script> & \"q\"")
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    @Test func markdownCellEscapesPipesMarkupAndLineBreaks() {
        #expect(MarkupEscaping.markdownCell("a | b") == "a \\| b")
        #expect(MarkupEscaping.markdownCell("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;")
        #expect(MarkupEscaping.markdownCell("*b* _i_ `c` [l](u) #h \\") == "\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\#h \\\\")
        #expect(MarkupEscaping.markdownCell("two\nlines\r") == "two lines ")
    }

    /// A batch whose unit and answers try to attack spreadsheets and Markdown renderers.
    static func hostileBatch() -> String {
        TestPaths.write("id,district,q1,q2,q3\nH1,<script>alert(1)</script>|x,4,5,5\nH2,@evil,=1+2,5,5\n", name: "hostile.csv")
    }

    @Test func rejectsCSVFromTheCLINeutralisesFormulas() {
        let r = CLIRunner.run([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--format", "csv",
            Self.hostileBatch(),
        ])
        #expect(r.code == 0)
        // H2's q1 `=1+2` is rejected; its value cell must not start with `=`.
        let row = r.stdout.split(separator: "\n").first { $0.contains(",q1,") }.map(String.init) ?? ""
        #expect(row.contains(",'=1+2,"))
        #expect(!r.stdout.contains(",=1+2"))
    }

    @Test func markdownReportEscapesUnitsAndTitles() throws {
        var q = try String(contentsOfFile: C.path("mini.json"), encoding: .utf8)
        q = q.replacingOccurrences(of: "\"vi\": \"Phiếu thử\"", with: "\"vi\": \"<b>Phiếu</b> | x\"")
        let qPath = TestPaths.write(q, name: "mini-title.json")
        let r = CLIRunner.run(["score", "--questionnaire", qPath, "--unit", "district", "--format", "markdown", Self.hostileBatch()])
        #expect(r.code == 0)
        #expect(r.stdout.hasPrefix("## &lt;b&gt;Phiếu&lt;/b&gt; \\| x\n"))
        #expect(r.stdout.contains("| &lt;script&gt;alert(1)&lt;/script&gt;\\|x |"))
        #expect(!r.stdout.contains("<script>") && !r.stdout.contains("<b>"))
    }

    @Test func weightingMarkdownEscapesThePlanDescription() throws {
        let tiny = TestPaths.fixture("weighting/cases/tiny")
        var plan = try String(contentsOfFile: tiny + "/plans/groups.json", encoding: .utf8)
        plan = plan.replacingOccurrences(of: "\"description\": \"", with: "\"description\": \"<img src=x onerror=alert(1)>|")
        let planPath = TestPaths.write(plan, name: "plan.json")
        let r = CLIRunner.run([
            "weight", "--questionnaire", TestPaths.fixture("weighting/questionnaire.json"), "--unit", "district",
            "--group", "rtype", "--weight", "weight", "--weighting", planPath, "--format", "markdown", "--lang", "en",
            tiny + "/responses.csv",
        ])
        #expect(r.code == 0)
        #expect(r.stdout.contains("### Weights: &lt;img src=x onerror=alert(1)&gt;\\|"))
        #expect(!r.stdout.contains("<img"))
        // the weight command reads batches: its accounting goes to stderr (50 rows, all accepted)
        #expect(r.stderr.contains("Rows: read 50 = accepted 50 + rejected 0\n"))
    }

    @Test func outputReplacesAnExistingFileWholeAndLeavesNoTemporaryFile() throws {
        let dir = TestPaths.temporaryFolder()
        let p = dir + "/out.csv"
        try OutputFile.write("old content that is longer\n", to: p)
        try OutputFile.write("new\n", to: p)
        #expect(try String(contentsOfFile: p, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.csv"])
    }

    @Test func outputNeverOverwritesAnInputHoweverThePathIsSpelled() throws {
        let dir = TestPaths.temporaryFolder()
        let input = dir + "/batch.csv"
        try "id\n1\n".write(toFile: input, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: input)
        for spelling in [input, dir + "/./sub/../batch.csv", dir + "/link.csv"] {
            #expect(throws: OutputFile.Failure.wouldOverwriteInput(path: spelling)) {
                try OutputFile.write("x", to: spelling, inputs: [input])
            }
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "id\n1\n")
    }

    @Test func failedRenameLeavesTheTargetAndNoTemporaryFile() throws {
        // The target is a non-empty folder: the rename fails after the temporary file is written.
        let dir = TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/out.md/inner", withIntermediateDirectories: true)
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write("x", to: dir + "/out.md") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out.md") == ["inner"])
    }

    @Test func outputIntoAMissingFolderIsExit73() {
        let r = CLIRunner.run([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district",
            C.path("answers.csv"), "--output", "/nonexistent-\(UUID().uuidString)/out.txt",
        ])
        #expect(r.code == 73)
    }

    @Test func cliOutputEqualToAnInputIsExit64AndTheInputIsUntouched() throws {
        let batch = TestPaths.write("id,district,q1,q2,q3\nT1,Tây Sơn,4,5,4\n", name: "batch.csv")
        let before = try Data(contentsOf: URL(fileURLWithPath: batch))
        for option in ["--output", "--rejects"] {
            let r = try CLIRunner.runBinary(
                ["--lang", "en"] + [
                    "validate", "--questionnaire", C.path("mini.json"), "--unit", "district",
                    batch, option, batch,
                ])
            #expect(r.code == 64)
            #expect(r.stderr == "par-survey: error: \(batch): refusing to write the output over an input file\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: batch)) == before)
        }
    }

    @Test func runOutputOverItsManifestOrABatchIsRefused() throws {
        // A copy of the sample (and the questionnaires it names by ../../Questionnaires).
        let root = TestPaths.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/Samples", withIntermediateDirectories: true)
        try fm.copyItem(atPath: TestPaths.sample, toPath: root + "/Samples/binh-dinh-2021")
        try fm.copyItem(atPath: TestPaths.repo("Questionnaires"), toPath: root + "/Questionnaires")
        let folder = root + "/Samples/binh-dinh-2021"
        for target in ["survey.json", "citizens/tay-son.csv", "self-assessment.csv", "../../Questionnaires/leaders.json"] {
            let path = folder + "/" + target
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let r = CLIRunner.run(["run", folder, "--output", path])
            #expect(r.code == 64, "\(target)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }
}
