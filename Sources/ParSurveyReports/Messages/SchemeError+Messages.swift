import ParSurveyIO
import ParSurveyModel

extension SchemeError: LocalizedErrorMessage {
    /// The message of an index scheme that was refused.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(
                vi: "không đọc được tệp phương pháp tính Chỉ số: \(SystemReason.vietnamese(reason))",
                en: "cannot read index scheme: \(reason)")
        case let .notJSON(_, _, _, message):
            return LocalizedText(
                vi: "tệp phương pháp tính Chỉ số không đúng cú pháp JSON: \(JSONSyntaxProblem.vietnamese(english: message))",
                en: "index scheme is not valid JSON: \(message)")
        case let .invalid(_, path, message):
            return LocalizedText(
                vi: "mục “\(path)” của phương pháp tính Chỉ số: \(message.localized.vi)", en: "scheme key '\(path)': \(message)")
        }
    }
}
