import ParSurvey

extension StrictFailure: LocalizedErrorMessage {
    /// The message of `--strict` with rejected rows.
    var localizedMessage: LocalizedText {
        LocalizedText(
            vi: "--strict: \(count) dòng bị loại", en: "--strict: \(count) row\(count == 1 ? "" : "s") rejected")
    }
}
