import ParSurveyIO
import ParSurveyModel

extension XLSFormError: LocalizedErrorMessage {
    /// The message of an XLSForm that could not become a questionnaire.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, message):
            return LocalizedText(vi: "không đọc được biểu mẫu XLSForm: \(SystemReason.vietnamese(message))", en: message)
        case let .invalid(_, sheet, row, column, message):
            let c = column.isEmpty ? ("", "") : (", cột “\(column)”", " column '\(column)'")
            return LocalizedText(
                vi: "trang “\(sheet)”, dòng \(row)\(c.0): \(message)", en: "sheet '\(sheet)' row \(row)\(c.1): \(message)")
        case let .incomplete(_, missing):
            let items = missing.map { "\n  - " + $0 }.joined()
            return LocalizedText(
                vi: "biểu mẫu chưa có đủ thông tin cần cho bảng hỏi (bổ sung các cột mô tả trong Questionnaires/README.md, mục “XLSForm”):"
                    + items,
                en:
                    "the form does not say what the questionnaire needs (add the columns described in Questionnaires/README.md, \"XLSForm\"):"
                    + items)
        case let .questionnaire(_, message):
            return LocalizedText(
                vi: "bảng hỏi lập từ biểu mẫu không hợp lệ: \(message)",
                en: "the questionnaire made from the form is not valid: \(message)")
        }
    }
}
