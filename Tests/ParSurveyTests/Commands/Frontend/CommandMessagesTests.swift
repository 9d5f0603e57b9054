import Foundation
import Testing
import ParSurveyCommands

/// Progress, warnings and notes follow `--lang` (Vietnamese by default).
@Suite struct CommandMessagesTests {
    static func run(_ args: [String]) -> (code: Int32, stdout: String, stderr: String) {
        let capture = CommandIO.Capture()
        let base = capture.io
        let io = CommandIO(out: base.out, err: base.err, errIsTerminal: true, progressDelay: 0)
        let code = ParSurveyCommand.main(args, io: io)
        return (code, capture.stdout, capture.stderr)
    }

    @Test func progressIsVietnameseByDefault() {
        let score = [
            "score", "--questionnaire", TestPaths.fixture("pipeline/small-questionnaire.json"),
            TestPaths.fixture("pipeline/six.csv"), "--unit", "unit",
        ]
        let r = Self.run(score)
        #expect(r.code == 0)
        #expect(r.stderr.contains("par-survey: đang đọc…"))
        #expect(r.stderr.contains("par-survey: đang đọc six.csv: 6 phiếu"))
        #expect(r.stderr.contains("phiếu/giây"))
        #expect(r.stderr.contains("par-survey: đang tính điểm…"))
        #expect(!r.stderr.contains("rows"))
    }

    @Test func warningsFollowTheLanguage() throws {
        // "Tây Sơn" in Windows-1258 bytes read as cp1252 (as AmbiguousInputTests)
        var bytes = Array("id,district,name,q1,q2,q3\n".utf8) + Array("A1,".utf8) + [0x54, 0xE2, 0x79, 0x20, 0x53, 0xD5, 0x6E]
        bytes += Array(",Nguy".utf8) + [0xEA, 0xDE] + Array("n,4,5,4\n".utf8)
        let p = TestPaths.temporaryFolder() + "/w1258.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        let args = [
            "validate", "--questionnaire", TestPaths.fixture("malformed/mini.json"), "--unit", "district", "--encoding", "cp1252", p,
        ]
        let vi = CLIRunner.run(args)
        #expect(vi.stderr.contains("par-survey: cảnh báo: \(p): đọc theo --encoding cp1252"), "\(vi.stderr)")
        let en = CLIRunner.run(args + ["--lang", "en"])
        #expect(en.stderr.contains("par-survey: warning: \(p): read as --encoding cp1252"), "\(en.stderr)")
    }

    @Test func overviewHelpFollowsTheLanguage() {
        let vi = CLIRunner.run(["--help"])
        #expect(vi.code == 0 && vi.stdout.contains("Cách dùng: par-survey <lệnh>"))
        #expect(vi.stdout.contains("  run             tính toàn bộ"))
        #expect(!vi.stdout.contains("Usage:"))
        let en = CLIRunner.run(["--lang", "en", "--help"])
        #expect(en.stdout.contains("Usage: par-survey <command>") && !en.stdout.contains("Cách dùng"))
    }
}
