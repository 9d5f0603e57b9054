/// A margin (or the cells of a post-stratification): the variables crossed, their targets
/// and the categories merged into neighbours.
public struct MarginSpec: Sendable {
    /// Key path in the plan (`steps[1].margins[0]`).
    public var path: String
    /// Column names crossed to make the categories (`["gender", "age_group"]`).
    public var variables: [String]
    /// Population totals or shares per category.
    public var targets: TargetTable
    /// Categories merged into a neighbouring category (respondents and population).
    public var collapse: [CategoryCollapse]

    package init(path: String, variables: [String], targets: TargetTable, collapse: [CategoryCollapse]) {
        self.path = path
        self.variables = variables
        self.targets = targets
        self.collapse = collapse
    }
}

/// "Merge category `from` into `into`" (in one unit, or in every unit when `unit` is nil).
public struct CategoryCollapse: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The unit, when the margin is within unit and the merge concerns one unit only.
    public var unit: String?
    /// The category merged away: one value per variable of the margin.
    public var from: [String]
    /// The category it joins.
    public var into: [String]

    package init(path: String, unit: String? = nil, from: [String], into: [String]) {
        self.path = path
        self.unit = unit
        self.from = from
        self.into = into
    }
}
