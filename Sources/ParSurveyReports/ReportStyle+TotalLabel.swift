import ParSurveyModel

extension ReportStyle {
    /// The all-units total's name in this style's language ("Toàn tỉnh", "Toàn huyện"...).
    public var totalName: String { totalLabel.text(language) }

    /// The total's name inside a sentence: its first letter in lower case ("toàn huyện").
    public var totalNameInSentence: String { totalName.prefix(1).lowercased() + totalName.dropFirst() }

    /// A unit name as a table shows it: the all-units key becomes `totalName`.
    public func unitName(_ name: String) -> String {
        name == LocalizedText.allUnitsKey ? totalName : name
    }
}

extension ReportStyle {
    /// This style with the total named `label` (a manifest's `totalLabel`; nil keeps the
    /// current name).
    public func naming(total label: LocalizedText?) -> ReportStyle {
        var s = self
        if let label { s.totalLabel = label }
        return s
    }
}
