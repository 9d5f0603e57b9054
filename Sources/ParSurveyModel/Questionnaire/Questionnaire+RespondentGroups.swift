extension Questionnaire {
    /// The declared name of respondent group `code` (matched after NFC, trimming and case
    /// folding), nil when the questionnaire does not name it.
    public func respondentGroupLabel(_ code: String) -> LocalizedText? {
        respondentGroupPosition(code).map { respondentGroups[$0].name }
    }

    /// Respondent group `code` as reports print it: its declared name in `language`, or the
    /// code itself when the questionnaire does not name it (an unknown code is not an error).
    public func respondentGroupName(_ code: String, _ language: Language) -> String {
        respondentGroupLabel(code)?.text(language) ?? code
    }

    /// The position of `code` in the `respondentGroups` block (its display order), if declared.
    public func respondentGroupPosition(_ code: String) -> Int? {
        guard !respondentGroups.isEmpty else { return nil }
        let key = TextKey.key(code)
        return respondentGroups.firstIndex { TextKey.key($0.code) == key }
    }
}
