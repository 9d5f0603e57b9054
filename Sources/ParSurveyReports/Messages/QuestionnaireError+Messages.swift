import ParSurveyModel

extension QuestionnaireError: LocalizedErrorMessage {
    /// The message of a questionnaire that could not be loaded.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(
                vi: "không đọc được tệp bảng hỏi: \(SystemReason.vietnamese(reason))", en: "cannot read questionnaire: \(reason)")
        case let .notJSON(_, _, _, message):
            return LocalizedText(
                vi: "tệp bảng hỏi không đúng cú pháp JSON: \(JSONSyntaxProblem.vietnamese(english: message))",
                en: "questionnaire is not valid JSON: \(message)")
        case let .invalid(_, path, message):
            return LocalizedText(vi: "mục “\(path)” của bảng hỏi: \(message.localized.vi)", en: "questionnaire key '\(path)': \(message)")
        }
    }
}
