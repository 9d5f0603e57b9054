import Foundation
import Testing
@testable import ParSurvey

/// Issue 17, items 3, 6 and 7: file names made from data stay in their folder, every CSV
/// the tool writes is neutralised against formulas (exports too), and text shown on a
/// terminal cannot carry escape sequences. Through the built binary.
@Suite struct DataDerivedOutputTests {
    typealias C = MalformedCorpus

    static func mini(replacing pairs: [(String, String)]) throws -> String {
        var q = try String(contentsOfFile: C.path("mini.json"), encoding: .utf8)
        for (a, b) in pairs { q = q.replacingOccurrences(of: a, with: b) }
        return TestPaths.write(q, name: "q.json")
    }

    @Test func aQuestionnaireIdThatLeavesTheFolderIsRefusedWhenLoaded() throws {
        let root = TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/a/b/out", withIntermediateDirectories: true)
        for id in ["../../escaped-by-id", "sub/x", "..", ".hidden", "a\u{1B}[2Jb"] {
            let q = try Self.mini(replacing: [("\"id\": \"mini\"", "\"id\": \"\(id.replacingOccurrences(of: "\u{1B}", with: "\\u001b"))\"")]
            )
            let r = try CLIRunner.runBinary(
                ["--lang", "en"] + [
                    "export-spss", "--questionnaire", q, "--unit", "district", C.path("answers.csv"),
                    "--output-dir", root + "/a/b/out",
                ])
            #expect(r.code == 65, "\(id)")
            #expect(r.stderr.contains("\(q): questionnaire key 'id': '\(TerminalText.escape(id))' cannot name files"), "\(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}"))
        }
        // nothing written anywhere under root but the empty output folder
        let all = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
        #expect(all.sorted() == ["a", "a/b", "a/b/out"])
    }

    @Test func fileNamesAreConfinedAgainWhenWritten() throws {
        let dir = TestPaths.temporaryFolder()
        for name in ["../x.csv", "a/../../x.csv", "..", "x\u{7}.csv"] {
            #expect(throws: OutputFile.Failure.self) { _ = try SafeFileName.path(in: dir, name: name) }
        }
        #expect(try SafeFileName.path(in: dir, name: "mini.csv") == dir + "/mini.csv")
    }

    @Test func anXLSFormFormIdThatLeavesTheFolderIsRefused() throws {
        let dir = TestPaths.temporaryFolder()
        #expect(try CLIRunner.runBinary(["--lang", "en"] + ["export-xlsform", C.path("mini.json"), "--csv-dir", dir]).code == 0)
        var settings = try String(contentsOfFile: dir + "/settings.csv", encoding: .utf8)
        #expect(settings.contains("\nmini,"))
        settings = settings.replacingOccurrences(of: "\nmini,", with: "\n../../evil,")
        try settings.write(toFile: dir + "/settings.csv", atomically: true, encoding: .utf8)
        let r = try CLIRunner.runBinary(
            ["--lang", "en"] + [
                "import-xlsform", "--survey", dir + "/survey.csv", "--choices", dir + "/choices.csv",
                "--settings", dir + "/settings.csv", "--output", dir + "/q.json",
            ])
        #expect(r.code == 65)
        #expect(r.stderr.contains("sheet 'settings' row 2 column 'form_id': '../../evil' cannot be a questionnaire id"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/q.json"))
    }

