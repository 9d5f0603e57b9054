/// `groupShares`: each respondent group a fixed share of the weight: post-stratification on
/// the group column with totals share × Σ w.
public struct GroupSharesStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// Shares per group; nil means every group present gets the same share.
    public var shares: TargetTable?
    /// Shares within each unit.
    public var withinUnit: Bool

    package init(path: String, shares: TargetTable? = nil, withinUnit: Bool) {
        self.path = path
        self.shares = shares
        self.withinUnit = withinUnit
    }
}
