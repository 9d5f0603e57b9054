import ParSurveyModel
import ParSurveyStatistics
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

    package init(unit: String, rank: Int, of: Int, respondents: Int, overall: ProfileItem, elements: [ProfileItem], criteria: [ProfileItem])
    {
        self.unit = unit
        self.rank = rank
        self.of = of
        self.respondents = respondents
        self.overall = overall
        self.elements = elements
        self.criteria = criteria
    }
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

    package init(
        id: String, label: LocalizedText, element: String? = nil, estimate: Double? = nil, interval: ConfidenceInterval? = nil,
        answered: Int? = nil
    ) {
        self.id = id
        self.label = label
        self.element = element
        self.estimate = estimate
        self.interval = interval
        self.answered = answered
    }
}