    @Test func theSPSSExportCSVIsNeutralised() throws {
        let batch = TestPaths.write("id,district,q1,q2,q3\n\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",@SUM(1),4,5,4\n", name: "b.csv")
        let dir = TestPaths.temporaryFolder()
        let r = try CLIRunner.runBinary([
            "export-spss", "--questionnaire", C.path("mini.json"), "--unit", "district", batch,
            "--output-dir", dir,
        ])
        #expect(r.code == 0, "\(r.stderr)")
        let csv = try String(contentsOfFile: dir + "/mini.csv", encoding: .utf8)
        // RFC 4180 quoting of the `'`-prefixed cell (it holds quotes and `;`)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",'@SUM(1),"), "\(csv)")
        #expect(!csv.contains(",=") && !csv.contains("\n=") && !csv.contains(",@"))
        // the syntax's string widths count the added `'`: '=HYPERLINK("http://x";"y") is 27 bytes
        let sps = try String(contentsOfFile: dir + "/mini.sps", encoding: .utf8)
        #expect(sps.contains("id A27"), "\(sps)")
    }

    @Test func theXLSFormCSVSheetsAreNeutralised() throws {
        let q = try Self.mini(replacing: [
            ("\"vi\": \"Phiếu thử\"", "\"vi\": \"=SUM(A1:A9)\""),
            ("\"vi\": \"Rất không hài lòng\"", "\"vi\": \"@SUM(1)\""),
        ])
        let dir = TestPaths.temporaryFolder()
        let r = try CLIRunner.runBinary(["export-xlsform", q, "--csv-dir", dir])
        #expect(r.code == 0, "\(r.stderr)")
        let settings = try String(contentsOfFile: dir + "/settings.csv", encoding: .utf8)
        let choices = try String(contentsOfFile: dir + "/choices.csv", encoding: .utf8)
        #expect(
            settings.contains(",'=SUM(A1:A9),") || settings.contains("\n'=SUM(A1:A9),") || settings.contains(",'=SUM(A1:A9)\n"),
            "\(settings)")
        #expect(choices.contains(",'@SUM(1),") || choices.contains(",'@SUM(1)\n"), "\(choices)")
        for text in [settings, choices] { #expect(!text.contains(",=") && !text.contains(",@")) }
    }

    @Test func terminalEscapesInDataAreShownEscaped() throws {
        let batch = TestPaths.write("id,district,q1,q2,q3\nE1,\u{1B}]0;pwned\u{07},4,5,4\nE2,Tây Sơn,\u{1B}[31m7,5,5\n", name: "esc.csv")
        let r = try CLIRunner.runBinary(["validate", "--questionnaire", C.path("mini.json"), "--unit", "district", batch])
        let s = try CLIRunner.runBinary(["score", "--questionnaire", C.path("mini.json"), "--unit", "district", batch])
        for text in [r.stdout, r.stderr, s.stdout, s.stderr] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
        // the reject message and the score table show the bytes as \xNN
        #expect(r.stdout.contains("giá trị '\\x1B[31m7'"), "\(r.stdout)")
        #expect(s.stdout.contains("\\x1B]0;pwned\\x07"), "\(s.stdout)")
        #expect(TerminalText.escape("a\u{9B}b\u{7F}\u{202E}c\td\ne") == "a\\x9Bb\\x7F\\u{202E}c\\x09d\\x0Ae")
        #expect(TerminalText.escape("x\ny", keepLineBreaks: true) == "x\ny")
        #expect(TerminalText.escape("Tây Sơn") == "Tây Sơn")
    }

    @Test func csvOnATerminalIsEscapedAndRedirectedCSVIsExact() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let batch = TestPaths.write("id,district,q1,q2,q3\nE1,\u{1B}]0;pwned\u{07},4,5,4\n", name: "esc.csv")
        // `script` gives the command a terminal as standard output
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = [
            "-qec", "\(CLIRunner.binary) score --questionnaire \(C.path("mini.json")) --unit district --format csv \(batch) 2>/dev/null",
            "/dev/null",
        ]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let shown = String(decoding: data, as: UTF8.self)
        #expect(shown.contains("\"\\x1B]0;pwned\\x07\",overall,mini,"), "\(shown)")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // redirected: the data as it is (CSV quoting only)
        let file = try CLIRunner.runBinary([
            "score", "--questionnaire", C.path("mini.json"), "--unit", "district", "--format", "csv", batch,
        ])
        #expect(file.stdout.contains("\"\u{1B}]0;pwned\u{07}\",overall,mini,"))
    }
}
