/// A respondent group's name (the leaders' survey: delegates, provincial leaders...): the code
/// the data's group column holds and what reports print for it, from the questionnaire's
/// `respondentGroups` block.
public struct RespondentGroupName: Sendable, Equatable {
    /// The code as the group column writes it (NFC, trimmed), e.g. `delegate`.
    public let code: String
    /// The group's name, e.g. "Đại biểu HĐND tỉnh" / "Provincial People's Council delegates".
    public let name: LocalizedText

    /// A group name.
    public init(code: String, name: LocalizedText) {
        self.code = code
        self.name = name
    }
}
