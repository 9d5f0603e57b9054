/// A unit's published figures of the previous year (hundredths), to show the change.
public struct PreviousYearRow: Sendable, Equatable {
    /// Unit name.
    public var unit: String
    /// Self-assessment points, hundredths.
    public var selfAssessment: Int
    /// Satisfaction points, hundredths.
    public var satisfaction: Int
    /// Leadership points, hundredths.
    public var leadership: Int
    /// Total, hundredths.
    public var total: Int
    /// Published rank.
    public var rank: Int

    package init(unit: String, selfAssessment: Int, satisfaction: Int, leadership: Int, total: Int, rank: Int) {
        self.unit = unit
        self.selfAssessment = selfAssessment
        self.satisfaction = satisfaction
        self.leadership = leadership
        self.total = total
        self.rank = rank
    }
}
