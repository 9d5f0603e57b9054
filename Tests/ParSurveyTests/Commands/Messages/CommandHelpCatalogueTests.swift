import Testing

@testable import ParSurveyCommands

/// Every command's `--help` is Vietnamese by default, line by line: each English line has a
/// Vietnamese form in `HelpCatalogue`, or holds only code (option names, metavariables, value
/// lists, file names, numbers). Vietnamese lines pinned below are written by hand; English
/// lines are those the help printed before this change.
@Suite struct CommandHelpCatalogueTests {
    /// Whether an English help line is only code: once option names (`--x`), value lists
    /// (`a|b`), file names and paths (`.`, `/`), metavariables and numbers (no lower-case
    /// letter) are set aside, no word of three or more letters remains.
    static func isCodeOnly(_ line: String) -> Bool {
        line.split { " ,;:()[]\"'".contains($0) }.allSatisfy { t in
            t.hasPrefix("-") || t.contains("|") || t.contains(".") || t.contains("/")
                || !t.contains(where: \.isLowercase) || t.filter(\.isLetter).count < 3
        }
    }

    @Test func theCodeOnlyRuleLetsNoEnglishWordThrough() {
        #expect(Self.isCodeOnly("  --lang vi|en"))
        #expect(Self.isCodeOnly("  --output FILE, --lang vi|en"))
        #expect(Self.isCodeOnly("  --start COLUMN, --end COLUMN, --submitted COLUMN"))
        #expect(Self.isCodeOnly(""))
        #expect(!Self.isCodeOnly("Options:"))
        #expect(!Self.isCodeOnly("  --all                    every question (the default)"))
        #expect(!Self.isCodeOnly("                           columns work too)"))
    }

    @Test func everyLineOfEveryCommandsHelpIsVietnameseOrCode() {
        let names = ParSurveyCommand.subcommands.map(\.name)
        #expect(names.count == 15)
        for name in names {
            let en = CLIRunner.run(["--lang", "en", name, "--help"])
            let vi = CLIRunner.run([name, "--help"])
            #expect(en.code == 0 && vi.code == 0)
            let enLines = en.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let viLines = vi.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(enLines.count > 5 && enLines.count == viLines.count, "\(name)")
            for (e, v) in zip(enLines, viLines) {
                if let translated = HelpCatalogue.translation(of: e) {
                    #expect(v == translated, "\(name): \(e)")
                } else {
                    #expect(Self.isCodeOnly(e), "\(name): no Vietnamese for \"\(e)\"")
                    #expect(v == e)
                }
            }
        }
    }

    @Test func noLineOrFragmentIsInTwoTables() {
        #expect(HelpCatalogue.lineTables.map(\.count).reduce(0, +) == HelpCatalogue.allLines.count)
        #expect(HelpCatalogue.fragmentTables.map(\.count).reduce(0, +) == HelpCatalogue.allFragments.count)
    }

    @Test func theOverviewNoLongerSaysCommandHelpIsEnglish() {
        let vi = CLIRunner.run(["--help"])
        #expect(!vi.stdout.contains("tiếng Anh"))
        #expect(vi.stdout.contains("\nChạy 'par-survey <lệnh> --help' để xem các tùy chọn của một lệnh.\n"))
    }

    @Test func optionHelpIsFoundAtColumn21AndAfterALongNote() {
        // sample-size's options start at column 21; a note puts its help after three spaces
        #expect(HelpCatalogue.cuts("  --error E          Yamane") == [21])
        #expect(HelpCatalogue.cuts("  --n N | --sizes FILE   the inverse") == [25])
        #expect(HelpCatalogue.cuts(String(repeating: " ", count: 27) + "columns work too)") == [27])
    }
}

