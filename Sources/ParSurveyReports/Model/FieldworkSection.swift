import ParSurveyModel
/// The report's fieldwork section for one component whose manifest entry names a drawn
/// sample: per unit, forms planned, received, accepted, rejected, the response rate and the
/// margin achieved (`par-survey fieldwork`'s table). The text is made in both languages when
/// the model is built (the renderers pick one), as Markdown-style cells.
public struct FieldworkSection: Sendable {
    /// The component's questionnaire title.
    public var title: LocalizedText
    /// The line on the margin's assumptions (p, deff, z, target, minimum), per language.
    public var heading: LocalizedText
    /// The per-unit table in Vietnamese and in English.
    public var tableVI: TextTable, tableEN: TextTable
    /// The forms not in the drawn sample, one line each (empty when none), per language.
    public var outside: LocalizedText

    /// The table in `language`.
    public func table(_ language: Language) -> TextTable { language == .vi ? tableVI : tableEN }

    package init(title: LocalizedText, heading: LocalizedText, tableVI: TextTable, tableEN: TextTable, outside: LocalizedText) {
        self.title = title
        self.heading = heading
        self.tableVI = tableVI
        self.tableEN = tableEN
        self.outside = outside
    }
}
