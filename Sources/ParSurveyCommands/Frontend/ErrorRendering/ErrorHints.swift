import ParSurvey

/// The command-line option that helps with an error, which the library cannot name: the
/// hint the command line prints under the message (`= gợi ý: …`, `= hint: …`).
enum ErrorHints {
    /// The hint for `error`, if an option or a step helps.
    static func hint(for error: any ParSurveyError) -> LocalizedText? {
        switch error {
        case BatchError.utf16:
            return LocalizedText(
                vi: "chạy lại với --encoding utf16 (hoặc utf16le / utf16be)", en: "pass --encoding utf16 (or utf16le / utf16be)")
        case let BatchError.encoding(_, problem):
            let flag = "--encoding \(problem.guess)"
            return problem.sure || problem.guess == .cp1258
                ? LocalizedText(vi: "chạy lại với \(flag)", en: "pass \(flag)")
                : LocalizedText(
                    vi: "chạy lại với \(flag) (hoặc --encoding cp1258 nếu văn bản là tiếng Việt)",
                    en: "pass \(flag) (or --encoding cp1258 if the text is Vietnamese)")
        case BatchError.noApprovalColumn:
            return LocalizedText(
                vi: "bỏ tùy chọn --approved-only, hoặc xuất lại dữ liệu kèm cột trạng thái duyệt",
                en: "leave out --approved-only, or export the data with its review status column")
        case ScoringError.unknownColumn, ComparisonError.unknownColumn:
            return LocalizedText(vi: "chọn cột khác bằng --by", en: "choose another column with --by")
        case ReportError.unknownUnit:
            return LocalizedText(vi: "sửa tên đơn vị trong --district", en: "correct the unit's name in --district")
        default:
            return nil
        }
    }
}
