import Testing

@testable import ParSurveyCommands

/// Wrong command lines answered in Vietnamese by default and in English with `--lang en`,
/// with exit 64 either way. The Vietnamese sentences are written here by hand; the English
/// ones are the messages the commands gave before they had a Vietnamese form.
@Suite struct UsageErrorLanguagesTests {
    /// Runs `args` in both languages; both must exit 64.
    private func both(_ args: [String]) -> (vi: String, en: String) {
        let vi = CLIRunner.run(args)
        let en = CLIRunner.run(["--lang", "en"] + args)
        #expect(vi.code == 64 && en.code == 64, "\(args)")
        return (vi.stderr, en.stderr)
    }

    @Test func twoRunFolders() {
        let r = both(["run", "a", "b"])
        #expect(
            r.vi == "par-survey run: lỗi: nêu đúng một thư mục dữ liệu (hoặc tệp survey.json)\nXem cách dùng lệnh: par-survey run --help\n")
        #expect(r.en == "par-survey run: give exactly one run folder (or survey.json)\nRun 'par-survey run --help' for usage.\n")
    }

    @Test func levelOutOfRange() {
        let r = both(["score", "x", "--level", "2"])
        #expect(r.vi.contains("lỗi: --level phải nằm giữa 0 và 1 (hoặc giữa 50 và 100 nếu là phần trăm), không phải “2”\n"))
        #expect(r.en.contains(": --level must lie between 0 and 1 (or 50 and 100 as a percentage), not '2'\n"))
    }

    @Test func yearNotAYear() {
        let r = both(["merge", "--self-assessment", "a", "--satisfaction", "b", "--leadership", "c", "--year", "20"])
        #expect(r.vi.contains("lỗi: --year phải là một năm như 2025, không phải “20”\n"))
        #expect(r.en.contains(": --year must be a year such as 2025, not '20'\n"))
    }

    @Test func drawWithoutIdAndUnit() {
        let r = both(["draw", "frame.csv"])
        #expect(r.vi.contains("lỗi: thiếu --id CỘT và --unit CỘT\n"))
        #expect(r.en.contains(": --id COLUMN and --unit COLUMN are required\n"))
    }

    @Test func formatThatBelongsToAnotherCommand() {
        let r = both(["validate", "x", "--format", "docx"])
        #expect(
            r.vi.contains(
                "lỗi: --format docx chỉ dùng với lệnh 'run', 'report' và 'annex' (phụ lục kèm quyết định); "
                    + "ở lệnh này --format nhận table, csv, json, markdown, xlsx\n"))
        #expect(
            r.en.contains(
                ": --format docx is written by 'run', 'report' and 'annex' (the decision annex); "
                    + "here --format takes table, csv, json, markdown or xlsx\n"))
    }

    @Test func sampleSizeWithAnExtraArgument() {
        let r = both(["sample-size", "extra"])
        #expect(r.vi.contains("par-survey sample-size: lỗi: tham số thừa “extra”\n"))
        #expect(r.en.contains("par-survey sample-size: unexpected argument 'extra'\n"))
    }
}