extension CommandHelpCatalogueTests {
    @Test func compareHelp() {
        let vi = CLIRunner.run(["compare", "--help"])
        #expect(vi.stdout.hasPrefix("Cách dùng: par-survey compare THƯ_MỤC [--component satisfaction|leadership] [tùy chọn]\n"))
        #expect(vi.stdout.contains("\n           par-survey compare --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]\n"))
        #expect(vi.stdout.contains("\nSo sánh phân bố câu trả lời giữa các giá trị của một cột (mặc định là các xã):\n"))
        #expect(
            vi.stdout.contains(
                "\n  --by COLUMN              cột dùng để nhóm (mặc định commune, tức xã; cũng dùng được cột đơn vị\n"
                    + "                           và cột nhóm người trả lời)\n"))
        #expect(vi.stdout.contains("\n  --all                    mọi câu hỏi (mặc định)\n"))
        #expect(!vi.stdout.contains("every question"))
        let en = CLIRunner.run(["--lang", "en", "compare", "--help"])
        #expect(en.code == 0 && en.stdout == CompareCommand.help)
        #expect(en.stdout.hasPrefix("Usage: par-survey compare FOLDER [--component satisfaction|leadership] [options]\n"))
        #expect(
            en.stdout.contains(
                "\n  --by COLUMN              grouping column (default commune; the unit and respondent-group\n"
                    + "                           columns work too)\n"))
        #expect(en.stdout.contains("\n  --all                    every question (the default)\n"))
    }

    @Test func reportHelp() {
        let vi = CLIRunner.run(["report", "--help"])
        #expect(
            vi.stdout.hasPrefix(
                "Cách dùng: par-survey report THƯ_MỤC [--format html|markdown] [--output TỆP] [--lang vi|en] [tùy chọn]\n"))
        #expect(
            vi.stdout.contains(
                "\n  --date YYYY-MM-DD        ngày in trên báo cáo (mặc định: SOURCE_DATE_EPOCH nếu có,\n"
                    + "                           nếu không thì ngày hôm nay, giờ UTC)\n"))
        #expect(vi.stdout.contains("\n  --district NAME          trình bày các xã của đơn vị này theo từng câu hỏi\n"))
        #expect(vi.stdout.contains("\n  --format html|markdown, --output TỆP, --lang vi|en\n"))
        #expect(vi.stdout.contains("\n  --format xlsx|docx --output FILE   sổ Excel các bảng của báo cáo / phụ lục dạng tệp Word\n"))
        let en = CLIRunner.run(["report", "--help", "--lang=en"])
        #expect(en.code == 0 && en.stdout == ReportCommand.help)
        #expect(en.stdout.hasPrefix("Usage: par-survey report FOLDER [--format html|markdown] [--output FILE] [--lang vi|en] [options]\n"))
        #expect(en.stdout.contains("\n  --district NAME          show this unit's communes question by question\n"))
    }

    @Test func sampleSizeHelp() {
        let vi = CLIRunner.run(["sample-size", "--help"])
        #expect(
            vi.stdout.hasPrefix(
                "Cách dùng: par-survey sample-size (--frame TỆP --unit CỘT | --population TỆP) [quy_tắc] [tùy chọn]\n"))
        #expect(vi.stdout.contains("\nQuy tắc (chọn một; mặc định --error 0.05):\n"))
        #expect(vi.stdout.contains("\n  --confidence C     độ tin cậy dùng để tính z (mặc định 0,95 → z = 1,960)\n"))
        #expect(
            vi.stdout.contains(
                "\n  --n N | --sizes FILE   tính ngược lại: sai số (của tỷ lệ hài lòng và của điểm 30)\n"
                    + "                     ứng với N phiếu (hoặc với cột unit,n của bảng)\n"))
        #expect(vi.stdout.contains("\nTùy chọn:\n"))
        let en = CLIRunner.run(["--lang", "en", "sample-size", "--help"])
        #expect(en.code == 0 && en.stdout == SampleSizeCommand.help)
        #expect(en.stdout.contains("\nRules (one; default --error 0.05):\n"))
        #expect(en.stdout.contains("\n  --confidence C     confidence level of z (default 0.95 → z = 1.960)\n"))
        #expect(
            en.stdout.contains(
                "\n  --n N | --sizes FILE   the inverse: the margin of error (share and 30-point score)\n"
                    + "                     that N forms (or the table's unit,n) buy\n"))
    }
}
