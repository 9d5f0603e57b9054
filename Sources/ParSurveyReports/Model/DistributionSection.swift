/// The charts of one comparison: across units (`unit` nil) or across one unit's groups.
public struct DistributionSection: Sendable {
    /// The unit whose groups are compared; nil: the units themselves are compared.
    public var unit: String?
    /// One chart per element (or per question, for the focus unit).
    public var charts: [LikertChart]
    /// Whether the charts are per question.
    public var perQuestion: Bool

    package init(unit: String? = nil, charts: [LikertChart], perQuestion: Bool) {
        self.unit = unit
        self.charts = charts
        self.perQuestion = perQuestion
    }
}
