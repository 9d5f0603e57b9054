import ParSurveyModel
import ParSurveyScoring
/// Everything the HTML and Markdown reports show, gathered once from a run and its
/// comparisons, so that both renderers read the same figures. Labels stay bilingual
/// (`LocalizedText`); the renderers pick the language.
public struct ReportModel: Sendable {
    /// The run's title (manifest).
    public var title: LocalizedText
    /// Year assessed.
    public var year: Int?
    /// The report's date, only when given (`--date` or `SOURCE_DATE_EPOCH`): no clock time.
    public var date: ReportDate?
    /// The ranked index table.
    public var table: ParIndexTable
    /// Component results (satisfaction, leadership), in manifest order.
    public var components: [ComponentResult]
    /// Per unit, in rank order: the satisfaction component's criteria and elements with intervals.
    public var profiles: [UnitProfile]
    /// Answer distributions: across units first, then each unit's groups (communes).
    public var distributions: [DistributionSection]
    /// Why there is no per-commune section (no such column...), when there is none.
    public var distributionNote: LocalizedText?
    /// The grouping column of the per-unit sections (`commune`).
    public var groupedBy: String
    /// The unit shown question by question (`--district`), if any.
    public var focusUnit: String?
    /// Input files, questionnaires, weighting plans, tool version.
    public var provenance: Provenance
    /// Fieldwork against the drawn sample, per component whose manifest entry has a
    /// `sample` key (empty: no such section).
    public var fieldwork: [TableSection] = []
    /// The audit's flags and sensitivity per component, when forms were left out by the
    /// audit (`report --exclude-flagged`).
    public var audit: [TableSection] = []
    /// Answers set to missing under `invalidAnswer: "missing"`, per component that has any
    /// (`InvalidAnswerReport.section`; empty: no such section).
    public var invalidAnswers: [TableSection] = []
    /// Where each unit lost self-assessment points, when the run has a self-assessment table.
    public var selfAssessment: SelfAssessmentLosses? = nil
    /// The leaders' survey by PAR area and respondent group, when the run has that component.
    public var leadership: LeadershipAreas? = nil

    /// The satisfaction component (the one with criteria profiles), if any.
    public var satisfaction: ComponentResult? { components.first { $0.component == .satisfaction } }

    package init(
        title: LocalizedText, year: Int? = nil, date: ReportDate? = nil, table: ParIndexTable, components: [ComponentResult],
        profiles: [UnitProfile], distributions: [DistributionSection], distributionNote: LocalizedText? = nil, groupedBy: String,
        focusUnit: String? = nil, provenance: Provenance
    ) {
        self.title = title
        self.year = year
        self.date = date
        self.table = table
        self.components = components
        self.profiles = profiles
        self.distributions = distributions
        self.distributionNote = distributionNote
        self.groupedBy = groupedBy
        self.focusUnit = focusUnit
        self.provenance = provenance
    }
}
