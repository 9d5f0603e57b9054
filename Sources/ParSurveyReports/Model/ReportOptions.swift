import ParSurveyEstimation
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
    public init(
        date: ReportDate? = nil, groupBy: String = "commune", focusUnit: String? = nil, toolVersion: String,
        uncertainty: UncertaintyOptions = UncertaintyOptions()
    ) {
        self.uncertainty = uncertainty
        self.date = date
        self.groupBy = groupBy
        self.focusUnit = focusUnit
        self.toolVersion = toolVersion
    }
}
