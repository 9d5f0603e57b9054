import ParSurveyIO
import ParSurveyModel

extension ManifestError: LocalizedErrorMessage {
    /// The message of a survey manifest (`survey.json`) that cannot be used.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(
                vi: "không đọc được tệp mô tả cuộc khảo sát: \(SystemReason.vietnamese(reason))", en: "cannot read manifest: \(reason)")
        case let .notJSON(_, _, _, message):
            return LocalizedText(
                vi: "tệp mô tả cuộc khảo sát không đúng cú pháp JSON: \(JSONSyntaxProblem.vietnamese(english: message))",
                en: "manifest is not valid JSON: \(message)")
        case let .invalid(_, path, message):
            return LocalizedText(
                vi: "mục “\(path)” của tệp mô tả cuộc khảo sát: \(message.localized.vi)", en: "manifest key '\(path)': \(message)")
        case let .incomplete(_, message):
            return LocalizedText(vi: "tệp mô tả cuộc khảo sát chưa đủ để tính Chỉ số: \(message)", en: message)
        }
    }
}
