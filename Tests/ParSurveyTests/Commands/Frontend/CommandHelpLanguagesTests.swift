import Testing

@testable import ParSurveyCommands

/// Each command's `--help` in Vietnamese by default and in English with `--lang en`. The
/// Vietnamese lines are written here by hand (not copied from the catalogue's output); the
/// English lines are those the help printed before it had a Vietnamese form.
@Suite struct CommandHelpLanguagesTests {
    @Test func runHelp() {
        let vi = CLIRunner.run(["run", "--help"])
        #expect(vi.code == 0)
        #expect(vi.stdout.hasPrefix("Cách dùng: par-survey run THƯ_MỤC [tùy chọn]\n"))
        #expect(vi.stdout.contains("\n  --seed N                 hạt giống của mô phỏng thứ hạng (mặc định 20211231)\n"))
        #expect(vi.stdout.contains("\n  --strict                 có phiếu bị loại là lỗi (mã thoát 65)\n"))
        #expect(!vi.stdout.contains("any rejected row is a failure"))
        let en = CLIRunner.run(["--lang", "en", "run", "--help"])
        #expect(en.code == 0 && en.stdout == RunCommand.help)
        #expect(en.stdout.hasPrefix("Usage: par-survey run FOLDER [options]\n"))
        #expect(en.stdout.contains("\n  --seed N                 seed of the rank simulation (default 20211231)\n"))
    }

    @Test func scoreHelp() {
        let vi = CLIRunner.run(["score", "--help", "--lang", "vi"])
        #expect(vi.code == 0)
        #expect(vi.stdout.contains("\n           par-survey score --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]\n"))
        #expect(vi.stdout.contains("\n  --by COLUMN              nhóm theo cột này (ví dụ xã) thay cho đơn vị\n"))
        #expect(vi.stdout.contains("\nTùy chọn:\n"))
        let en = CLIRunner.run(["score", "--help", "--lang=en"])
        #expect(en.stdout == ScoreCommand.help)
        #expect(en.stdout.contains("\n  --by COLUMN              group by this column (e.g. commune) instead of the unit\n"))
    }

    @Test func validateHelpKeepsTheColumnOfContinuationLines() {
        let vi = CLIRunner.run(["validate", "--help"])
        #expect(
            vi.stdout.contains(
                "\n  --weighting FILE|none    phương án gia quyền (mặc định: \"weighting\" của từng thành phần trong\n"
                    + "                           survey.json); none = dùng nguyên trọng số thiết kế\n"))
        #expect(vi.stdout.contains("\n  --id COLUMN              cột mã người trả lời (mặc định id)\n"))
        let en = CLIRunner.run(["--lang", "en", "validate", "--help"])
        #expect(en.stdout == ValidateCommand.help)
        #expect(en.stdout.contains("\n  --id COLUMN              respondent id column (default id)\n"))
    }

    @Test func aLineWithoutAVietnameseFormStaysEnglish() {
        #expect(HelpCatalogue.render("  --zz X                   no such line", .vi) == "  --zz X                   no such line")
        #expect(HelpCatalogue.render("Options:\nx", .vi) == "Tùy chọn:\nx")
        #expect(HelpCatalogue.render("Options:\nx", .en) == "Options:\nx")
    }
}

extension CommandHelpLanguagesTests {
    @Test func mergeHelp() {
        let vi = CLIRunner.run(["merge", "--help"])
        #expect(vi.stdout.contains("\n  --title TEXT             tiêu đề bảng\n"))
        #expect(vi.stdout.hasPrefix("Cách dùng: par-survey merge --self-assessment TỆP --satisfaction TỆP --leadership TỆP"))
    }
}
