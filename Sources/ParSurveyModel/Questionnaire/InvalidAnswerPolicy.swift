/// What an answer that matches no option does: the questionnaire's choice (JSON
/// `invalidAnswer`, at questionnaire level and per question).
public enum InvalidAnswerPolicy: String, Sendable, CaseIterable {
    /// The whole form is rejected, with the reason (the default).
    case rejectForm = "reject-form"
    /// The form is kept; that answer counts as missing and the case is listed.
    case missing
}
