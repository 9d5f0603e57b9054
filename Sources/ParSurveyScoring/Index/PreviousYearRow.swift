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
    /// Published rank (0 for figures derived through a crosswalk, which have none).
    public var rank: Int
    /// Population weight of the unit (optional column `population`; needed by a crosswalk).
    public var population: Double? = nil
    /// Carried into this unit from the previous year's units through a crosswalk.
    public var derived = false
    /// The previous year's units (and shares) the derived figures come from, as text.
    public var derivation: String = ""
    /// The same as `derivation`, as parts (each old unit and its share, nil for a whole
    /// unit), so that reports can write the shares with the language's decimal sign.
    public var derivationSources: [DerivationSource] = []
    /// Standard error of last year's satisfaction points (optional column
    /// `satisfactionStandardError`; nil when not given): the change then has no interval.
    public var satisfactionStandardError: Double? = nil
    /// Standard error of last year's leadership points (optional column `leadershipStandardError`).
    public var leadershipStandardError: Double? = nil
    /// Line in the previous year's table (0 when derived).
    public var line: Int = 0

    package init(unit: String, selfAssessment: Int, satisfaction: Int, leadership: Int, total: Int, rank: Int) {
        self.unit = unit
        self.selfAssessment = selfAssessment
        self.satisfaction = satisfaction
        self.leadership = leadership
        self.total = total
        self.rank = rank
    }
}

extension PreviousYearRow {
    /// One old unit a derived previous figure comes from.
    public struct DerivationSource: Sendable, Equatable {
        /// The share of the old unit carried (nil: the whole unit).
        public var share: Double?
        /// The old unit's name.
        public var unit: String

        package init(share: Double?, unit: String) {
            self.share = share
            self.unit = unit
        }
    }
}
