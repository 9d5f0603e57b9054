import Testing

@testable import ParSurveyReports

/// `--date` and `SOURCE_DATE_EPOCH` that are no date (issue 14): the same problem in both
/// languages.
@Suite struct DateProblemLanguagesTests {
    @Test func badDateOptionInBothLanguages() {
        let args = ["report", TestPaths.sample, "--date", "2021-02-30"]
        let vi = CLIRunner.run(args)
        let en = CLIRunner.run(["--lang", "en"] + args)
        #expect(vi.code == 64 && en.code == 64)
        #expect(vi.stderr.contains("lỗi: --date phải là một ngày dạng NNNN-TT-NN (năm-tháng-ngày), không phải “2021-02-30”\n"))
        #expect(en.stderr.contains("--date must be a date YYYY-MM-DD, not '2021-02-30'\n"))
    }

    @Test func badSourceDateEpochInBothLanguages() {
        let p = ReportDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1.5e9"])
        guard case let .failure(problem) = p else {
            Issue.record("1.5e9 is not whole seconds")
            return
        }
        #expect(problem.source == .sourceDateEpoch("1.5e9"))
        #expect(
            problem.localized.vi
                == "biến môi trường SOURCE_DATE_EPOCH phải là số giây (số nguyên) tính từ ngày 01/01/1970, không phải “1.5e9”")
        #expect(problem.message == "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not '1.5e9'")
    }
}
