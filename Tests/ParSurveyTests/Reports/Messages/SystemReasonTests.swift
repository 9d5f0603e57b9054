import Foundation
import Testing

@testable import ParSurveyReports

/// The reasons a file could not be read or written (issue 14): Vietnamese words in the
/// Vietnamese message for the common system errors, the system text with its number for the
/// others, English unchanged. The Vietnamese expected here is written by hand.
@Suite struct SystemReasonTests {
    @Test func commonSystemErrorsReadInVietnamese() {
        // the glibc texts of ENOENT, EACCES, EISDIR, ENOSPC, EROFS (the C locale's words)
        #expect(SystemReason.vietnamese("No such file or directory") == "không có tệp hoặc thư mục này")
        #expect(SystemReason.vietnamese("Permission denied") == "không có quyền truy cập")
        #expect(SystemReason.vietnamese("Is a directory") == "đây là một thư mục")
        #expect(SystemReason.vietnamese("No space left on device") == "ổ đĩa đã hết chỗ trống")
        #expect(SystemReason.vietnamese("Read-only file system") == "hệ thống tệp chỉ cho phép đọc")
        #expect(SystemReason.vietnamese("read error: Input/output error") == "lỗi khi đọc: lỗi đọc/ghi của thiết bị")
        #expect(
            SystemReason.vietnamese("cannot create a temporary file in /srv/out: Permission denied")
                == "không tạo được tệp tạm trong thư mục /srv/out: không có quyền truy cập")
    }

    @Test func theReadersOwnPhrasesReadInVietnamese() {
        #expect(SystemReason.vietnamese("no such file") == "không có tệp này")
        #expect(SystemReason.vietnamese("permission denied or unreadable") == "không có quyền đọc, hoặc tệp không đọc được")
        #expect(SystemReason.vietnamese("is a directory, not a file") == "đây là một thư mục, không phải một tệp")
        #expect(SystemReason.vietnamese("folder /a/b does not exist") == "thư mục /a/b không tồn tại")
        #expect(
            SystemReason.vietnamese("is a character device, not a file: give a regular file, a FIFO or a pipe")
                == "đây là một thiết bị ký tự, không phải một tệp: hãy chỉ một tệp thông thường, một FIFO hoặc một ống dẫn (pipe)")
        #expect(
            SystemReason.vietnamese("nothing was written to the FIFO or pipe within 120 s (is a writer running?)")
                == "không có dữ liệu nào được ghi vào FIFO hoặc ống dẫn trong vòng 120 giây (chương trình ghi dữ liệu có đang chạy không?)")
    }

    @Test func anUnknownSystemErrorKeepsItsTextAndNumber() {
        // EOVERFLOW (75 on Linux) has no Vietnamese wording here
        #expect(
            SystemReason.vietnamese("read error: Value too large for defined data type")
                == "lỗi khi đọc: Value too large for defined data type (lỗi hệ thống, errno 75)")
        // text that is no system error is kept as it is
        #expect(SystemReason.vietnamese("/tmp/x.csv") == "/tmp/x.csv")
    }

    @Test func theCommandLineSaysItInEitherLanguage() throws {
        let vi = CLIRunner.run(["run", "/nonexistent/folder"])
        let en = CLIRunner.run(["--lang", "en", "run", "/nonexistent/folder"])
        #expect(vi.code == 66 && en.code == 66)
        #expect(vi.stderr == "par-survey: lỗi: /nonexistent/folder: không đọc được tệp mô tả cuộc khảo sát: không có tệp này\n")
        #expect(en.stderr == "par-survey: error: /nonexistent/folder: cannot read manifest: no such file\n")
        let dir = TestPaths.temporaryFolder()
        let isDir = CLIRunner.run(["validate", "--questionnaire", dir, dir])
        #expect(isDir.code == 66)
        #expect(isDir.stderr.contains(": không đọc được tệp bảng hỏi: đây là một thư mục, không phải một tệp\n"), "\(isDir.stderr)")
        let out = CLIRunner.run(["run", TestPaths.sample, "--output", "/nonexistent-dir/x.txt"])
        #expect(out.code == 73)
        #expect(
            out.stderr.contains("/nonexistent-dir/x.txt: không ghi được tệp kết quả: thư mục /nonexistent-dir không tồn tại"),
            "\(out.stderr)")
    }

    @Test func componentFilesOfMergeSayItInVietnamese() throws {
        let args = [
            "merge", "--self-assessment", TestPaths.sample + "/self-assessment.csv", "--satisfaction", "/nonexistent/sat.json",
            "--leadership", "/nonexistent/lead.json",
        ]
        let vi = CLIRunner.run(args)
        let en = CLIRunner.run(["--lang", "en"] + args)
        #expect(
            vi.stderr.contains(
                "lỗi: /nonexistent/sat.json: không dùng được tệp kết quả thành phần: không đọc được tệp: không có tệp này\n"),
            "\(vi.stderr)")
        #expect(en.stderr.contains("/nonexistent/sat.json: cannot read: no such file\n"), "\(en.stderr)")
        // a score file that is not JSON: line 1, byte 2 is the parser's place
        let bad = TestPaths.temporaryFolder() + "/sat.json"
        try "{x".write(toFile: bad, atomically: true, encoding: .utf8)
        let j = CLIRunner.run(args.map { $0 == "/nonexistent/sat.json" ? bad : $0 })
        #expect(j.stderr.contains("dòng 1, cột 2: không đúng cú pháp JSON: tên mục phải đặt trong dấu ngoặc kép"), "\(j.stderr)")
    }
}
