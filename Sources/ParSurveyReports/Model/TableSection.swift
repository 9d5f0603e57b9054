import ParSurveyModel
/// One table of a report section, with its title, a line above it and notes below, in both
/// languages (the renderers pick one): a component's fieldwork against the drawn sample
/// (`par-survey fieldwork`'s table) or its audit flags and sensitivity (`par-survey audit`).
public struct TableSection: Sendable {
    /// The component's questionnaire title.
    public var title: LocalizedText
    /// The line on the margin's assumptions (p, deff, z, target, minimum), per language.
    public var heading: LocalizedText
    /// The per-unit table in Vietnamese and in English.
    public var tableVI: TextTable, tableEN: TextTable
    /// Notes under the table, one line each (empty when none), per language.
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
