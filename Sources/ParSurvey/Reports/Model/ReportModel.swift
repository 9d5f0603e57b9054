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

    /// The satisfaction component (the one with criteria profiles), if any.
    public var satisfaction: ComponentResult? { components.first { $0.component == .satisfaction } }
}

/// What the report needs besides the run.
public struct ReportOptions: Sendable {
    /// The date printed on the report (nil: none).
    public var date: ReportDate?
    /// The column whose levels are compared within each unit (default `commune`).
    public var groupBy: String
    /// A unit whose groups are compared question by question rather than element by element.
    public var focusUnit: String?
    /// The tool's version, for the provenance section.
    public var toolVersion: String
    /// Confidence level and variance method of the comparisons (as the run's).
    public var uncertainty: UncertaintyOptions

    /// Creates options.
    public init(date: ReportDate? = nil, groupBy: String = "commune", focusUnit: String? = nil, toolVersion: String,
                uncertainty: UncertaintyOptions = UncertaintyOptions()) {
        self.uncertainty = uncertainty
        self.date = date
        self.groupBy = groupBy
        self.focusUnit = focusUnit
        self.toolVersion = toolVersion
    }
}

/// One unit's satisfaction profile: overall, element and criterion indices with intervals.
public struct UnitProfile: Sendable {
    /// The unit.
    public var unit: String
    /// Its rank and the number of units.
    public var rank: Int, of: Int
    /// Respondents of the unit.
    public var respondents: Int
    /// The overall index.
    public var overall: ProfileItem
    /// Elements in questionnaire order.
    public var elements: [ProfileItem]
    /// Criteria, lowest index first (unanswered last), so weaknesses come first.
    public var criteria: [ProfileItem]
}

/// One estimate of a profile (criterion, element or overall index).
public struct ProfileItem: Sendable {
    /// Question or element id (`q11`, `E3`), or empty for the overall index.
    public var id: String
    /// Its text or title.
    public var label: LocalizedText
    /// The element id a criterion belongs to.
    public var element: String?
    /// The index 0..1 (nil when no one answered).
    public var estimate: Double?
    /// Its confidence interval (logit for criterion shares, Wald t for indices).
    public var interval: ConfidenceInterval?
    /// Valid answers (criteria).
    public var answered: Int?
}
